import type { TPortfolioEvidence } from '../../../../../contracts/portfolios';
import { type ExportContext, formatBytes, WEB_IMAGES } from './index';

/**
 * The portfolio as one HTML page that needs no server: inline CSS, a table of contents, each
 * section's description, evidence and reflection, and the framework coverage. No external
 * requests: images are data: URIs (single page) or files next to it (the ZIP's folder).
 */

export const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export type HtmlOptions = {
  /** single: one file, images embedded; folder: index.html beside evidence/. */
  mode: 'single' | 'folder';
  images: Map<string, Buffer>;
};

const CSS = `
:root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d9dee7;--accent:#1f5fa8;--warn:#a3431f}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
.page{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta,.muted{color:var(--muted);font-size:.9rem}
a{color:var(--accent);overflow-wrap:anywhere}
nav ol{padding-left:1.5rem}
nav li{margin:.2rem 0}
ul.evidence{list-style:none;padding:0}
ul.evidence>li{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:.5rem 0;break-inside:avoid}
.kind{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:.5rem}
figure{margin:.5rem 0}
figure img{max-width:100%;height:auto;border:1px solid var(--line)}
.broken{color:var(--warn)}
.prose blockquote{margin:0;padding-left:1rem;border-left:3px solid var(--line);color:var(--muted)}
.prose pre{overflow:auto;background:#f5f7fa;padding:.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.empty{color:var(--muted);font-style:italic}
@media (max-width:30rem){body{font-size:15px}h1{font-size:1.6rem}h2{font-size:1.3rem}.page{padding:1rem .75rem 3rem}}
@media print{a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted)}h2{break-before:page;border:0}nav h2{break-before:auto}ul.evidence>li{border:0;padding:.25rem 0}}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'";

function evidenceItem(ctx: ExportContext, opts: HtmlOptions, e: TPortfolioEvidence): string {
  const note = e.note ? `<div class="muted">${esc(e.note)}</div>` : '';
  if (e.kind === 'cpd' && e.cpdEntry) {
    const c = e.cpdEntry;
    return `<li><span class="kind">CPD entry</span><strong>${esc(c.title)}</strong>
<div class="meta">${esc(c.date)} · ${c.hours} h · ${esc(c.type)}</div>${note}${
      c.reflectionHtml ? `<div class="prose">${c.reflectionHtml}</div>` : ''
    }</li>`;
  }
  if (e.kind === 'url') {
    const broken =
      e.link?.status === 'broken'
        ? ` <span class="broken">(did not answer when checked${e.link.checkedAt ? ` on ${esc(e.link.checkedAt.slice(0, 10))}` : ''})</span>`
        : '';
    return `<li><span class="kind">Link</span><a href="${esc(e.url)}" rel="noopener noreferrer">${esc(e.title)}</a>${broken}
<div class="meta">${esc(e.url)}</div>${note}</li>`;
  }
  const f = ctx.files.get(e.id);
  if (!f) return `<li><span class="kind">File</span>${esc(e.title)}${note}</li>`;
  const href = f.linked || opts.mode === 'single' ? f.downloadUrl : `evidence/${f.zipName}`;
  const meta = `<div class="meta">${esc(f.fileName)} · ${formatBytes(f.sizeBytes)}${
    f.linked ? ' · linked, not included' : ''
  }</div>`;
  const image = WEB_IMAGES.has(f.mediaType) && !f.linked;
  const data = opts.images.get(e.id);
  const src =
    image && opts.mode === 'folder'
      ? href
      : data
        ? `data:${f.mediaType};base64,${data.toString('base64')}`
        : null;
  if (src) {
    return `<li><span class="kind">Image</span><figure><img src="${esc(src)}" alt="${esc(e.title)}" loading="lazy"><figcaption><a href="${esc(href)}">${esc(e.title)}</a></figcaption></figure>${meta}${note}</li>`;
  }
  return `<li><span class="kind">File</span><a href="${esc(href)}">${esc(e.title)}</a>${meta}${note}</li>`;
}

export function renderHtml(ctx: ExportContext, opts: HtmlOptions): string {
  const p = ctx.portfolio;
  const toc = ctx.sections
    .map((s) => `<li><a href="#${s.anchor}">${esc(s.title)}</a></li>`)
    .join('\n');
  const body = ctx.sections
    .map(({ section: s, title, anchor }) => {
      const parts: string[] = [`<section id="${anchor}"><h2>${esc(title)}</h2>`];
      if (s.declarations.length) {
        parts.push(`<p class="meta">${s.declarations.map((d) => esc(d)).join(' · ')}</p>`);
      }
      parts.push('<h3>Description</h3>');
      parts.push(
        s.descriptionHtml
          ? `<div class="prose">${s.descriptionHtml}</div>`
          : '<p class="empty">No description yet.</p>',
      );
      parts.push('<h3>Evidence</h3>');
      parts.push(
        s.evidence.length
          ? `<ul class="evidence">${s.evidence.map((e) => evidenceItem(ctx, opts, e)).join('\n')}</ul>`
          : '<p class="empty">No evidence yet.</p>',
      );
      parts.push('<h3>Reflection</h3>');
      parts.push(
        s.reflectionHtml
          ? `<div class="prose">${s.reflectionHtml}</div>`
          : '<p class="empty">No reflection yet.</p>',
      );
      parts.push('</section>');
      return parts.join('\n');
    })
    .join('\n');
  const covered = p.coverage.filter((c) => c.evidence > 0).length;
  const coverage = p.coverage.length
    ? `<section id="coverage"><h2>Framework coverage</h2>
<p>${covered} of ${p.coverage.length} framework items have evidence.</p>
<table><thead><tr><th>Item</th><th>Evidence</th><th>Sections</th></tr></thead><tbody>
${p.coverage
  .map(
    (c) =>
      `<tr><td>${esc(`${c.item.code ?? ''} ${c.item.title ?? c.item.statement}`.trim())}</td><td>${c.evidence}</td><td>${esc(c.sections.join(', '))}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section>`
    : '';
  const words = `${p.completeness.words.total} words`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(p.title)}</title>
<style>${CSS}</style>
</head>
<body><div class="page">
<header><h1>${esc(p.title)}</h1>
<p class="meta">${esc(p.template.title)} · ${esc(p.owner.name)} · ${words} · exported ${esc(ctx.exportedAt)}</p></header>
<nav aria-label="Contents"><h2>Contents</h2><ol>
${toc}${coverage ? '\n<li><a href="#coverage">Framework coverage</a></li>' : ''}
</ol></nav>
<main>
${body}
${coverage}
</main>
</div></body>
</html>
`;
}
