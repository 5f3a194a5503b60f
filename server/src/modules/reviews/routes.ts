import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { notificationRoutes } from '../notifications/routes';

/** Peer review and accreditation: schemes, submissions, assessors, judgements and decisions. */
export const reviewRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  await app.register(notificationRoutes, deps);
};
