import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditPage, ZAuditQuery } from '../../../../contracts/people';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { auditPage } from './service';

export const auditRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/audit',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['audit'],
        summary: 'Security events of the current institution, newest first',
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (request) => auditPage(deps.db, requireMember(request).institutionId, request.query),
  );
};
