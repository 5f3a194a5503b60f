import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZAddEvidenceBody,
  ZCompleteness,
  ZCreatePortfolioBody,
  ZCreateTemplateBody,
  ZPortfolio,
  ZPortfolioSummary,
  ZSection,
  ZTemplate,
  ZTemplateSummary,
  ZUpdatePortfolioBody,
  ZUpdateSectionBody,
} from '../../../../contracts/portfolios';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import * as service from './service';

const tags = ['portfolios'];
/** Any member builds portfolios; each is private to its author unless shared. */
const member = { access: { kind: 'member' } } as const;
/** Who sets up the institution's own templates. */
const templateEditors = { access: { kind: 'member', roles: ['admin', 'manager'] } } as const;
const ZIdParams = z.object({ id: ZId });
const ZSectionParams = z.object({ id: ZId, sectionId: ZId });
const ZEvidenceParams = ZSectionParams.extend({ evidenceId: ZId });

export const portfolioRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const me = (request: Parameters<typeof requireMember>[0]) => {
    const a = requireMember(request);
    return { institutionId: a.institutionId, userId: a.userId };
  };

  app.get(
    '/api/portfolio-templates',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Portfolio templates: CMALT pathways and review, ISTE, Advance HE D1-D4, free-form, and your institution’s own',
        response: { 200: z.object({ templates: z.array(ZTemplateSummary) }) },
      },
    },
    async (request) => ({
      templates: await service.listTemplates(deps.db, me(request).institutionId),
    }),
  );

  app.get(
    '/api/portfolio-templates/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'One template with its sections, rules and framework items',
        params: ZIdParams,
        response: { 200: ZTemplate },
      },
    },
    async (request) => service.getTemplate(deps.db, me(request).institutionId, request.params.id),
  );

  app.post(
    '/api/portfolio-templates',
    {
      config: templateEditors,
      schema: {
        tags,
        summary:
          "Add your institution's own template: sections with their parts, word guidance, framework items and rules",
        body: ZCreateTemplateBody,
        response: { 201: ZTemplate },
      },
    },
    async (request, reply) => {
      const tpl = await service.createTemplate(deps.db, me(request).institutionId, request.body);
      reply.status(201);
      return tpl;
    },
  );

  app.delete(
    '/api/portfolio-templates/:id',
    {
      config: templateEditors,
      schema: {
        tags,
        summary: "Delete one of your institution's templates that no portfolio uses",
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteTemplate(deps.db, me(request).institutionId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/portfolios',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your portfolios and those shared with you',
        response: { 200: z.object({ portfolios: z.array(ZPortfolioSummary) }) },
      },
    },
    async (request) => ({ portfolios: await service.listPortfolios(deps.db, me(request)) }),
  );

  app.post(
    '/api/portfolios',
    {
      config: member,
      schema: {
        tags,
        summary: 'Start a portfolio from a template (a review adds to an existing portfolio)',
        body: ZCreatePortfolioBody,
        response: { 201: ZPortfolio },
      },
    },
    async (request, reply) => {
      const p = await service.createPortfolio(deps.db, me(request), request.body);
      reply.status(201);
      return p;
    },
  );

  app.get(
    '/api/portfolios/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'A portfolio with its sections, evidence, completeness check and coverage',
        params: ZIdParams,
        response: { 200: ZPortfolio },
      },
    },
    async (request) => service.getPortfolio(deps.db, me(request), request.params.id),
  );

  app.get(
    '/api/portfolios/:id/completeness',
    {
      config: member,
      schema: {
        tags,
        summary: 'What is missing before you submit',
        params: ZIdParams,
        response: { 200: ZCompleteness },
      },
    },
    async (request) =>
      (await service.getPortfolio(deps.db, me(request), request.params.id)).completeness,
  );

  app.patch(
    '/api/portfolios/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Rename a portfolio',
        params: ZIdParams,
        body: ZUpdatePortfolioBody,
        response: { 200: ZPortfolio },
      },
    },
    async (request) =>
      service.renamePortfolio(deps.db, me(request), request.params.id, request.body.title),
  );

  app.delete(
    '/api/portfolios/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Delete a portfolio',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deletePortfolio(deps.db, me(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/portfolios/:id/sections/:sectionId',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Save a section (send the revision you loaded: if someone saved since, nothing is overwritten and you get 409 with the current version)',
        params: ZSectionParams,
        body: ZUpdateSectionBody,
        response: { 200: ZSection },
      },
    },
    async (request) =>
      service.updateSection(
        deps.db,
        me(request),
        request.params.id,
        request.params.sectionId,
        request.body,
      ),
  );

  app.post(
    '/api/portfolios/:id/sections/:sectionId/evidence',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Add evidence to a section: one of your CPD entries, a web link, or evidence you already use',
        params: ZSectionParams,
        body: ZAddEvidenceBody,
        response: { 201: ZSection },
      },
    },
    async (request, reply) => {
      const s = await service.addEvidence(
        deps.db,
        me(request),
        request.params.id,
        request.params.sectionId,
        request.body,
      );
      reply.status(201);
      return s;
    },
  );

  app.delete(
    '/api/portfolios/:id/sections/:sectionId/evidence/:evidenceId',
    {
      config: member,
      schema: {
        tags,
        summary: 'Take evidence out of a section (it stays in your library and other sections)',
        params: ZEvidenceParams,
        response: { 200: ZSection },
      },
    },
    async (request) =>
      service.removeEvidence(
        deps.db,
        me(request),
        request.params.id,
        request.params.sectionId,
        request.params.evidenceId,
      ),
  );

  app.get(
    '/api/portfolios/:id/sections/:sectionId/suggestions',
    {
      config: member,
      schema: {
        tags,
        summary: 'CPD entries to use as evidence: those tagged with the section’s items first',
        params: ZSectionParams,
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                id: ZId,
                title: z.string(),
                date: z.string(),
                hours: z.number(),
                type: z.string(),
                matchesSection: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      entries: await service.suggestions(
        deps.db,
        me(request),
        request.params.id,
        request.params.sectionId,
      ),
    }),
  );
};
