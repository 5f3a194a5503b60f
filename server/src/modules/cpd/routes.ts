import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZBulkBody,
  ZBulkResult,
  ZCpdEntry,
  ZCpdEntryPage,
  ZCpdEntryQuery,
  ZCreateCpdEntryBody,
  ZMarkdownPreview,
  ZMarkdownPreviewBody,
  ZUpdateCpdEntryBody,
} from '../../../../contracts/cpd';
import { renderMarkdown } from '../../lib/markdown';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import * as service from './service';

const ZIdParams = z.object({ id: ZId });
const tags = ['cpd'];
/** Any member keeps a CPD log; every entry is private to its author. */
const member = { access: { kind: 'member' } } as const;

export const cpdRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const owner = (request: Parameters<typeof requireMember>[0]) => {
    const a = requireMember(request);
    return { institutionId: a.institutionId, userId: a.userId };
  };

  app.post(
    '/api/cpd/entries',
    {
      config: member,
      schema: {
        tags,
        summary: 'Log CPD: a title is enough (date defaults to today, 1 hour, type other)',
        body: ZCreateCpdEntryBody,
        response: { 201: ZCpdEntry },
      },
    },
    async (request, reply) => {
      const entry = await service.createEntry(deps.db, owner(request), request.body);
      reply.status(201);
      return entry;
    },
  );

  app.get(
    '/api/cpd/entries',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Your CPD entries, newest first, with filters and full-text search over titles and reflections',
        querystring: ZCpdEntryQuery,
        response: { 200: ZCpdEntryPage },
      },
    },
    async (request) => service.listEntries(deps.db, owner(request), request.query),
  );

  app.get(
    '/api/cpd/entries/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'One of your CPD entries',
        params: ZIdParams,
        response: { 200: ZCpdEntry },
      },
    },
    async (request) => service.getEntry(deps.db, owner(request), request.params.id),
  );

  app.patch(
    '/api/cpd/entries/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change one of your CPD entries',
        params: ZIdParams,
        body: ZUpdateCpdEntryBody,
        response: { 200: ZCpdEntry },
      },
    },
    async (request) =>
      service.updateEntry(deps.db, owner(request), request.params.id, request.body),
  );

  app.delete(
    '/api/cpd/entries/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Delete one of your CPD entries',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteEntry(deps.db, owner(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/cpd/entries/bulk',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Curate many entries: tag, untag, mark significant, share, confirm drafts, delete, and restore (undo a delete)',
        body: ZBulkBody,
        response: { 200: ZBulkResult },
      },
    },
    async (request) => service.bulk(deps.db, owner(request), request.body),
  );

  app.post(
    '/api/cpd/markdown-preview',
    {
      config: member,
      schema: {
        tags,
        summary: 'Render a reflection as it will be shown: Markdown to sanitised HTML',
        body: ZMarkdownPreviewBody,
        response: { 200: ZMarkdownPreview },
      },
    },
    async (request) => ({ html: renderMarkdown(request.body.markdown) ?? '' }),
  );
};
