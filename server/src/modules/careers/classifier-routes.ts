import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';

/** The job-title classifier over HTTP (single and batch) and the survey-group keyword scheme. */
export const classifierRoutes: FastifyPluginAsyncZod<Deps> = async (_app, _deps) => {};
