import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import { ZPortfolioExportQuery } from '../../../../contracts/portfolios';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { exportPortfolio } from './export';

const member = { access: { kind: 'member' } } as const;

export const portfolioExportRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/portfolios/:id/export',
    {
      config: member,
      schema: {
        tags: ['portfolios'],
        summary:
          'Download a portfolio (yours or shared with you) as one HTML page, a PDF, a ZIP with the evidence files, or Markdown. A ZIP over the scheme’s limit (25 MB for CMALT) is refused with 413 naming the largest files: add link=<id> for each to link them instead',
        params: z.object({ id: ZId }),
        querystring: ZPortfolioExportQuery,
      },
    },
    async (request, reply) => {
      const a = requireMember(request);
      const file = await exportPortfolio(
        deps,
        { institutionId: a.institutionId, userId: a.userId },
        request.params.id,
        request.query,
      );
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff');
      return reply.send(file.body);
    },
  );
};
