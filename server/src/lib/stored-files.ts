import type { FastifyReply } from 'fastify';
import type { Db } from '../db/connect';
import { AppError } from './errors';
import { BlobMissingError, type BlobStore } from './storage';

/**
 * Sending an uploaded file back (CPD and portfolio evidence alike): one place for the headers
 * that keep a user's file from running in Cairn's origin.
 */

export type StoredFile = {
  storage_key: string | null;
  media_type: string | null;
  file_name: string | null;
};

/** Images and PDFs open in the browser; everything else downloads. */
export const opensInline = (mediaType: string) =>
  mediaType === 'application/pdf' || mediaType.startsWith('image/');

/** Streams a stored file with its type, a safe file name, nosniff and a sandboxing CSP. */
export async function sendStoredFile(store: BlobStore, reply: FastifyReply, file: StoredFile) {
  if (!file.storage_key) throw AppError.notFound('That evidence file');
  let opened: Awaited<ReturnType<BlobStore['open']>>;
  try {
    opened = await store.open(file.storage_key);
  } catch (err) {
    if (err instanceof BlobMissingError) {
      throw new AppError(
        404,
        'NOT_FOUND',
        'The file of that evidence is missing from storage. Remove the evidence and upload the file again.',
      );
    }
    throw err;
  }
  const mediaType = file.media_type ?? 'application/octet-stream';
  const inline = opensInline(mediaType);
  const name = file.file_name ?? 'evidence';
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  reply
    .header('content-type', mediaType)
    .header('content-length', opened.sizeBytes)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .header(
      'content-security-policy',
      mediaType === 'application/pdf'
        ? // Browsers refuse to run their PDF viewer in a sandbox; no scripts of ours run here either.
          "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: blob:; object-src 'self'; frame-ancestors 'self'"
        : inline
          ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
          : "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
  return reply.send(opened.stream);
}

/** The tables whose rows point at uploaded files in the BlobStore. */
const FILE_TABLES = ['cpd_evidence', 'portfolio_evidence'] as const;

/**
 * Storage keys of every file a person uploaded, and of every file of the given institutions
 * (account deletion removes these after its transaction commits).
 */
export async function storageKeysOf(
  db: Db,
  who: { userId?: string; institutionIds?: readonly string[] },
): Promise<string[]> {
  const institutionIds = who.institutionIds ?? [];
  if (!who.userId && institutionIds.length === 0) return [];
  const keys: string[] = [];
  for (const table of FILE_TABLES) {
    const rows = await db
      .selectFrom(table)
      .select('storage_key')
      .where('storage_key', 'is not', null)
      .where((eb) =>
        eb.or([
          ...(who.userId ? [eb('user_id', '=', who.userId)] : []),
          ...(institutionIds.length ? [eb('institution_id', 'in', institutionIds)] : []),
        ]),
      )
      .execute();
    keys.push(...rows.flatMap((r) => (r.storage_key ? [r.storage_key] : [])));
  }
  return keys;
}
