import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZCopyFrameworkBody,
  ZCreateFrameworkBody,
  ZCreateItemBody,
  ZFrameworkItem,
  ZFrameworkSummary,
  ZPublishBody,
  ZUpdateFrameworkBody,
  ZUpdateItemBody,
} from '../../../../contracts/frameworks';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { requireMember } from '../../plugins/auth';
import * as editing from './editing';
import * as repo from './repository';
import { getFrameworkSummary, toItem } from './service';

const ZIdParams = z.object({ id: ZId });
const editors = { access: { kind: 'member', roles: ['admin', 'manager'] } } as const;
const tags = ['frameworks'];

export const frameworkEditRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const summary = (institutionId: string, id: string) =>
    getFrameworkSummary(deps.db, institutionId, id);
  const item = async (institutionId: string, id: string) => {
    const row = await repo.findOwnItem(deps.db, institutionId, id);
    if (!row) throw AppError.notFound('That framework item');
    return toItem(row);
  };

  app.post(
    '/api/frameworks',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Start a new framework of the institution (a draft)',
        body: ZCreateFrameworkBody,
        response: { 201: ZFrameworkSummary },
      },
    },
    async (request, reply) => {
      const { institutionId } = requireMember(request);
      const id = await editing.createFramework(deps.db, institutionId, request.body);
      reply.status(201);
      return summary(institutionId, id);
    },
  );

  app.patch(
    '/api/frameworks/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Change a draft (title, description, levels...), or whether a version is public',
        params: ZIdParams,
        body: ZUpdateFrameworkBody,
        response: { 200: ZFrameworkSummary },
      },
    },
    async (request) => {
      const { institutionId } = requireMember(request);
      await editing.updateFramework(deps.db, institutionId, request.params.id, request.body);
      return summary(institutionId, request.params.id);
    },
  );

  app.delete(
    '/api/frameworks/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Delete a draft (published versions stay)',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await editing.deleteDraft(deps.db, requireMember(request).institutionId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/frameworks/:id/copy',
    {
      config: editors,
      schema: {
        tags,
        summary:
          'Copy any framework you can read (built-in ones too) into a draft of your own, with its mappings',
        params: ZIdParams,
        body: ZCopyFrameworkBody,
        response: { 201: ZFrameworkSummary },
      },
    },
    async (request, reply) => {
      const { institutionId } = requireMember(request);
      const id = await editing.copyFramework(
        deps.db,
        institutionId,
        request.params.id,
        request.body.title,
      );
      reply.status(201);
      return summary(institutionId, id);
    },
  );

  app.post(
    '/api/frameworks/:id/publish',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Publish a draft under a version label; it is frozen from then on',
        params: ZIdParams,
        body: ZPublishBody,
        response: { 200: ZFrameworkSummary },
      },
    },
    async (request) => {
      const { institutionId } = requireMember(request);
      await editing.publish(deps.db, institutionId, request.params.id, request.body.version);
      return summary(institutionId, request.params.id);
    },
  );

  app.post(
    '/api/frameworks/:id/versions',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Start the next version of a published framework (a draft copy)',
        params: ZIdParams,
        response: { 201: ZFrameworkSummary },
      },
    },
    async (request, reply) => {
      const { institutionId } = requireMember(request);
      const id = await editing.newVersion(deps.db, institutionId, request.params.id);
      reply.status(201);
      return summary(institutionId, id);
    },
  );

  app.post(
    '/api/frameworks/:id/items',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Add an item to a draft, at the end of its parent',
        params: ZIdParams,
        body: ZCreateItemBody,
        response: { 201: ZFrameworkItem },
      },
    },
    async (request, reply) => {
      const { institutionId } = requireMember(request);
      const id = await editing.addItem(deps.db, institutionId, request.params.id, request.body);
      reply.status(201);
      return item(institutionId, id);
    },
  );

  app.patch(
    '/api/framework-items/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Change or move an item of a draft',
        params: ZIdParams,
        body: ZUpdateItemBody,
        response: { 200: ZFrameworkItem },
      },
    },
    async (request) => {
      const { institutionId } = requireMember(request);
      await editing.updateItem(deps.db, institutionId, request.params.id, request.body);
      return item(institutionId, request.params.id);
    },
  );

  app.delete(
    '/api/framework-items/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: 'Delete an item of a draft, with everything under it',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await editing.deleteItem(deps.db, requireMember(request).institutionId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
