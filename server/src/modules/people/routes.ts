import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMe } from '../../../../contracts/auth';
import { ZId } from '../../../../contracts/common';
import {
  ZAcceptInvitationBody,
  ZCreatedInvitation,
  ZCreateInvitationBody,
  ZInvitation,
  ZInvitationPreview,
  ZMember,
  ZUpdateMemberBody,
} from '../../../../contracts/people';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { clientInfo, signedIn } from '../auth/cookies';
import * as service from './service';

const ZIdParams = z.object({ id: ZId });

export const peopleRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/members',
    {
      config: { access: { kind: 'member', roles: ['admin', 'manager'] } },
      schema: {
        tags: ['people'],
        summary: 'Members of the current institution',
        response: { 200: z.object({ members: z.array(ZMember) }) },
      },
    },
    async (request) => ({
      members: await service.listMembers(deps.db, requireMember(request).institutionId),
    }),
  );

  app.patch(
    '/api/members/:id',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['people'],
        summary: "Change a member's roles or deactivate / reactivate them",
        params: ZIdParams,
        body: ZUpdateMemberBody,
        response: { 200: ZMember },
      },
    },
    async (request) =>
      service.updateMember(
        deps.db,
        requireMember(request),
        request.params.id,
        request.body,
        request.ip,
      ),
  );

  app.get(
    '/api/invitations',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['people'],
        summary: 'Invitations of the current institution, pending first',
        response: { 200: z.object({ invitations: z.array(ZInvitation) }) },
      },
    },
    async (request) => ({
      invitations: await service.listInvitations(deps.db, requireMember(request).institutionId),
    }),
  );

  app.post(
    '/api/invitations',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['people'],
        summary:
          'Invite someone with one or more roles (emailed when SMTP is configured; the link is returned either way)',
        body: ZCreateInvitationBody,
        response: { 201: ZCreatedInvitation },
      },
    },
    async (request, reply) => {
      const created = await service.createInvitation(
        deps,
        requireMember(request),
        request.body,
        request.ip,
      );
      reply.status(201);
      return created;
    },
  );

  app.delete(
    '/api/invitations/:id',
    {
      config: { access: { kind: 'member', roles: ['admin'] } },
      schema: {
        tags: ['people'],
        summary: 'Revoke a pending invitation',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.revokeInvitation(
        deps.db,
        requireMember(request),
        request.params.id,
        request.ip,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/preview/:token',
    {
      config: { access: { kind: 'public' }, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['people'],
        summary: 'What an invitation link offers, or why it can no longer be used',
        params: z.object({ token: z.string().max(200) }),
        response: { 200: ZInvitationPreview },
      },
    },
    async (request) => service.previewInvitation(deps.db, request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: { kind: 'public' }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['people'],
        summary:
          'Accept an invitation: create the account (or confirm an existing one) and sign in',
        body: ZAcceptInvitationBody,
        response: { 200: ZMe },
      },
    },
    async (request, reply) => {
      const r = await service.acceptInvitation(deps, request.body, clientInfo(request));
      return signedIn(deps, reply, r);
    },
  );
};
