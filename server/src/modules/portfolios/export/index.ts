import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type {
  TPortfolio,
  TPortfolioEvidence,
  TSection,
  ZPortfolioExportQuery,
} from '../../../../../contracts/portfolios';
import type { Deps } from '../../../deps';
import { AppError } from '../../../lib/errors';
import { BlobMissingError } from '../../../lib/storage';
import type { Owner } from '../repository';
import { getPortfolio } from '../service';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { zipStream } from './zip';

/**
 * Portfolio exports: a self-contained HTML page, a PDF, a ZIP (index.html, portfolio.md and the
 * evidence files) and Markdown. Every format is built from the portfolio as its reader sees it
 * (service.getPortfolio), so an export never shows more than the page does.
 */

const MB = 1024 * 1024;
/** Largest ZIP a scheme accepts, by template scheme; CMALT submissions may be at most 25 MB. */
export const ZIP_LIMIT_BYTES: Record<string, number> = { 'CMALT (ALT)': 25 * MB };
export const DEFAULT_ZIP_LIMIT_BYTES = 25 * MB;
export const zipLimitFor = (scheme: string) => ZIP_LIMIT_BYTES[scheme] ?? DEFAULT_ZIP_LIMIT_BYTES;

/** Images the HTML shows inline, and those the PDF can embed. */
export const WEB_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
export const PDF_IMAGES = new Set(['image/png', 'image/jpeg']);

/** An evidence file in the export: embedded (in the ZIP, or inline) or linked to its download address. */
export type ExportFile = {
  evidenceId: string;
  storageKey: string | null;
  /** Its name inside the ZIP: evidence/<name>, unique and safe on every file system. */
  zipName: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** Linked instead of embedded (asked for with link=, or the stored file is missing). */
  linked: boolean;
  downloadUrl: string;
};

export type ExportContext = {
  portfolio: TPortfolio;
  /** Sections in order with their display titles and anchors. */
  sections: { section: TSection; title: string; anchor: string; number: number }[];
  files: Map<string, ExportFile>;
  /** Absolute address of a piece of evidence (files: their download address). */
  absoluteUrl: (e: TPortfolioEvidence) => string;
  exportedAt: string;
};

export type ExportResult = {
  fileName: string;
  contentType: string;
  body: string | Buffer | Readable;
};

export const sectionTitle = (s: TSection) =>
  s.customTitle ? `${s.title}: ${s.customTitle}` : s.title;

export function formatBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** A file name people can keep: the portfolio's title in lower-case ASCII with dashes. */
export function safeFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return base || 'portfolio';
}

function zipNameOf(name: string, taken: Set<string>): string {
  const clean =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+/, '')
      .slice(-100) || 'file';
  const dot = clean.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
  let candidate = clean;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${stem}-${i}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const isEmpty = (p: TPortfolio) =>
  p.sectionList.every(
    (s) => !s.description.trim() && !s.reflection.trim() && s.evidence.length === 0,
  );

/** Reads a stored file whole (images for the single HTML page and the PDF). */
export async function readBlob(deps: Deps, key: string): Promise<Buffer> {
  const { stream } = await deps.store.open(key);
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function contextOf(
  deps: Deps,
  viewer: Owner,
  id: string,
  link: string[],
): Promise<ExportContext> {
  const portfolio = await getPortfolio(deps.db, viewer, id);
  if (isEmpty(portfolio)) {
    throw new AppError(
      422,
      'VALIDATION_FAILED',
      'There is nothing to export yet: no section has a description, evidence or a reflection. Write or add something to a section first.',
    );
  }
  const base = deps.config.publicUrl;
  const absoluteUrl = (e: TPortfolioEvidence) =>
    e.url.startsWith('/') ? `${base}${e.url}` : e.url;

  const fileEvidence = new Map<string, TPortfolioEvidence>();
  for (const s of portfolio.sectionList) {
    for (const e of s.evidence) if (e.kind === 'file') fileEvidence.set(e.id, e);
  }
  const keys = new Map<string, string | null>();
  if (fileEvidence.size) {
    // Only the portfolio owner's own files (the same rows assemble() read).
    const rows = await deps.db
      .selectFrom('portfolio_evidence')
      .select(['id', 'storage_key'])
      .where('id', 'in', [...fileEvidence.keys()])
      .where('user_id', '=', portfolio.owner.userId)
      .execute();
    for (const r of rows) keys.set(r.id, r.storage_key);
  }
  const taken = new Set<string>();
  const asked = new Set(link);
  const files = new Map<string, ExportFile>();
  for (const e of fileEvidence.values()) {
    const storageKey = keys.get(e.id) ?? null;
    const present = storageKey !== null && (await deps.store.exists(storageKey));
    files.set(e.id, {
      evidenceId: e.id,
      storageKey,
      zipName: zipNameOf(e.fileName ?? e.title, taken),
      fileName: e.fileName ?? e.title,
      mediaType: e.mediaType ?? 'application/octet-stream',
      sizeBytes: e.sizeBytes ?? 0,
      linked: asked.has(e.id) || !present,
      downloadUrl: absoluteUrl(e),
    });
  }
  const unknown = link.filter((l) => !files.has(l));
  if (unknown.length) {
    throw AppError.validation(
      unknown.map(() => ({
        path: 'link',
        message: 'is not an evidence file of this portfolio',
      })),
      `These link= ids are not evidence files of this portfolio: ${unknown.join(', ')}. Use the ids the export's size message gave.`,
    );
  }
  return {
    portfolio,
    sections: portfolio.sectionList.map((section, i) => ({
      section,
      title: sectionTitle(section),
      anchor: `section-${i + 1}`,
      number: i + 1,
    })),
    files,
    absoluteUrl,
    exportedAt: new Date().toISOString().slice(0, 10),
  };
}

/** Loads the images a format embeds: id -> bytes. */
async function loadImages(deps: Deps, ctx: ExportContext, types: Set<string>) {
  const out = new Map<string, Buffer>();
  for (const f of ctx.files.values()) {
    if (f.linked || !f.storageKey || !types.has(f.mediaType)) continue;
    try {
      out.set(f.evidenceId, await readBlob(deps, f.storageKey));
    } catch (err) {
      if (!(err instanceof BlobMissingError)) throw err;
    }
  }
  return out;
}

/** Refuses a ZIP over the scheme's limit, naming the largest files to link instead. */
function checkZipSize(ctx: ExportContext, extraBytes: number) {
  const limit = zipLimitFor(ctx.portfolio.template.scheme);
  const embedded = [...ctx.files.values()].filter((f) => !f.linked);
  const total = embedded.reduce((n, f) => n + f.sizeBytes, extraBytes);
  if (total <= limit) return;
  const largest = [...embedded].sort((a, b) => b.sizeBytes - a.sizeBytes);
  // The fewest largest files that bring it under the limit, and at least three when there are.
  const pick: ExportFile[] = [];
  let left = total;
  for (const f of largest) {
    if (left <= limit && pick.length >= 3) break;
    pick.push(f);
    left -= f.sizeBytes;
  }
  const list = pick.map((f) => `${f.fileName} (${formatBytes(f.sizeBytes)})`).join(', ');
  throw new AppError(
    413,
    'FILE_TOO_LARGE',
    `The ZIP would be ${formatBytes(total)}, over the ${formatBytes(limit)} limit of ${ctx.portfolio.template.scheme}. The largest files are ${list}. Link them instead of embedding them: export again adding link=<id> for each (their ids are in fields).`,
    pick.map((f) => ({ path: 'link', message: f.evidenceId })),
  );
}

export async function exportPortfolio(
  deps: Deps,
  viewer: Owner,
  id: string,
  query: z.output<typeof ZPortfolioExportQuery>,
): Promise<ExportResult> {
  const ctx = await contextOf(deps, viewer, id, query.link);
  const name = safeFileName(ctx.portfolio.title);
  switch (query.format) {
    case 'html': {
      const images = await loadImages(deps, ctx, WEB_IMAGES);
      return {
        fileName: `${name}.html`,
        contentType: 'text/html; charset=utf-8',
        body: renderHtml(ctx, { mode: 'single', images }),
      };
    }
    case 'markdown':
      return {
        fileName: `${name}.md`,
        contentType: 'text/markdown; charset=utf-8',
        body: renderMarkdown(ctx, { mode: 'single' }),
      };
    case 'pdf': {
      const images = await loadImages(deps, ctx, PDF_IMAGES);
      return {
        fileName: `${name}.pdf`,
        contentType: 'application/pdf',
        body: await renderPdf(ctx, images),
      };
    }
    case 'zip': {
      const html = renderHtml(ctx, { mode: 'folder', images: new Map() });
      const md = renderMarkdown(ctx, { mode: 'folder' });
      checkZipSize(ctx, Buffer.byteLength(html) + Buffer.byteLength(md));
      return {
        fileName: `${name}.zip`,
        contentType: 'application/zip',
        body: zipStream(deps, ctx, { 'index.html': html, 'portfolio.md': md }),
      };
    }
  }
}
