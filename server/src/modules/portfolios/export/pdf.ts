import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { TPortfolioEvidence } from '../../../../../contracts/portfolios';
import { type ExportContext, formatBytes, PDF_IMAGES } from './index';
import { htmlToText } from './markdown';

/**
 * The portfolio as a PDF: a title page, a table of contents with page numbers (each line
 * links to its section), bookmarks, every section's description, evidence (links clickable,
 * PNG and JPEG images embedded and scaled to fit) and reflection, and page numbers.
 * Text in Western European languages uses the PDF standard fonts (Helvetica, nothing embedded);
 * a portfolio with other characters (Polish, Greek, Cyrillic, ...) embeds DejaVu Sans instead.
 */

const MARGIN = 56;
const INK = '#1d2433';
const MUTED = '#5b6475';
const ACCENT = '#1f5fa8';
const TOC_LINES_PER_PAGE = 30;
const MAX_IMAGE_HEIGHT = 320;
let fontFiles: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
/** DejaVu Sans (Latin, Greek, Cyrillic and more), read once. */
const dejaVu = () => {
  fontFiles ??= (async () => {
    const dir = path.join(
      path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    const [regular, bold] = await Promise.all([
      readFile(path.join(dir, 'DejaVuSans.ttf')),
      readFile(path.join(dir, 'DejaVuSans-Bold.ttf')),
    ]);
    return { regular, bold };
  })();
  return fontFiles;
};

type PdfImage = { width: number; height: number };

/** pdfkit's own image reader (untyped); image() accepts what it returns. */
const openImage = (doc: PDFKit.PDFDocument, data: Buffer) =>
  (doc as unknown as { openImage(b: Buffer): PdfImage }).openImage(data);

type PdfRef = { data: Record<string, unknown>; end(chunk?: Buffer): void };
/**
 * Opaque 8-bit RGB or grey PNGs (photos and screenshots, nearly all evidence images) go into
 * the PDF as they are: their compressed data is already what a PDF image holds. pdfkit's own
 * reader copies every byte through a JavaScript array, which took most of a large export.
 * Anything else (palette, alpha, transparency, interlacing, 16 bits) returns null.
 */
function fastPng(data: Buffer, n: number) {
  const SIGNATURE = '89504e470d0a1a0a';
  if (data.length < 33 || data.subarray(0, 8).toString('hex') !== SIGNATURE) return null;
  let width = 0;
  let height = 0;
  let colors = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= data.length; ) {
    const len = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bits, colorType, , , interlace] = body.subarray(8, 13);
      if (bits !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 0)) return null;
      colors = colorType === 2 ? 3 : 1;
    } else if (type === 'tRNS') {
      return null;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + len;
  }
  if (!width || !height || !colors || !idat.length) return null;
  let obj: PdfRef | null = null;
  return {
    width,
    height,
    label: `IPng${n}`,
    get obj() {
      return obj;
    },
    embed(doc: { ref(data?: Record<string, unknown>): PdfRef }) {
      if (obj) return;
      const params = doc.ref({
        Predictor: 15,
        Colors: colors,
        BitsPerComponent: 8,
        Columns: width,
      });
      params.end();
      obj = doc.ref({
        Type: 'XObject',
        Subtype: 'Image',
        BitsPerComponent: 8,
        Width: width,
        Height: height,
        Filter: 'FlateDecode',
        ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
        DecodeParms: params,
      });
      obj.end(Buffer.concat(idat));
    },
  };
}

/** The standard fonts encode WinAnsi only. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const winAnsi = (s: string) =>
  [...s]
    .map((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 10 || (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || WIN_ANSI_EXTRA.has(ch)
        ? ch
        : '?';
    })
    .join('');

export async function renderPdf(ctx: ExportContext, images: Map<string, Buffer>): Promise<Buffer> {
  const p = ctx.portfolio;
  // Only what the PDF shows (template guidance is not printed).
  const everything = [
    p.title,
    p.owner.name,
    p.template.title,
    ...p.sectionList.flatMap((s) => [
      s.title,
      s.customTitle ?? '',
      ...s.declarations,
      s.description,
      s.reflection,
      ...s.evidence.flatMap((e) => [
        e.title,
        e.note ?? '',
        e.url,
        e.fileName ?? '',
        e.cpdEntry ? `${e.cpdEntry.title}${e.cpdEntry.type}${e.cpdEntry.reflectionHtml ?? ''}` : '',
      ]),
    ]),
    ...p.coverage.map((c) => `${c.item.code ?? ''}${c.item.title ?? c.item.statement}`),
  ].join('\n');
  const unicode = winAnsi(everything) !== everything;
  /** Control characters out; with the standard fonts, characters they lack become '?'. */
  const pdfText = unicode
    ? (s: string) =>
        [...s]
          .filter((ch) => {
            const c = ch.codePointAt(0) ?? 0;
            return c === 10 || (c >= 32 && c !== 127 && (c < 128 || c > 159));
          })
          .join('')
    : winAnsi;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    displayTitle: true,
    info: { Title: p.title, Author: p.owner.name, Subject: p.template.title, Creator: 'Cairn' },
  });
  const [REGULAR, BOLD] = unicode ? ['Body', 'Bold'] : ['Helvetica', 'Helvetica-Bold'];
  if (unicode) {
    const fonts = await dejaVu();
    doc.registerFont('Body', fonts.regular);
    doc.registerFont('Bold', fonts.bold);
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const heading = (text: string, size: number) => {
    ensure(size * 3);
    doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor(INK);
    doc.text(pdfText(text), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  const body = (text: string, opts: { color?: string; size?: number; indent?: number } = {}) => {
    doc
      .font(REGULAR)
      .fontSize(opts.size ?? 11)
      .fillColor(opts.color ?? INK);
    for (const para of text.split(/\n{2,}/)) {
      if (!para.trim()) continue;
      doc.text(pdfText(para.trim()), MARGIN + (opts.indent ?? 0), doc.y, {
        width: width - (opts.indent ?? 0),
        lineGap: 2,
      });
      doc.moveDown(0.5);
    }
  };
  const muted = (text: string) => body(text, { color: MUTED, size: 9, indent: 12 });

  // Title page.
  doc.moveDown(8).font(BOLD).fontSize(28).fillColor(INK).text(pdfText(p.title));
  doc.moveDown(1).font(REGULAR).fontSize(13).fillColor(MUTED);
  doc.text(pdfText(p.template.title));
  doc.text(pdfText(p.owner.name));
  doc.text(`${p.completeness.words.total} words · exported ${ctx.exportedAt}`);

  // Contents pages, filled in once the section pages are known.
  const toc = [
    ...ctx.sections,
    ...(p.coverage.length
      ? [{ title: 'Framework coverage', anchor: 'coverage', number: ctx.sections.length + 1 }]
      : []),
  ];
  const tocPages = Math.ceil(toc.length / TOC_LINES_PER_PAGE);
  const tocStart = doc.bufferedPageRange().count;
  for (let i = 0; i < tocPages; i++) doc.addPage();

  const startPage = new Map<string, number>();
  let imageCount = 0;
  const evidence = (e: TPortfolioEvidence) => {
    ensure(40);
    doc.x = MARGIN;
    if (e.kind === 'cpd' && e.cpdEntry) {
      const c = e.cpdEntry;
      doc
        .font(BOLD)
        .fontSize(11)
        .fillColor(INK)
        .text(pdfText(`• ${c.title}`));
      muted(`CPD entry · ${c.date} · ${c.hours} h · ${c.type}`);
      if (e.note) muted(e.note);
      if (c.reflectionHtml) body(htmlToText(c.reflectionHtml), { size: 10, indent: 12 });
      return;
    }
    if (e.kind === 'url') {
      doc
        .font(REGULAR)
        .fontSize(11)
        .fillColor(ACCENT)
        .text(pdfText(`• ${e.title}`), { link: e.url, underline: true });
      muted(`${e.url}${e.link?.status === 'broken' ? ' (did not answer when checked)' : ''}`);
      if (e.note) muted(e.note);
      return;
    }
    const f = ctx.files.get(e.id);
    const data = images.get(e.id);
    doc
      .font(REGULAR)
      .fontSize(11)
      .fillColor(ACCENT)
      .text(pdfText(`• ${e.title}`), MARGIN, doc.y, {
        width,
        link: f?.downloadUrl ?? ctx.absoluteUrl(e),
        underline: true,
      });
    if (f) muted(`${f.fileName} · ${formatBytes(f.sizeBytes)}${f.linked ? ' · linked' : ''}`);
    if (f && data && PDF_IMAGES.has(f.mediaType)) {
      const img = fastPng(data, ++imageCount) ?? openImage(doc, data);
      const scale = Math.min(1, (width - 12) / img.width, MAX_IMAGE_HEIGHT / img.height);
      const [w, h] = [img.width * scale, img.height * scale];
      ensure(h + 8);
      doc.image(img as unknown as Buffer, MARGIN + 12, doc.y, { width: w, height: h });
      doc.y += h + 8;
      doc.x = MARGIN;
    }
    if (e.note) muted(e.note);
  };

  for (const { section: s, title, anchor } of ctx.sections) {
    doc.addPage();
    startPage.set(anchor, doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(anchor);
    doc.outline.addItem(pdfText(title));
    doc.font(BOLD).fontSize(20).fillColor(INK).text(pdfText(title));
    if (s.declarations.length) muted(s.declarations.join(' · '));
    heading('Description', 14);
    if (s.descriptionHtml) body(htmlToText(s.descriptionHtml));
    else muted('No description yet.');
    heading('Evidence', 14);
    if (s.evidence.length) for (const e of s.evidence) evidence(e);
    else muted('No evidence yet.');
    heading('Reflection', 14);
    if (s.reflectionHtml) body(htmlToText(s.reflectionHtml));
    else muted('No reflection yet.');
  }

  // The framework coverage of the whole portfolio.
  if (p.coverage.length) {
    doc.addPage();
    startPage.set('coverage', doc.bufferedPageRange().count - 1);
    doc.addNamedDestination('coverage');
    doc.outline.addItem('Framework coverage');
    doc.font(BOLD).fontSize(20).fillColor(INK).text('Framework coverage');
    doc.moveDown(0.5);
    const covered = p.coverage.filter((c) => c.evidence > 0).length;
    body(`${covered} of ${p.coverage.length} framework items have evidence.`);
    for (const c of p.coverage) {
      const label = `${c.item.code ?? ''} ${c.item.title ?? c.item.statement}`.trim();
      body(`${label}: ${c.evidence === 1 ? '1 piece' : `${c.evidence} pieces`} of evidence`, {
        size: 10,
        color: c.evidence > 0 ? INK : MUTED,
      });
    }
  }

  // The contents, with page numbers that link to their sections.
  toc.forEach(({ title, anchor, number }, i) => {
    if (i % TOC_LINES_PER_PAGE === 0) {
      doc.switchToPage(tocStart + i / TOC_LINES_PER_PAGE);
      doc.x = MARGIN;
      doc.y = MARGIN;
      doc.font(BOLD).fontSize(20).fillColor(INK).text('Contents');
      doc.moveDown(0.8);
    }
    const y = doc.y;
    const page = String((startPage.get(anchor) ?? 0) + 1);
    doc.font(REGULAR).fontSize(11).fillColor(ACCENT);
    doc.text(pdfText(`${number}. ${title}`), MARGIN, y, {
      width: width - 50,
      goTo: anchor,
      lineBreak: true,
    });
    const after = doc.y;
    doc.text(page, MARGIN + width - 40, y, { width: 40, align: 'right', goTo: anchor });
    doc.y = Math.max(after, doc.y) + 6;
  });

  // Page numbers (the title page has none).
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - 36, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
