import { type Readable, Transform } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import type { TEvidence, ZCreateLinkEvidenceBody } from '../../../../contracts/cpd';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { type BlobStore, BlobTooLargeError, newBlobKey } from '../../lib/storage';
import { DAY, HOUR, nowIso } from '../../lib/time';
import type { MemberAuth } from '../../plugins/auth';
import type { EvidenceRow, Owner } from './repository';
import * as service from './service';

/*
 * Evidence: files and web links attached to a CPD entry. Like the entry, evidence is private
 * to its author, unless the author shares the entry: then the institution's managers and
 * administrators may read it too. Files are checked by what they contain, never by their
 * name, and kept in the BlobStore (lib/storage.ts) under generated keys.
 */

// ---------------------------------------------------------------- what files are accepted

type Accepted = { mediaType: string; extensions: readonly string[] };

/** By the type detected from the content (file-type's extension), what we serve it as. */
const BY_CONTENT: Record<string, Accepted> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe'] },
  gif: { mediaType: 'image/gif', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  mp4: { mediaType: 'video/mp4', extensions: ['mp4', 'm4v'] },
  webm: { mediaType: 'video/webm', extensions: ['webm'] },
  mp3: { mediaType: 'audio/mpeg', extensions: ['mp3'] },
  m4a: { mediaType: 'audio/mp4', extensions: ['m4a'] },
  zip: { mediaType: 'application/zip', extensions: ['zip'] },
};

/** Text has no signature: accepted when it reads as UTF-8 and its name says which kind. */
const TEXT_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const ACCEPTED_DESCRIPTION =
  'PDF; PNG, JPEG, GIF or WebP images; Word, Excel or PowerPoint documents (.docx, .xlsx, .pptx); OpenDocument text, spreadsheets or presentations (.odt, .ods, .odp); MP4 or WebM video; MP3 or M4A audio; ZIP archives; and plain text, CSV or Markdown files (.txt, .csv, .md)';

/** How much of the start of a file is read to tell its type (ZIP-based formats need a little). */
export const SNIFF_BYTES = 64 * 1024;

const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();

function isUtf8Text(head: Buffer, complete: boolean): boolean {
  if (head.includes(0)) return false;
  try {
    // When the file goes on, the sample may end inside a character: that is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** A name safe to show and to send back: no folders, no control characters, not too long. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const name = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!name) return 'file';
  if (name.length <= 200) return name;
  const ext = extensionOf(name);
  return ext ? `${name.slice(0, 199 - ext.length)}.${ext}` : name.slice(0, 200);
}

export type Detected = { mediaType: string; fileName: string };

/**
 * Decides from the first bytes of a file (the whole file when `complete`) whether it is
 * accepted, and as what. A file whose name claims another type keeps its name with the right
 * extension, so that it opens with the right program once downloaded.
 */
export async function detectType(
  head: Buffer,
  complete: boolean,
  rawName: string,
): Promise<Detected> {
  const fileName = cleanFileName(rawName);
  if (head.length === 0) {
    throw AppError.validation(
      [{ path: 'file', message: 'is empty: choose a file that has something in it' }],
      `${fileName} is empty. Choose a file that has something in it.`,
    );
  }
  const found = await fileTypeFromBuffer(head);
  const nameExt = extensionOf(fileName);
  if (found) {
    const accepted = BY_CONTENT[found.ext];
    if (!accepted) throw unsupported(fileName, `it is ${describeType(found.ext)}`);
    if (nameExt && accepted.extensions.includes(nameExt))
      return { mediaType: accepted.mediaType, fileName };
    const stem = nameExt ? fileName.slice(0, -(nameExt.length + 1)) : fileName;
    return { mediaType: accepted.mediaType, fileName: `${stem}.${accepted.extensions[0]}` };
  }
  const textType = nameExt ? TEXT_BY_EXTENSION[nameExt] : undefined;
  if (textType && isUtf8Text(head, complete)) return { mediaType: textType, fileName };
  if (nameExt === 'svg') {
    throw unsupported(
      fileName,
      'SVG images can carry scripts, so they are not accepted; export it as PNG',
    );
  }
  if (textType) throw unsupported(fileName, 'it is not plain UTF-8 text');
  throw unsupported(fileName, 'its type could not be recognised from its content');
}

const describeType = (ext: string) => {
  if (ext === 'exe' || ext === 'elf' || ext === 'mach') return 'a program';
  return `a .${ext} file`;
};

function unsupported(fileName: string, why: string) {
  return new AppError(
    415,
    'UNSUPPORTED_FILE_TYPE',
    `${fileName} cannot be added as evidence: ${why}. Cairn accepts ${ACCEPTED_DESCRIPTION}.`,
  );
}

export const formatBytes = (bytes: number) => {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
};

export function tooLarge(maxBytes: number, fileName?: string) {
  return new AppError(
    413,
    'FILE_TOO_LARGE',
    `${fileName ?? 'That file'} is larger than the ${formatBytes(maxBytes)} limit for an evidence file. Make it smaller (compress it, or export fewer pages), or add a link to where it is kept instead.`,
  );
}

/** Holds back the first SNIFF_BYTES, decides the type from them, then lets everything through. */
class Sniffer extends Transform {
  private head: Buffer[] = [];
  private size = 0;
  detected: Detected | null = null;
  constructor(private readonly fileName: string) {
    super();
  }
  override _transform(
    chunk: Buffer,
    _enc: BufferEncoding,
    done: (err?: Error | null, data?: Buffer) => void,
  ) {
    if (this.detected) return done(null, chunk);
    this.head.push(chunk);
    this.size += chunk.length;
    if (this.size < SNIFF_BYTES) return done();
    this.decide(false, done);
  }
  override _flush(done: (err?: Error | null, data?: Buffer) => void) {
    if (this.detected) return done();
    this.decide(true, done);
  }
  private decide(complete: boolean, done: (err?: Error | null, data?: Buffer) => void) {
    const head = Buffer.concat(this.head);
    this.head = [];
    detectType(head, complete, this.fileName).then(
      (d) => {
        this.detected = d;
        done(null, head);
      },
      (err: Error) => done(err),
    );
  }
}

export type Upload = Detected & { key: string; sizeBytes: number; sha256: string };

/**
 * Streams one uploaded file into the store: its type is checked on the way (415), its size
 * is limited (413), and when anything fails nothing is left in the store.
 */
export async function storeUpload(
  deps: Pick<Deps, 'store' | 'config'>,
  file: Readable,
  rawName: string,
): Promise<Upload> {
  const key = newBlobKey();
  const sniffer = new Sniffer(rawName);
  const maxBytes = deps.config.evidenceMaxBytes;
  // pipe() does not pass errors on: a broken upload must fail the store's pipeline too.
  const onError = (err: Error) => sniffer.destroy(err);
  file.once('error', onError);
  try {
    const stored = await deps.store.put(key, file.pipe(sniffer), { maxBytes });
    file.off('error', onError);
    if (!sniffer.detected) throw new Error('upload stored without a type');
    return { key, ...sniffer.detected, ...stored };
  } catch (err) {
    file.off('error', onError);
    file.unpipe(sniffer);
    sniffer.destroy();
    await deps.store.remove(key).catch(() => {});
    if (err instanceof BlobTooLargeError) throw tooLarge(maxBytes, cleanFileName(rawName));
    if (err instanceof AppError) throw err;
    if (file.errored || (file as { truncated?: boolean }).truncated) {
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'The upload was cut short before the whole file arrived. Try again.',
      );
    }
    throw err;
  }
}

// ---------------------------------------------------------------- queries

/** The author's live entry (evidence is only added to your own entries). */
async function liveEntry(db: Db, o: Owner, entryId: string) {
  return db
    .selectFrom('cpd_entries')
    .select(['id'])
    .where('id', '=', entryId)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

async function touchEntry(db: Db, entryId: string) {
  await db
    .updateTable('cpd_entries')
    .set({ updated_at: nowIso() })
    .where('id', '=', entryId)
    .execute();
}

/** Evidence of one of the author's live entries. */
async function findOwnedEvidence(db: Db, o: Owner, id: string) {
  return db
    .selectFrom('cpd_evidence as v')
    .innerJoin('cpd_entries as e', 'e.id', 'v.entry_id')
    .selectAll('v')
    .where('v.id', '=', id)
    .where('v.institution_id', '=', o.institutionId)
    .where('v.user_id', '=', o.userId)
    .where('e.institution_id', '=', o.institutionId)
    .where('e.user_id', '=', o.userId)
    .where('e.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** A file the caller may read: their own, or, for managers and admins, one on a shared entry. */
export async function findReadableFile(db: Db, auth: MemberAuth, id: string) {
  const managerial = auth.roles.includes('manager') || auth.roles.includes('admin');
  return db
    .selectFrom('cpd_evidence as v')
    .innerJoin('cpd_entries as e', 'e.id', 'v.entry_id')
    .selectAll('v')
    .where('v.id', '=', id)
    .where('v.kind', '=', 'file')
    .where('v.institution_id', '=', auth.institutionId)
    .where('e.institution_id', '=', auth.institutionId)
    .where('e.deleted_at', 'is', null)
    .where((eb) =>
      managerial
        ? eb.or([eb('e.user_id', '=', auth.userId), eb('e.shared', '=', 1)])
        : eb('e.user_id', '=', auth.userId),
    )
    .executeTakeFirst();
}

/** Removes stored files, going on past any that fail (they are logged). */
export async function removeFiles(
  store: BlobStore,
  keys: readonly string[],
  log?: FastifyBaseLogger,
) {
  for (const key of keys) {
    await store
      .remove(key)
      .catch((err: unknown) => log?.error({ err, key }, 'could not remove a stored file'));
  }
}

// ---------------------------------------------------------------- rules

export async function requireLiveEntry(db: Db, o: Owner, entryId: string) {
  if (!(await liveEntry(db, o, entryId))) throw AppError.notFound('That CPD entry');
}

const fileRow = (o: Owner, entryId: string, title: string | undefined, u: Upload): EvidenceRow => ({
  id: newId(),
  institution_id: o.institutionId,
  user_id: o.userId,
  entry_id: entryId,
  kind: 'file',
  title: title || u.fileName,
  url: null,
  storage_key: u.key,
  file_name: u.fileName,
  media_type: u.mediaType,
  size_bytes: u.sizeBytes,
  sha256: u.sha256,
  created_at: nowIso(),
});

/**
 * Records stored uploads as evidence of the author's live entry, in one transaction. The
 * caller removes the stored files when this fails (for instance: the entry was deleted while
 * the files were arriving).
 */
export async function attachFiles(
  db: Db,
  o: Owner,
  entryId: string,
  uploads: readonly { title?: string | undefined; upload: Upload }[],
): Promise<TEvidence[]> {
  const rows = uploads.map((u) => fileRow(o, entryId, u.title, u.upload));
  await db.transaction().execute(async (trx) => {
    if (!(await liveEntry(trx, o, entryId))) throw AppError.notFound('That CPD entry');
    if (rows.length) await trx.insertInto('cpd_evidence').values(rows).execute();
    await touchEntry(trx, entryId);
  });
  return rows.map(service.toEvidence);
}

/** "www.jisc.ac.uk/guides/x" for https://www.jisc.ac.uk/guides/x?utm=y */
export function linkTitle(url: string): string {
  const u = new URL(url);
  const path = u.pathname === '/' ? '' : decodeURIComponentSafe(u.pathname);
  return `${u.host}${path}`.slice(0, 200);
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export async function addLink(
  db: Db,
  o: Owner,
  entryId: string,
  body: z.output<typeof ZCreateLinkEvidenceBody>,
): Promise<TEvidence> {
  const row: EvidenceRow = {
    id: newId(),
    institution_id: o.institutionId,
    user_id: o.userId,
    entry_id: entryId,
    kind: 'link',
    title: body.title || linkTitle(body.url),
    url: body.url,
    storage_key: null,
    file_name: null,
    media_type: null,
    size_bytes: null,
    sha256: null,
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await liveEntry(trx, o, entryId))) throw AppError.notFound('That CPD entry');
    await trx.insertInto('cpd_evidence').values(row).execute();
    await touchEntry(trx, entryId);
  });
  return service.toEvidence(row);
}

/** The checks createEntry makes before writing (so that no file is stored for a bad entry). */
export async function precheckEntry(
  db: Db,
  o: Owner,
  body: { date?: string | undefined; tagIds?: string[] | undefined },
) {
  const dateProblem = body.date ? service.checkDate(body.date) : null;
  const { problems } = await service.checkItems(db, o.institutionId, body.tagIds ?? []);
  const all = [...(dateProblem ? [dateProblem] : []), ...problems];
  if (all.length) throw AppError.validation(all);
}

/** Removes an entry that never completed (its files were refused): no trace of it remains. */
export async function discardEntry(db: Db, o: Owner, entryId: string) {
  await db
    .deleteFrom('cpd_entries')
    .where('id', '=', entryId)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
}

export async function removeEvidence(
  deps: Pick<Deps, 'db' | 'store'>,
  o: Owner,
  id: string,
  log?: FastifyBaseLogger,
) {
  const row = await findOwnedEvidence(deps.db, o, id);
  if (!row) throw AppError.notFound('That evidence');
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('cpd_evidence').where('id', '=', row.id).execute();
    await touchEntry(trx, row.entry_id);
  });
  if (row.storage_key) await removeFiles(deps.store, [row.storage_key], log);
}

// ---------------------------------------------------------------- housekeeping

/** Purges entries deleted longer ago than the undo window, with their files. */
export async function purgeDeletedEntries(
  deps: Pick<Deps, 'db' | 'store'>,
  now = Date.now(),
  log?: FastifyBaseLogger,
) {
  const keys = await service.purgeDeleted(deps.db, now);
  await removeFiles(deps.store, keys, log);
  // Uploads cut off by a crash or restart leave temp files behind.
  await deps.store.sweep?.(DAY);
  return keys.length;
}

/** Runs purgeDeletedEntries now and then every `everyMs`, until stopped (app close). */
export function startEvidenceHousekeeping(
  deps: Pick<Deps, 'db' | 'store'>,
  log: FastifyBaseLogger,
  everyMs = HOUR,
) {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(async () => {
        const files = await purgeDeletedEntries(deps, Date.now(), log);
        if (files > 0) log.info({ files }, 'removed the files of purged CPD entries');
      })
      .catch((err: unknown) => log.error({ err }, 'purging deleted CPD entries failed'));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    /** Settles when the runs started so far have finished. */
    idle: () => running,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
