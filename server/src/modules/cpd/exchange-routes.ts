import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCpdImportBody, ZCpdImportResult, ZExportQuery } from '../../../../contracts/cpd';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { recordAudit } from '../audit/service';
import * as service from './exchange-service';

const tags = ['cpd'];
/** Any member keeps a CPD log; imports and exports touch only the caller's own entries. */
const member = { access: { kind: 'member' } } as const;
/** A 5 MB file sent as a JSON string, with room for escaped quotes and line breaks. */
export const IMPORT_BODY_LIMIT = 6 * 1024 * 1024;

export const cpdExchangeRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const owner = (request: Parameters<typeof requireMember>[0]) => {
    const a = requireMember(request);
    return { institutionId: a.institutionId, userId: a.userId };
  };

  /** An import that saved something is recorded in the audit log, like exports are. */
  const audited = async <R extends { imported: number }>(
    request: Parameters<typeof requireMember>[0],
    format: string,
    result: R,
  ): Promise<R> => {
    if (result.imported > 0) {
      const a = requireMember(request);
      await recordAudit(deps.db, {
        institutionIds: [a.institutionId],
        action: 'import',
        actor: { userId: a.userId, email: a.email },
        detail: `CPD log (${format}, ${result.imported} ${result.imported === 1 ? 'entry' : 'entries'})`,
        ip: request.ip,
      });
    }
    return result;
  };

  app.post(
    '/api/cpd/import/csv',
    {
      config: member,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import CPD from a CSV file (columns in docs/cpd-import.md): preview, import the valid rows, or all or nothing',
        body: ZCpdImportBody,
        response: { 200: ZCpdImportResult },
      },
    },
    async (request) =>
      audited(request, 'CSV', await service.importCsv(deps.db, owner(request), request.body)),
  );

  app.post(
    '/api/cpd/import/ical',
    {
      config: member,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import calendar events (.ics) as draft CPD entries; events imported before are skipped',
        body: ZCpdImportBody,
        response: { 200: ZCpdImportResult },
      },
    },
    async (request) =>
      audited(
        request,
        'iCalendar',
        await service.importIcal(deps.db, owner(request), request.body),
      ),
  );

  app.get(
    '/api/cpd/export',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Download your CPD entries as CSV (the import columns), JSON or iCalendar, with the same filters as the list',
        querystring: ZExportQuery,
      },
    },
    async (request, reply) => {
      const a = requireMember(request);
      const file = await service.exportEntries(
        deps.db,
        { institutionId: a.institutionId, userId: a.userId, email: a.email, ip: request.ip },
        request.query,
      );
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      reply.type(file.contentType);
      return file.body;
    },
  );
};
