import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';

/** Peer review and accreditation: schemes, submissions, assessors, judgements and decisions. */
export const reviewRoutes: FastifyPluginAsyncZod<Deps> = async (_app, _deps) => {};
