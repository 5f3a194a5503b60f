import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Deps } from '../../../deps';
import type { ExportContext } from './index';

/**
 * The ZIP export, streamed: index.html and portfolio.md, then each embedded evidence file under
 * evidence/. Files that are compressed already (images, PDFs, archives, media) are stored as
 * they are; the rest are deflated. The caller has checked the size limit before.
 */

const STORED = /^(image\/(png|jpeg|gif|webp)|application\/(pdf|zip|gzip)|video\/|audio\/)/;

export function zipStream(
  deps: Deps,
  ctx: ExportContext,
  documents: Record<string, string>,
): Readable {
  const out = new PassThrough();
  let failed = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failed = true;
      out.destroy(err);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const drained = async () => {
    if (out.writableNeedDrain) await once(out, 'drain');
  };

  (async () => {
    for (const [name, text] of Object.entries(documents)) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(Buffer.from(text, 'utf8'), true);
    }
    for (const f of ctx.files.values()) {
      if (f.linked || !f.storageKey || failed) continue;
      const { stream } = await deps.store.open(f.storageKey);
      const entry = STORED.test(f.mediaType)
        ? new ZipPassThrough(`evidence/${f.zipName}`)
        : new ZipDeflate(`evidence/${f.zipName}`, { level: 6 });
      zip.add(entry);
      for await (const chunk of stream) {
        entry.push(chunk as Buffer);
        await drained();
      }
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  })().catch((err) => {
    failed = true;
    out.destroy(err as Error);
  });
  return out;
}
