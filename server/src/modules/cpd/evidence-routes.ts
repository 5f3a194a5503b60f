import fastifyMultipart, { type Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZCpdEntry,
  ZCreateCpdEntryBody,
  ZCreateLinkEvidenceBody,
  ZEvidence,
} from '../../../../contracts/cpd';
import type { Deps } from '../../deps';
import { AppError, type FieldError } from '../../lib/errors';
import { sendStoredFile } from '../../lib/stored-files';
import { requireMember } from '../../plugins/auth';
import * as evidence from './evidence';
import * as service from './service';

const ZIdParams = z.object({ id: ZId });
const tags = ['cpd'];
/** Evidence belongs to its author's entry; managers read it only on entries the author shares. */
const member = { access: { kind: 'member' } } as const;

/** At most this many files arrive with a new entry. */
export const MAX_FILES_WITH_ENTRY = 10;
const TITLE_MAX = 200;

const owner = (request: FastifyRequest) => {
  const a = requireMember(request);
  return { institutionId: a.institutionId, userId: a.userId };
};

const badRequest = (message: string, fields?: FieldError[]) =>
  new AppError(400, 'VALIDATION_FAILED', message, fields);

const notMultipart = () =>
  new AppError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Send files as multipart/form-data (a form with a part named "file"), not as JSON.',
  );

/** The multipart parser's own errors, as messages that say what to send instead. */
function multipartError(err: unknown, maxFiles: number): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'FST_FILES_LIMIT':
      return badRequest(
        maxFiles === 1
          ? 'Send one file at a time.'
          : `Send at most ${maxFiles} files with one entry; add more to the entry afterwards.`,
        [{ path: 'file', message: `at most ${maxFiles}` }],
      );
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badRequest(
        'The form has more parts than this upload takes. Send only the fields it asks for.',
      );
    case 'FST_PROTO_VIOLATION':
      return badRequest('A form field has a name that is not allowed.');
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return badRequest('The entry field is not valid JSON.', [
        { path: 'entry', message: 'is not valid JSON' },
      ]);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return notMultipart();
  }
  // Everything else the parser reports is a malformed or interrupted form.
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

/** The form's parts, one at a time, with the parser's errors turned into clear 4xx answers. */
async function* partsOf(
  request: FastifyRequest,
  maxFiles: number,
  maxBytes: number,
): AsyncGenerator<Multipart> {
  const parts = request.parts({
    limits: {
      files: maxFiles,
      fields: 3,
      parts: maxFiles + 3,
      fieldNameSize: 100,
      fieldSize: 256 * 1024,
      headerPairs: 50,
      // One byte more than allowed, so that the store sees the file is too large.
      fileSize: maxBytes + 1,
    },
  });
  while (true) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (err) {
      throw multipartError(err, maxFiles);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** Reads and throws away a part that will not be used, so the rest of the form can arrive. */
const skip = (part: Multipart) => {
  if (part.type === 'file') part.file.resume();
};

function titleFrom(part: Multipart & { type: 'field' }): string | undefined {
  const title = String(part.value ?? '').trim();
  if (part.valueTruncated || title.length > TITLE_MAX) {
    throw badRequest(`The title must be at most ${TITLE_MAX} characters.`, [
      { path: 'title', message: `must be at most ${TITLE_MAX} characters` },
    ]);
  }
  return title || undefined;
}

function entryFrom(part: Multipart & { type: 'field' }): z.output<typeof ZCreateCpdEntryBody> {
  let value: unknown = part.value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (err) {
      throw badRequest(`The entry field is not valid JSON: ${(err as Error).message}`, [
        { path: 'entry', message: 'is not valid JSON' },
      ]);
    }
  }
  const parsed = ZCreateCpdEntryBody.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const list = fields.map((f) => (f.path ? `${f.path} ${f.message}` : f.message)).join('; ');
    throw badRequest(`The entry has problems to fix: ${list}.`, fields);
  }
  return parsed.data;
}

export const evidenceRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.post(
    '/api/cpd/entries/:id/evidence/link',
    {
      config: member,
      schema: {
        tags,
        summary: 'Add a web link as evidence to one of your CPD entries',
        params: ZIdParams,
        body: ZCreateLinkEvidenceBody,
        response: { 201: ZEvidence },
      },
    },
    async (request, reply) => {
      const link = await evidence.addLink(deps.db, owner(request), request.params.id, request.body);
      reply.status(201);
      return link;
    },
  );

  app.get(
    '/api/cpd/evidence/:id/file',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Download an evidence file: your own, or, for managers and administrators, one on an entry its author shares',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const row = await evidence.findReadableFile(
        deps.db,
        requireMember(request),
        request.params.id,
      );
      if (!row) throw AppError.notFound('That evidence file');
      return sendStoredFile(deps.store, reply, row);
    },
  );

  app.delete(
    '/api/cpd/evidence/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Remove evidence from one of your CPD entries (a file is deleted for good)',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await evidence.removeEvidence(deps, owner(request), request.params.id, request.log);
      return reply.status(204).send(null);
    },
  );

  // Uploads: multipart bodies are accepted only by the routes in this context.
  await app.register(async (scope) => {
    const uploads = scope.withTypeProvider<ZodTypeProvider>();
    await uploads.register(fastifyMultipart, { throwFileSizeLimit: false });
    uploads.setErrorHandler((err) => {
      if ((err as { code?: string }).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        throw notMultipart();
      throw err; // the app's error handler answers
    });
    const maxBytes = deps.config.evidenceMaxBytes;

    uploads.post(
      '/api/cpd/entries/:id/evidence',
      {
        config: member,
        schema: {
          tags,
          summary: `Upload a file as evidence to one of your CPD entries (multipart/form-data: an optional "title" field, then one "file"; at most ${evidence.formatBytes(maxBytes)})`,
          description: `Accepted, by content: ${evidence.ACCEPTED_DESCRIPTION}.`,
          params: ZIdParams,
          response: { 201: ZEvidence },
        },
      },
      async (request, reply) => {
        const o = owner(request);
        await evidence.requireLiveEntry(deps.db, o, request.params.id);
        if (!request.isMultipart()) throw notMultipart();
        let title: string | undefined;
        let upload: evidence.Upload | null = null;
        try {
          for await (const part of partsOf(request, 1, maxBytes)) {
            if (part.type === 'field' && part.fieldname === 'title') {
              title = titleFrom(part);
            } else if (part.type === 'file' && part.fieldname === 'file') {
              upload = await evidence.storeUpload(deps, part.file, part.filename);
            } else {
              skip(part);
              throw badRequest(
                `Unexpected ${part.type} "${part.fieldname}": send an optional "title" field and one file named "file".`,
              );
            }
          }
          if (!upload) {
            throw badRequest('Choose a file to upload: send it in a part named "file".', [
              { path: 'file', message: 'is required' },
            ]);
          }
          const [added] = await evidence.attachFiles(deps.db, o, request.params.id, [
            { title, upload },
          ]);
          reply.status(201);
          return added!;
        } catch (err) {
          if (upload) await evidence.removeFiles(deps.store, [upload.key], request.log);
          throw err;
        }
      },
    );

    uploads.post(
      '/api/cpd/entries/with-evidence',
      {
        config: member,
        schema: {
          tags,
          summary: `Log CPD with evidence files in one go (multipart/form-data: an "entry" field holding the entry as JSON, then up to ${MAX_FILES_WITH_ENTRY} "file" parts); all or nothing`,
          description: `The entry takes the same fields as POST /api/cpd/entries. Accepted files, by content: ${evidence.ACCEPTED_DESCRIPTION}; each at most ${evidence.formatBytes(maxBytes)}.`,
          response: { 201: ZCpdEntry },
        },
      },
      async (request, reply) => {
        const o = owner(request);
        if (!request.isMultipart()) throw notMultipart();
        let body: z.output<typeof ZCreateCpdEntryBody> | null = null;
        const uploads: evidence.Upload[] = [];
        try {
          for await (const part of partsOf(request, MAX_FILES_WITH_ENTRY, maxBytes)) {
            if (part.type === 'field' && part.fieldname === 'entry' && !body) {
              body = entryFrom(part);
              // Dates and tags are checked before any file is stored (createEntry checks again).
              await evidence.precheckEntry(deps.db, o, body);
            } else if (part.type === 'file' && part.fieldname === 'file') {
              if (!body) {
                skip(part);
                throw badRequest('Send the "entry" field before the files.', [
                  { path: 'entry', message: 'must come before the files' },
                ]);
              }
              uploads.push(await evidence.storeUpload(deps, part.file, part.filename));
            } else {
              skip(part);
              throw badRequest(
                `Unexpected ${part.type} "${part.fieldname}": send one "entry" field, then files named "file".`,
              );
            }
          }
          if (!body) {
            throw badRequest('Send the entry as JSON in a field named "entry".', [
              { path: 'entry', message: 'is required' },
            ]);
          }
          const entry = await service.createEntry(deps.db, o, body);
          try {
            await evidence.attachFiles(
              deps.db,
              o,
              entry.id,
              uploads.map((upload) => ({ upload })),
            );
          } catch (err) {
            await evidence.discardEntry(deps.db, o, entry.id);
            throw err;
          }
          reply.status(201);
          return service.getEntry(deps.db, o, entry.id);
        } catch (err) {
          await evidence.removeFiles(
            deps.store,
            uploads.map((u) => u.key),
            request.log,
          );
          throw err;
        }
      },
    );
  });
};
