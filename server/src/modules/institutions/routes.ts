import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCreateInstitutionBody, ZMe, ZSwitchInstitutionBody } from '../../../../contracts/auth';
import { ZInstitution, ZUpdateInstitutionBody } from '../../../../contracts/system';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { requireAuth, requireMember } from '../../plugins/auth';
import { buildMe } from '../auth/service';
import { updateUser } from '../auth/repository';
import { setSessionInstitution } from '../auth/repository';
import * as service from './service';

export const institutionRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/institution',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['institutions'],
        summary: 'The current institution',
        response: { 200: ZInstitution },
      },
    },
    async (request) => service.getInstitution(deps.db, requireMember(request).institutionId),
  );

  app.patch(
    '/api/institution',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['institutions'],
        summary: 'Rename the current institution or change its sector',
        body: ZUpdateInstitutionBody,
        response: { 200: ZInstitution },
      },
    },
    async (request) => {
      const auth = requireMember(request);
      return service.updateInstitution(
        deps.db,
        auth.institutionId,
        request.body,
        { userId: auth.userId, email: auth.email },
        request.ip,
      );
    },
  );

  app.post(
    '/api/institutions',
    {
      config: { access: { kind: 'user', sessionOnly: true } },
      schema: {
        tags: ['institutions'],
        summary:
          'Create another institution; you become its administrator and work in it from now on',
        body: ZCreateInstitutionBody,
        response: { 201: ZMe },
      },
    },
    async (request, reply) => {
      if (!deps.config.allowInstitutionCreation) {
        throw AppError.forbidden(
          'This server does not let people create institutions. Ask its operator.',
        );
      }
      const auth = requireAuth(request);
      const institutionId = await deps.db.transaction().execute(async (trx) => {
        const id = await service.createInstitutionWithAdmin(trx, {
          ...request.body,
          userId: auth.userId,
          actor: { userId: auth.userId, email: auth.email },
          ip: request.ip,
        });
        if (auth.sessionId) await setSessionInstitution(trx, auth.sessionId, id);
        await updateUser(trx, auth.userId, { last_institution_id: id });
        return id;
      });
      reply.status(201);
      return buildMe(deps.db, { userId: auth.userId, institutionId, via: 'session' });
    },
  );

  app.post(
    '/api/me/institution',
    {
      config: { access: { kind: 'user', sessionOnly: true } },
      schema: {
        tags: ['institutions'],
        summary: 'Switch the institution this browser session works in',
        body: ZSwitchInstitutionBody,
        response: { 200: ZMe },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      if (!auth.sessionId) throw AppError.forbidden();
      await service.switchInstitution(
        deps.db,
        auth.userId,
        auth.sessionId,
        request.body.institutionId,
      );
      return buildMe(deps.db, {
        userId: auth.userId,
        institutionId: request.body.institutionId,
        via: 'session',
      });
    },
  );
};
