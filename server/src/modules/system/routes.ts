import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealth } from '../../../../contracts/system';
import { pingDb } from '../../db/connect';
import type { Deps } from '../../deps';
import { VERSION } from '../../version';

export const systemRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/health',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability, for load balancers and monitoring',
        response: { 200: ZHealth, 503: ZHealth },
      },
    },
    async (_request, reply) => {
      try {
        const latencyMs = Math.round((await pingDb(deps.db)) * 100) / 100;
        return {
          status: 'ok' as const,
          version: VERSION,
          database: { dialect: deps.dialect, ok: true, latencyMs },
        };
      } catch {
        reply.status(503);
        return {
          status: 'degraded' as const,
          version: VERSION,
          database: { dialect: deps.dialect, ok: false, latencyMs: -1 },
        };
      }
    },
  );
};
