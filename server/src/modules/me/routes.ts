import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZApiToken,
  ZChangePasswordBody,
  ZCreateApiTokenBody,
  ZCreatedApiToken,
  ZDeleteAccountBody,
  ZDeletionImpact,
  ZMe,
  ZUpdateProfileBody,
} from '../../../../contracts/auth';
import { ZId, ZOk } from '../../../../contracts/common';
import type { Deps } from '../../deps';
import { requireAuth, requireMember } from '../../plugins/auth';
import { clearSessionCookies } from '../auth/cookies';
import { updateUser } from '../auth/repository';
import { buildMe } from '../auth/service';
import * as service from './service';

export const meRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/me',
    {
      config: { access: { kind: 'user' } },
      schema: {
        tags: ['me'],
        summary: 'Who is signed in, their institutions and roles',
        response: { 200: ZMe },
      },
    },
    async (request) => {
      const a = requireAuth(request);
      return buildMe(deps.db, {
        userId: a.userId,
        institutionId: a.membershipId ? a.institutionId : null,
        via: a.via,
      });
    },
  );

  app.patch(
    '/api/me',
    {
      config: { access: { kind: 'user' } },
      schema: {
        tags: ['me'],
        summary: 'Change your name',
        body: ZUpdateProfileBody,
        response: { 200: ZMe },
      },
    },
    async (request) => {
      const a = requireAuth(request);
      await updateUser(deps.db, a.userId, { name: request.body.name });
      return buildMe(deps.db, {
        userId: a.userId,
        institutionId: a.membershipId ? a.institutionId : null,
        via: a.via,
      });
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: { kind: 'user', sessionOnly: true } },
      schema: {
        tags: ['me'],
        summary: 'Change your password (signs out your other sessions)',
        body: ZChangePasswordBody,
        response: { 200: ZOk },
      },
    },
    async (request) => {
      await service.changePassword(
        deps.db,
        requireAuth(request),
        request.body.currentPassword,
        request.body.newPassword,
        request.ip,
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/export',
    {
      config: { access: { kind: 'user' } },
      schema: { tags: ['me'], summary: 'Download all your personal data as JSON' },
    },
    async (request, reply) => {
      const data = await service.exportPersonalData(deps.db, requireAuth(request), request.ip);
      const day = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="cairn-personal-data-${day}.json"`);
      reply.type('application/json; charset=utf-8');
      return JSON.stringify(data, null, 2);
    },
  );

  app.get(
    '/api/me/deletion',
    {
      config: { access: { kind: 'user' } },
      schema: {
        tags: ['me'],
        summary: 'What deleting your account would do, and what stops it',
        response: { 200: ZDeletionImpact },
      },
    },
    async (request) => {
      const { consequences, blockers } = await service.deletionImpact(
        deps.db,
        requireAuth(request),
      );
      return { consequences, blockers };
    },
  );

  app.delete(
    '/api/me',
    {
      config: { access: { kind: 'user', sessionOnly: true } },
      schema: {
        tags: ['me'],
        summary: 'Delete your account for good',
        body: ZDeleteAccountBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteAccount(
        deps.db,
        requireAuth(request),
        request.body.password,
        request.ip,
        deps.store,
      );
      clearSessionCookies(deps, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/tokens',
    {
      config: { access: { kind: 'user' } },
      schema: {
        tags: ['me'],
        summary: 'Your personal API tokens (never their secrets)',
        response: { 200: z.object({ tokens: z.array(ZApiToken) }) },
      },
    },
    async (request) => ({ tokens: await service.listTokens(deps.db, requireAuth(request).userId) }),
  );

  app.post(
    '/api/me/tokens',
    {
      config: { access: { kind: 'member', sessionOnly: true } },
      schema: {
        tags: ['me'],
        summary:
          'Create a personal API token for the current institution; the secret is shown once',
        body: ZCreateApiTokenBody,
        response: { 201: ZCreatedApiToken },
      },
    },
    async (request, reply) => {
      const created = await service.createToken(
        deps.db,
        requireMember(request),
        request.body,
        request.ip,
      );
      reply.status(201);
      return created;
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    {
      config: { access: { kind: 'user' } },
      schema: {
        tags: ['me'],
        summary: 'Revoke one of your API tokens',
        params: z.object({ id: ZId }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.revokeToken(deps.db, requireAuth(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  );
};
