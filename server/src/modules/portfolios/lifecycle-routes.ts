import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  ZCreateShareBody,
  ZCreateVersionBody,
  ZLinkCheckResult,
  ZPortfolio,
  ZPortfolioShare,
  ZPortfolioVersion,
  ZSection,
  ZSectionRevision,
  ZSharedPortfolio,
  ZVersionComparison,
} from '../../../../contracts/portfolios';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { ACCEPTED_DESCRIPTION, formatBytes, removeFiles } from '../cpd/evidence';
import { checkPortfolioLinks } from './links';
import * as sharing from './sharing';
import * as uploads from './uploads';
import * as versions from './versions';

/*
 * A portfolio's life after it is started: versions and submission, sharing (with people and
 * by secret link, and the read-only page behind a link), link checks, and uploaded files.
 */

const tags = ['portfolios'];
const member = { access: { kind: 'member' } } as const;
/** The page behind a secret link: anyone with the link, counted per address like sign-in. */
const publicDoor = {
  access: { kind: 'public' },
  rateLimit: { max: 100, timeWindow: '1 minute' },
} as const;
const ZIdParams = z.object({ id: ZId });
const ZSectionParams = z.object({ id: ZId, sectionId: ZId });
const ZToken = z.string().min(1).max(200);

const me = (request: FastifyRequest) => {
  const a = requireMember(request);
  return { institutionId: a.institutionId, userId: a.userId };
};

export const portfolioLifecycleRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  // ---- Versions and submission

  app.get(
    '/api/portfolios/:id/versions',
    {
      config: member,
      schema: {
        tags,
        summary: 'Named snapshots and submitted versions of a portfolio, newest first',
        params: ZIdParams,
        response: { 200: z.object({ versions: z.array(ZPortfolioVersion) }) },
      },
    },
    async (request) => ({
      versions: await versions.listVersions(deps.db, me(request), request.params.id),
    }),
  );

  app.post(
    '/api/portfolios/:id/versions',
    {
      config: member,
      schema: {
        tags,
        summary: 'Keep the portfolio as it is now under a name, to compare with later',
        params: ZIdParams,
        body: ZCreateVersionBody,
        response: { 201: ZPortfolioVersion },
      },
    },
    async (request, reply) => {
      const v = await versions.createSnapshot(
        deps.db,
        me(request),
        request.params.id,
        request.body.name,
      );
      reply.status(201);
      return v;
    },
  );

  app.get(
    '/api/portfolios/:id/versions/:versionId/compare',
    {
      config: member,
      schema: {
        tags,
        summary: 'What changed since a version, section by section',
        params: z.object({ id: ZId, versionId: ZId }),
        response: { 200: ZVersionComparison },
      },
    },
    async (request) =>
      versions.compareVersion(deps.db, me(request), request.params.id, request.params.versionId),
  );

  app.get(
    '/api/portfolios/:id/sections/:sectionId/revisions',
    {
      config: member,
      schema: {
        tags,
        summary: 'Every save of a section, newest first',
        params: ZSectionParams,
        response: { 200: z.object({ revisions: z.array(ZSectionRevision) }) },
      },
    },
    async (request) => ({
      revisions: await versions.sectionRevisions(
        deps.db,
        me(request),
        request.params.id,
        request.params.sectionId,
      ),
    }),
  );

  app.post(
    '/api/portfolios/:id/submit',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Submit a portfolio: refused (422, listing what to fix) while the completeness check finds errors; then frozen',
        params: ZIdParams,
        response: { 200: ZPortfolio },
      },
    },
    async (request) => versions.submit(deps.db, me(request), request.params.id),
  );

  app.post(
    '/api/portfolios/:id/copy',
    {
      config: member,
      schema: {
        tags,
        summary: 'Start a new draft from a submitted portfolio (its sections and evidence)',
        params: ZIdParams,
        response: { 201: ZPortfolio },
      },
    },
    async (request, reply) => {
      const p = await versions.copy(deps.db, me(request), request.params.id);
      reply.status(201);
      return p;
    },
  );

  // ---- Sharing

  app.get(
    '/api/portfolios/:id/shares',
    {
      config: member,
      schema: {
        tags,
        summary: 'Who a portfolio is shared with, and its secret links',
        params: ZIdParams,
        response: { 200: z.object({ shares: z.array(ZPortfolioShare) }) },
      },
    },
    async (request) => ({
      shares: await sharing.listShares(deps.db, me(request), request.params.id),
    }),
  );

  app.get(
    '/api/portfolios/:id/share-candidates',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Colleagues you can share this portfolio with: active members of your institution matching the words typed',
        params: ZIdParams,
        querystring: z.object({
          q: z.string().trim().min(2, { message: 'type at least 2 characters' }).max(100),
        }),
        response: {
          200: z.object({
            people: z.array(z.object({ userId: ZId, name: z.string(), email: z.string() })),
          }),
        },
      },
    },
    async (request) => ({
      people: await sharing.shareCandidates(
        deps.db,
        me(request),
        request.params.id,
        request.query.q,
      ),
    }),
  );

  app.post(
    '/api/portfolios/:id/shares',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Share a portfolio with a member of your institution, or make a secret link that expires (its address is shown only now)',
        params: ZIdParams,
        body: ZCreateShareBody,
        response: { 201: ZPortfolioShare },
      },
    },
    async (request, reply) => {
      const s = await sharing.createShare(deps, me(request), request.params.id, request.body);
      reply.status(201);
      return s;
    },
  );

  app.delete(
    '/api/portfolios/:id/shares/:shareId',
    {
      config: member,
      schema: {
        tags,
        summary: 'Withdraw a share or a secret link, at once',
        params: z.object({ id: ZId, shareId: ZId }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await sharing.revokeShare(deps.db, me(request), request.params.id, request.params.shareId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/shared/portfolios/:token',
    {
      config: publicDoor,
      schema: {
        tags,
        summary: 'A portfolio behind a secret link, read-only',
        params: z.object({ token: ZToken }),
        response: { 200: ZSharedPortfolio },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      // The address is the secret: never sent on to linked sites, never indexed.
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-robots-tag', 'noindex, nofollow');
      return sharing.sharedPortfolio(deps.db, request.params.token);
    },
  );

  app.get(
    '/api/shared/portfolios/:token/evidence/:evidenceId/file',
    {
      config: publicDoor,
      schema: {
        tags,
        summary: 'An evidence file of the portfolio behind a secret link',
        params: z.object({ token: ZToken, evidenceId: ZId }),
      },
    },
    async (request, reply) => {
      const row = await sharing.sharedFileRow(
        deps.db,
        request.params.token,
        request.params.evidenceId,
      );
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-robots-tag', 'noindex, nofollow');
      return uploads.sendFile(deps, reply, row);
    },
  );

  // ---- Links

  app.post(
    '/api/portfolios/:id/check-links',
    {
      config: member,
      schema: {
        tags,
        summary: 'Check the web links of a portfolio now (they are also checked daily)',
        params: ZIdParams,
        response: { 200: z.object({ links: z.array(ZLinkCheckResult) }) },
      },
    },
    async (request) => ({
      links: await checkPortfolioLinks(deps, me(request), request.params.id),
    }),
  );

  // ---- Files

  app.get(
    '/api/portfolio-evidence/:id/file',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Download a portfolio evidence file: your own, or one in a portfolio shared with you',
        params: ZIdParams,
      },
    },
    async (request, reply) =>
      uploads.sendFile(
        deps,
        reply,
        await uploads.findReadableFile(deps.db, me(request), request.params.id),
      ),
  );

  // Uploads: multipart bodies are accepted only by the routes in this context.
  await app.register(async (scope) => {
    const up = scope.withTypeProvider<ZodTypeProvider>();
    await up.register(fastifyMultipart, { throwFileSizeLimit: false });
    up.setErrorHandler((err) => {
      if ((err as { code?: string }).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        throw uploads.notMultipart();
      throw err;
    });
    up.post(
      '/api/portfolios/:id/sections/:sectionId/evidence/file',
      {
        config: member,
        schema: {
          tags,
          summary: `Upload a file as evidence to a section (multipart/form-data: an optional "title" field, then one "file"; at most ${formatBytes(deps.config.evidenceMaxBytes)})`,
          description: `Accepted, by content: ${ACCEPTED_DESCRIPTION}.`,
          params: ZSectionParams,
          response: { 201: ZSection },
        },
      },
      async (request, reply) => {
        const o = me(request);
        const { id, sectionId } = request.params;
        await uploads.requireOwnSection(deps.db, o, id, sectionId);
        const { title, upload } = await uploads.receiveFile(deps, request);
        try {
          const section = await uploads.attachFile(deps.db, o, id, sectionId, title, upload);
          reply.status(201);
          return section;
        } catch (err) {
          await removeFiles(deps.store, [upload.key], request.log);
          throw err;
        }
      },
    );
  });
};
