import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZMe,
  ZPasswordResetCheck,
  ZPasswordResetCompleteBody,
  ZPasswordResetRequestBody,
  ZSetupBody,
  ZSetupStatus,
  ZSignInBody,
} from '../../../../contracts/auth';
import { ZOk } from '../../../../contracts/common';
import type { Deps } from '../../deps';
import { requireAuth } from '../../plugins/auth';
import { VERSION } from '../../version';
import { clearSessionCookies, clientInfo, signedIn } from './cookies';
import * as service from './service';

/** Stricter per-address limits for the unauthenticated doors (per instance, on top of the shared per-account limits). */
const doorLimit = { rateLimit: { max: 100, timeWindow: '1 minute' } };

export const authRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/setup',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['auth'],
        summary: 'Whether Cairn still needs its first institution',
        response: { 200: ZSetupStatus },
      },
    },
    async () => ({ needsSetup: await service.needsSetup(deps.db), version: VERSION }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: { kind: 'public' }, ...doorLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create the first institution and its administrator (first run only)',
        body: ZSetupBody,
        response: { 201: ZMe },
      },
    },
    async (request, reply) => {
      const r = await service.setup(deps, request.body, clientInfo(request));
      reply.status(201);
      return signedIn(deps, reply, r);
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: { kind: 'public' }, ...doorLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: ZSignInBody,
        response: { 200: ZMe },
      },
    },
    async (request, reply) => {
      const r = await service.signIn(
        deps,
        request.body.email,
        request.body.password,
        clientInfo(request),
      );
      return signedIn(deps, reply, r);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: { kind: 'user', sessionOnly: true } },
      schema: { tags: ['auth'], summary: 'End this browser session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.sessionId)
        await service.signOut(deps, { ...auth, sessionId: auth.sessionId }, request.ip);
      clearSessionCookies(deps, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: { kind: 'public' }, ...doorLimit },
      schema: {
        tags: ['auth'],
        summary:
          'Email a password reset link (the answer is the same whether or not the account exists)',
        body: ZPasswordResetRequestBody,
        response: { 202: ZOk },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(deps, request.body.email, request.ip);
      reply.status(202);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/password-reset/:token',
    {
      config: { access: { kind: 'public' }, ...doorLimit },
      schema: {
        tags: ['auth'],
        summary: 'Whether a password reset link can still be used',
        params: z.object({ token: z.string().max(200) }),
        response: { 200: ZPasswordResetCheck },
      },
    },
    async (request) => {
      const { state, email, message } = await service.checkPasswordReset(
        deps.db,
        request.params.token,
      );
      return { state, email, message };
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { access: { kind: 'public' }, ...doorLimit },
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with a reset link; ends every other session and signs in',
        body: ZPasswordResetCompleteBody,
        response: { 200: ZMe },
      },
    },
    async (request, reply) => {
      const r = await service.completePasswordReset(
        deps,
        request.body.token,
        request.body.password,
        clientInfo(request),
      );
      return signedIn(deps, reply, r);
    },
  );
};
