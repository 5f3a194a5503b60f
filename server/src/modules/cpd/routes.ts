import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZBulkBody,
  ZBulkResult,
  ZCpdEntry,
  ZCpdDashboard,
  ZCpdEntryPage,
  ZCpdSettings,
  ZCreateGoalBody,
  ZGoal,
  ZTeamMemberDetail,
  ZTeamSummaries,
  ZUpdateCpdSettingsBody,
  ZUpdateGoalBody,
  ZYearQuery,
  ZCpdEntryQuery,
  ZCreateCpdEntryBody,
  ZMarkdownPreview,
  ZMarkdownPreviewBody,
  ZUpdateCpdEntryBody,
} from '../../../../contracts/cpd';
import { renderMarkdown } from '../../lib/markdown';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import * as goals from './goals';
import * as insights from './insights';
import * as service from './service';

const ZIdParams = z.object({ id: ZId });
const tags = ['cpd'];
/** Any member keeps a CPD log; every entry is private to its author. */
const member = { access: { kind: 'member' } } as const;
/** Managers see summaries people chose to share, and entries shared one by one. */
const managers = { access: { kind: 'member', roles: ['manager', 'admin'] } } as const;
const ZUserParams = z.object({ userId: ZId });

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

  app.get(
    '/api/cpd/dashboard',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Your year: hours against the target, by type and month, protected versus personal, coverage per framework, recent entries and goals due',
        querystring: ZYearQuery,
        response: { 200: ZCpdDashboard },
      },
    },
    async (request) =>
      insights.dashboard(deps.db, owner(request), request.query.year ?? insights.currentYear()),
  );

  app.get(
    '/api/cpd/settings',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Your yearly target, whether managers see your summary, and the dashboard frameworks',
        response: { 200: ZCpdSettings },
      },
    },
    async (request) => insights.getSettings(deps.db, owner(request)),
  );

  app.patch(
    '/api/cpd/settings',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change your yearly target, summary sharing or dashboard frameworks',
        body: ZUpdateCpdSettingsBody,
        response: { 200: ZCpdSettings },
      },
    },
    async (request) => insights.updateSettings(deps.db, owner(request), request.body),
  );

  app.get(
    '/api/cpd/goals',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your CPD goals: open ones first, by due date',
        response: { 200: z.object({ goals: z.array(ZGoal) }) },
      },
    },
    async (request) => ({ goals: await goals.listGoals(deps.db, owner(request)) }),
  );

  app.post(
    '/api/cpd/goals',
    {
      config: member,
      schema: {
        tags,
        summary: 'Set a goal, with a due date and the framework items it is about',
        body: ZCreateGoalBody,
        response: { 201: ZGoal },
      },
    },
    async (request, reply) => {
      const goal = await goals.createGoal(deps.db, owner(request), request.body);
      reply.status(201);
      return goal;
    },
  );

  app.patch(
    '/api/cpd/goals/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change a goal or its status',
        params: ZIdParams,
        body: ZUpdateGoalBody,
        response: { 200: ZGoal },
      },
    },
    async (request) => goals.updateGoal(deps.db, owner(request), request.params.id, request.body),
  );

  app.delete(
    '/api/cpd/goals/:id',
    {
      config: member,
      schema: { tags, summary: 'Delete a goal', params: ZIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await goals.deleteGoal(deps.db, owner(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/cpd/team',
    {
      config: managers,
      schema: {
        tags,
        summary:
          "The institution's people with the CPD summaries they chose to share (hours by type, protected time); never reflections",
        querystring: ZYearQuery,
        response: { 200: ZTeamSummaries },
      },
    },
    async (request) =>
      insights.teamSummaries(
        deps.db,
        requireMember(request).institutionId,
        request.query.year ?? insights.currentYear(),
      ),
  );

  app.get(
    '/api/cpd/team/:userId',
    {
      config: managers,
      schema: {
        tags,
        summary: "One person's shared summary and the entries they shared one by one",
        params: ZUserParams,
        querystring: ZYearQuery,
        response: { 200: ZTeamMemberDetail },
      },
    },
    async (request) =>
      insights.teamMember(
        deps.db,
        requireMember(request).institutionId,
        request.params.userId,
        request.query.year ?? insights.currentYear(),
      ),
  );
};
