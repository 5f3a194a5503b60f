import type { Multipart } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSection } from '../../../../contracts/portfolios';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { sendStoredFile } from '../../lib/stored-files';
import { removeFiles, storeUpload, type Upload } from '../cpd/evidence';
import * as repo from './repository';
import { evidenceRow, getPortfolio } from './service';

/*
 * Uploaded files as portfolio evidence: the same size limit and the same allow-list (by
 * content) as CPD evidence files. A file joins its author's evidence library and the section
 * it was uploaded to; it can then serve other sections and portfolios too. It is read by its
 * author, by the people its portfolio is shared with, and through a portfolio's secret link.
 */

const TITLE_MAX = 200;

const badRequest = (message: string, fields?: { path: string; message: string }[]) =>
  new AppError(400, 'VALIDATION_FAILED', message, fields);

export const notMultipart = () =>
  new AppError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the file as multipart/form-data (a form with a part named "file"), not as JSON.',
  );

/** The caller's own draft portfolio and one of its sections (checked before any byte is read). */
export async function requireOwnSection(
  db: Db,
  o: repo.Owner,
  portfolioId: string,
  sectionId: string,
) {
  const p = await repo.findOwnPortfolio(db, o, portfolioId);
  if (!p) throw AppError.notFound('That portfolio');
  if (p.status === 'submitted') {
    throw AppError.conflict(
      'This portfolio was submitted and is frozen. Copy it into a new draft to make changes.',
    );
  }
  const s = await db
    .selectFrom('portfolio_sections')
    .select('id')
    .where('id', '=', sectionId)
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  if (!s) throw AppError.notFound('That section');
  return { p, s };
}

function multipartError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'FST_FILES_LIMIT':
      return badRequest('Send one file at a time.', [{ path: 'file', message: 'at most 1' }]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badRequest('The form has more parts than this upload takes: send "title" and "file".');
    case 'FST_PROTO_VIOLATION':
      return badRequest('A form field has a name that is not allowed.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return notMultipart();
  }
  if (
    code === 'FST_MP_PREMATURE_CLOSE' ||
    (err instanceof Error && !(err as { statusCode?: number }).statusCode)
  ) {
    return badRequest(
      `The upload is not valid multipart/form-data, or it was cut short (${(err as Error).message}). Try again.`,
    );
  }
  return err;
}

/** Reads an optional "title" field and one "file" into the store (nothing stored on failure). */
export async function receiveFile(
  deps: Pick<Deps, 'store' | 'config'>,
  request: FastifyRequest,
): Promise<{ title: string | undefined; upload: Upload }> {
  if (!request.isMultipart()) throw notMultipart();
  const maxBytes = deps.config.evidenceMaxBytes;
  const parts = request.parts({
    limits: {
      files: 1,
      fields: 2,
      parts: 3,
      fieldNameSize: 100,
      fieldSize: 16 * 1024,
      headerPairs: 50,
      // One byte more than allowed, so that the store sees the file is too large.
      fileSize: maxBytes + 1,
    },
  });
  let title: string | undefined;
  let upload: Upload | null = null;
  try {
    while (true) {
      let next: IteratorResult<Multipart>;
      try {
        next = await parts.next();
      } catch (err) {
        throw multipartError(err);
      }
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field' && part.fieldname === 'title') {
        const value = String(part.value ?? '').trim();
        if (part.valueTruncated || value.length > TITLE_MAX) {
          throw badRequest(`The title must be at most ${TITLE_MAX} characters.`, [
            { path: 'title', message: `must be at most ${TITLE_MAX} characters` },
          ]);
        }
        title = value || undefined;
      } else if (part.type === 'file' && part.fieldname === 'file') {
        upload = await storeUpload(deps, part.file, part.filename);
      } else {
        if (part.type === 'file') part.file.resume();
        throw badRequest(
          `Unexpected ${part.type} "${part.fieldname}": send an optional "title" field and one file named "file".`,
        );
      }
    }
  } catch (err) {
    if (upload) await removeFiles(deps.store, [upload.key], request.log);
    throw err;
  }
  if (!upload) {
    throw badRequest('Choose a file to upload: send it in a part named "file".', [
      { path: 'file', message: 'is required' },
    ]);
  }
  return { title, upload };
}

/**
 * Records a stored upload in the author's library and adds it to the section, in one
 * transaction that checks the section is still theirs and a draft. The caller removes the
 * stored file when this fails.
 */
export async function attachFile(
  db: Db,
  o: repo.Owner,
  portfolioId: string,
  sectionId: string,
  title: string | undefined,
  u: Upload,
): Promise<TSection> {
  const now = nowIso();
  const row = evidenceRow(
    o,
    {
      kind: 'file',
      title: title || u.fileName,
      storage_key: u.key,
      file_name: u.fileName,
      media_type: u.mediaType,
      size_bytes: u.sizeBytes,
    },
    now,
  );
  await db.transaction().execute(async (trx) => {
    const { s } = await requireOwnSection(trx, o, portfolioId, sectionId);
    const last = await trx
      .selectFrom('portfolio_section_evidence')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('section_id', '=', s.id)
      .executeTakeFirst();
    await trx.insertInto('portfolio_evidence').values(row).execute();
    await trx
      .insertInto('portfolio_section_evidence')
      .values({
        section_id: s.id,
        evidence_id: row.id,
        position: Number(last?.max ?? -1) + 1,
        note: null,
      })
      .execute();
    await trx
      .updateTable('portfolios')
      .set({ updated_at: now })
      .where('id', '=', portfolioId)
      .execute();
  });
  const full = await getPortfolio(db, o, portfolioId);
  return full.sectionList.find((x) => x.id === sectionId)!;
}

/**
 * A file of the library the viewer may read: their own, or one in a portfolio shared with them
 * by name (and still live). Anything else is not found.
 */
export async function findReadableFile(db: Db, viewer: repo.Owner, id: string) {
  const row = await db
    .selectFrom('portfolio_evidence')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'file')
    .where('institution_id', '=', viewer.institutionId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.user_id === viewer.userId) return row;
  const portfolios = await db
    .selectFrom('portfolio_section_evidence as se')
    .innerJoin('portfolio_sections as s', 's.id', 'se.section_id')
    .select('s.portfolio_id')
    .distinct()
    .where('se.evidence_id', '=', row.id)
    .execute();
  const now = nowIso();
  for (const p of portfolios) {
    const readable = await repo.findReadablePortfolio(db, viewer, p.portfolio_id, now);
    if (readable && readable.user_id === row.user_id) return row;
  }
  return undefined;
}

/** Streams a stored evidence file with the same headers as CPD evidence files. */
export async function sendFile(
  deps: Pick<Deps, 'store'>,
  reply: FastifyReply,
  row: repo.EvidenceRow | undefined,
) {
  if (!row) throw AppError.notFound('That evidence file');
  return sendStoredFile(deps.store, reply, row);
}
