import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZNotificationList, ZNotificationParams } from '../../../../contracts/reviews';
import type { Deps } from '../../deps';
import { requireAuth } from '../../plugins/auth';
import * as service from './service';

const tags = ['notifications'];
const user = { access: { kind: 'user' } } as const;

/** A signed-in person's own notifications (each person sees only theirs). */
export const notificationRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/notifications',
    {
      config: user,
      schema: {
        tags,
        summary: 'Your notifications, newest first, with the number unread',
        response: { 200: ZNotificationList },
      },
    },
    async (request) => service.listNotifications(deps.db, requireAuth(request).userId),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: user,
      schema: { tags, summary: 'Mark all your notifications read', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.markAllRead(deps.db, requireAuth(request).userId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: user,
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: ZNotificationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.markRead(deps.db, requireAuth(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
