import type { TPortfolioEvidence } from '../../../../../contracts/portfolios';
import { type ExportContext, formatBytes, WEB_IMAGES } from './index';

/** The portfolio as Markdown (portfolio.md): headings, description, evidence list, reflection. */

/** Text for Markdown link labels and list items: no stray brackets or line breaks. */
const inline = (s: string) => s.replace(/\s+/g, ' ').replace(/([[\]\\*_`])/g, '\\$1');
const href = (s: string) => s.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

/** The CPD entry's reflection arrives as sanitised HTML: back to plain paragraphs. */
export function htmlToText(html: string): string {
  return html
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|blockquote|pre|ul|ol|tr|table)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function evidenceLine(ctx: ExportContext, mode: 'single' | 'folder', e: TPortfolioEvidence) {
  const note = e.note ? `\n  ${inline(e.note)}` : '';
  if (e.kind === 'cpd' && e.cpdEntry) {
    const c = e.cpdEntry;
    const reflection = c.reflectionHtml
      ? `\n${htmlToText(c.reflectionHtml)
          .split('\n')
          .map((l) => `  > ${l}`)
          .join('\n')}`
      : '';
    return `- **${inline(c.title)}** (CPD entry, ${c.date}, ${c.hours} h, ${inline(c.type)})${note}${reflection}`;
  }
  if (e.kind === 'url') {
    const broken = e.link?.status === 'broken' ? ' (did not answer when checked)' : '';
    return `- [${inline(e.title)}](${href(e.url)})${broken}${note}`;
  }
  const f = ctx.files.get(e.id);
  if (!f) return `- ${inline(e.title)}${note}`;
  const target = f.linked || mode === 'single' ? f.downloadUrl : `evidence/${f.zipName}`;
  // In the ZIP, images beside portfolio.md show in Markdown viewers.
  const image =
    mode === 'folder' && !f.linked && WEB_IMAGES.has(f.mediaType)
      ? `\n  ![${inline(e.title)}](${href(target)})`
      : '';
  return `- [${inline(e.title)}](${href(target)}) (${inline(f.fileName)}, ${formatBytes(f.sizeBytes)})${note}${image}`;
}

export function renderMarkdown(ctx: ExportContext, opts: { mode: 'single' | 'folder' }): string {
  const p = ctx.portfolio;
  const out: string[] = [
    `# ${p.title}`,
    '',
    `${p.template.title} · ${p.owner.name} · ${p.completeness.words.total} words · exported ${ctx.exportedAt}`,
    '',
    '## Contents',
    '',
    ...ctx.sections.map((s) => `${s.number}. ${inline(s.title)}`),
    '',
  ];
  for (const { section: s, title } of ctx.sections) {
    out.push(`## ${title}`, '');
    if (s.declarations.length) out.push(`*${s.declarations.map(inline).join(' · ')}*`, '');
    out.push('### Description', '', s.description.trim() || '*No description yet.*', '');
    out.push('### Evidence', '');
    out.push(
      s.evidence.length
        ? s.evidence.map((e) => evidenceLine(ctx, opts.mode, e)).join('\n')
        : '*No evidence yet.*',
      '',
    );
    out.push('### Reflection', '', s.reflection.trim() || '*No reflection yet.*', '');
  }
  return `${out.join('\n').trim()}\n`;
}
