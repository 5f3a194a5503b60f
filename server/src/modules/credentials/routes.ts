import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';

/** Open Badges 3.0 credentials: issue, download, verify, revoke; scheme keys. */
export const credentialRoutes: FastifyPluginAsyncZod<Deps> = async (_app, _deps) => {};
