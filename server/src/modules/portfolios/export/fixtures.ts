import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import type { Deps } from '../../../deps';
import { newId } from '../../../lib/crypto';
import { newBlobKey } from '../../../lib/storage';

/**
 * Test and benchmark fixtures for exports. Uploading portfolio files has no route yet, so
 * file evidence is made as an upload would: a blob in deps.store and a portfolio_evidence row.
 */
export async function addFileEvidence(
  deps: Deps,
  owner: { institutionId: string; userId: string },
  sectionId: string,
  file: { title: string; fileName: string; mediaType: string; bytes: Buffer },
): Promise<string> {
  const key = newBlobKey();
  const stored = await deps.store.put(key, Readable.from([file.bytes]), {
    maxBytes: file.bytes.length + 1,
  });
  const id = newId();
  await deps.db
    .insertInto('portfolio_evidence')
    .values({
      id,
      institution_id: owner.institutionId,
      user_id: owner.userId,
      kind: 'file',
      cpd_entry_id: null,
      title: file.title,
      url: null,
      storage_key: key,
      file_name: file.fileName,
      media_type: file.mediaType,
      size_bytes: stored.sizeBytes,
      link_status: null,
      link_detail: null,
      link_checked_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  const last = await deps.db
    .selectFrom('portfolio_section_evidence')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('section_id', '=', sectionId)
    .executeTakeFirst();
  await deps.db
    .insertInto('portfolio_section_evidence')
    .values({
      section_id: sectionId,
      evidence_id: id,
      position: Number(last?.max ?? -1) + 1,
      note: null,
    })
    .execute();
  return id;
}

/**
 * A real PNG of the given size (RGB, or RGBA with `alpha`, 8 bits), for tests and the benchmark: `noise` makes it
 * incompressible, so its size on disk is close to width * height * 3 bytes.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

export function makePng(
  width: number,
  height: number,
  opts: { noise?: boolean; seed?: number; alpha?: boolean } = {},
) {
  const px = opts.alpha ? 4 : 3;
  let seed = opts.seed ?? 1;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) & 0xff;
  };
  const raw = Buffer.alloc((width * px + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * px + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * px;
      raw[i] = opts.noise ? rnd() : (x * 255) / width;
      raw[i + 1] = opts.noise ? rnd() : (y * 255) / height;
      raw[i + 2] = opts.noise ? rnd() : 160;
      if (opts.alpha) raw[i + 3] = (x * 255) / width;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, opts.alpha ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
