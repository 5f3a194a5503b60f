import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';

/** Careers: profiles, self-assessment, targets, gap analysis, recommendations and the plan. */
export const careerRoutes: FastifyPluginAsyncZod<Deps> = async (_app, _deps) => {};
