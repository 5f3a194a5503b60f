import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddAssessorBody,
  ZAddCoordinatorBody,
  ZAssignBody,
  ZCreateSchemeBody,
  ZCreateSubmissionBody,
  ZDecisionBody,
  ZJudgement,
  ZJudgementBody,
  ZJudgements,
  ZReviewPortfolio,
  ZScheme,
  ZSchemeAssessor,
  ZSchemeAssessorList,
  ZSchemeCoordinator,
  ZSchemeCoordinatorList,
  ZSchemeDashboard,
  ZSchemeList,
  ZSchemeParams,
  ZSchemePersonParams,
  ZSubmission,
  ZSubmissionEvidenceParams,
  ZSubmissionLists,
  ZSubmissionParams,
  ZUpdateAssessorBody,
  ZUpdateSchemeBody,
} from '../../../../contracts/reviews';
import type { Deps } from '../../deps';
import { requireAuth, requireMember } from '../../plugins/auth';
import { notificationRoutes } from '../notifications/routes';
import * as schemes from './schemes';
import * as submissions from './submissions';

const tags = ['reviews'];
/** Any signed-in person: the service checks how they relate to the scheme or submission (404 otherwise). */
const user = { access: { kind: 'user' } } as const;
/** Submitting needs a portfolio, which belongs to the current institution. */
const member = { access: { kind: 'member' } } as const;
const managers = { access: { kind: 'member', roles: ['admin', 'manager'] } } as const;

/** Peer review and accreditation: schemes, submissions, assessors, judgements and decisions. */
export const reviewRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  await app.register(notificationRoutes, deps);
  const viewer = (request: Parameters<typeof requireAuth>[0]) => {
    const a = requireAuth(request);
    return { userId: a.userId, institutionId: a.institutionId };
  };

  // ---- Schemes ----
  app.get(
    '/api/review-schemes',
    {
      config: user,
      schema: {
        tags,
        summary: 'Schemes you can submit to, coordinate or assess for',
        response: { 200: ZSchemeList },
      },
    },
    async (request) => ({ schemes: await schemes.listSchemes(deps.db, viewer(request)) }),
  );
  app.post(
    '/api/review-schemes',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Start a scheme run by your institution',
        body: ZCreateSchemeBody,
        response: { 201: ZScheme },
      },
    },
    async (request, reply) => {
      const a = requireMember(request);
      const s = await schemes.createScheme(
        deps.db,
        { userId: a.userId, institutionId: a.institutionId },
        request.body,
      );
      reply.status(201);
      return s;
    },
  );
  app.get(
    '/api/review-schemes/:id',
    {
      config: user,
      schema: { tags, summary: 'A scheme', params: ZSchemeParams, response: { 200: ZScheme } },
    },
    async (request) => schemes.getScheme(deps.db, viewer(request), request.params.id),
  );
  app.patch(
    '/api/review-schemes/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Change a scheme (coordinators)',
        params: ZSchemeParams,
        body: ZUpdateSchemeBody,
        response: { 200: ZScheme },
      },
    },
    async (request) =>
      schemes.updateScheme(deps.db, viewer(request), request.params.id, request.body),
  );
  app.get(
    '/api/review-schemes/:id/dashboard',
    {
      config: user,
      schema: {
        tags,
        summary: 'Submissions by state and age, past the turnaround target first (coordinators)',
        params: ZSchemeParams,
        response: { 200: ZSchemeDashboard },
      },
    },
    async (request) => submissions.dashboard(deps.db, viewer(request), request.params.id),
  );

  // ---- Scheme people ----
  app.get(
    '/api/review-schemes/:id/assessors',
    {
      config: user,
      schema: {
        tags,
        summary: "The scheme's assessors with their completed assessments (coordinators)",
        params: ZSchemeParams,
        response: { 200: ZSchemeAssessorList },
      },
    },
    async (request) => schemes.listAssessors(deps.db, viewer(request), request.params.id),
  );
  app.post(
    '/api/review-schemes/:id/assessors',
    {
      config: user,
      schema: {
        tags,
        summary: 'Add an assessor by the email of their Cairn account (coordinators)',
        params: ZSchemeParams,
        body: ZAddAssessorBody,
        response: { 201: ZSchemeAssessor },
      },
    },
    async (request, reply) => {
      const a = await schemes.addAssessor(
        deps.db,
        viewer(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return a;
    },
  );
  app.patch(
    '/api/review-schemes/:id/assessors/:userId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Record prior experience, or mark an assessor inactive (coordinators)',
        params: ZSchemePersonParams,
        body: ZUpdateAssessorBody,
        response: { 200: ZSchemeAssessor },
      },
    },
    async (request) =>
      schemes.updateAssessor(
        deps.db,
        viewer(request),
        request.params.id,
        request.params.userId,
        request.body,
      ),
  );
  app.delete(
    '/api/review-schemes/:id/assessors/:userId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Remove an assessor without open assignments (coordinators)',
        params: ZSchemePersonParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await schemes.removeAssessor(
        deps.db,
        viewer(request),
        request.params.id,
        request.params.userId,
      );
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/review-schemes/:id/coordinators',
    {
      config: user,
      schema: {
        tags,
        summary: 'Who coordinates the scheme: by role and by name (coordinators)',
        params: ZSchemeParams,
        response: { 200: ZSchemeCoordinatorList },
      },
    },
    async (request) => schemes.listCoordinators(deps.db, viewer(request), request.params.id),
  );
  app.post(
    '/api/review-schemes/:id/coordinators',
    {
      config: user,
      schema: {
        tags,
        summary: 'Name a coordinator by the email of their Cairn account (coordinators)',
        params: ZSchemeParams,
        body: ZAddCoordinatorBody,
        response: { 201: ZSchemeCoordinator },
      },
    },
    async (request, reply) => {
      const c = await schemes.addCoordinator(
        deps.db,
        viewer(request),
        request.params.id,
        request.body.email,
      );
      reply.status(201);
      return c;
    },
  );
  app.delete(
    '/api/review-schemes/:id/coordinators/:userId',
    {
      config: user,
      schema: {
        tags,
        summary: 'Remove a named coordinator (coordinators)',
        params: ZSchemePersonParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await schemes.removeCoordinator(
        deps.db,
        viewer(request),
        request.params.id,
        request.params.userId,
      );
      return reply.status(204).send(null);
    },
  );

  // ---- Submissions ----
  app.post(
    '/api/review-submissions',
    {
      config: member,
      schema: {
        tags,
        summary: 'Submit a frozen version of your portfolio; the intake check runs at once',
        body: ZCreateSubmissionBody,
        response: { 201: ZSubmission },
      },
    },
    async (request, reply) => {
      const a = requireMember(request);
      const s = await submissions.createSubmission(
        deps,
        { userId: a.userId, institutionId: a.institutionId },
        request.body,
      );
      reply.status(201);
      return s;
    },
  );
  app.get(
    '/api/review-submissions',
    {
      config: user,
      schema: {
        tags,
        summary: 'Your submissions, your assessments and the schemes you coordinate',
        response: { 200: ZSubmissionLists },
      },
    },
    async (request) => submissions.listMine(deps.db, viewer(request)),
  );
  app.get(
    '/api/review-submissions/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'A submission (what you see depends on who you are to it)',
        params: ZSubmissionParams,
        response: { 200: ZSubmission },
      },
    },
    async (request) => submissions.getSubmission(deps.db, viewer(request), request.params.id),
  );
  app.post(
    '/api/review-submissions/:id/withdraw',
    {
      config: user,
      schema: {
        tags,
        summary: 'Withdraw your submission before its decision',
        params: ZSubmissionParams,
        response: { 200: ZSubmission },
      },
    },
    async (request) => submissions.withdraw(deps, viewer(request), request.params.id),
  );
  app.put(
    '/api/review-submissions/:id/assessors',
    {
      config: user,
      schema: {
        tags,
        summary: 'Assign (or change) the lead and second assessor (coordinators)',
        params: ZSubmissionParams,
        body: ZAssignBody,
        response: { 200: ZSubmission },
      },
    },
    async (request) => submissions.assign(deps, viewer(request), request.params.id, request.body),
  );
  app.get(
    '/api/review-submissions/:id/portfolio',
    {
      config: user,
      schema: {
        tags,
        summary: 'The portfolio as it was submitted',
        params: ZSubmissionParams,
        response: { 200: ZReviewPortfolio },
      },
    },
    async (request) => submissions.reviewPortfolio(deps.db, viewer(request), request.params.id),
  );
  app.get(
    '/api/review-submissions/:id/evidence/:evidenceId/file',
    {
      config: user,
      schema: {
        tags,
        summary: 'A file of the submitted portfolio',
        params: ZSubmissionEvidenceParams,
      },
    },
    async (request, reply) =>
      submissions.sendEvidenceFile(
        deps,
        viewer(request),
        request.params.id,
        request.params.evidenceId,
        reply,
      ),
  );
  app.get(
    '/api/review-submissions/:id/judgements',
    {
      config: user,
      schema: {
        tags,
        summary: "Your judgement, and the other's once both are submitted",
        params: ZSubmissionParams,
        response: { 200: ZJudgements },
      },
    },
    async (request) => submissions.judgements(deps.db, viewer(request), request.params.id),
  );
  app.put(
    '/api/review-submissions/:id/judgement',
    {
      config: user,
      schema: {
        tags,
        summary: 'Save your judgement as a draft (assigned assessors)',
        params: ZSubmissionParams,
        body: ZJudgementBody,
        response: { 200: ZJudgement },
      },
    },
    async (request) =>
      submissions.saveJudgement(deps.db, viewer(request), request.params.id, request.body),
  );
  app.post(
    '/api/review-submissions/:id/judgement/submit',
    {
      config: user,
      schema: {
        tags,
        summary: 'Submit your judgement: every section judged and the feedback written',
        params: ZSubmissionParams,
        response: { 200: ZJudgement },
      },
    },
    async (request) => submissions.submitJudgement(deps, viewer(request), request.params.id),
  );
  app.post(
    '/api/review-submissions/:id/decision',
    {
      config: user,
      schema: {
        tags,
        summary: 'Record the decision (lead assessor, once both judgements are in)',
        params: ZSubmissionParams,
        body: ZDecisionBody,
        response: { 200: ZSubmission },
      },
    },
    async (request) =>
      submissions.decide(deps, viewer(request), request.params.id, request.body, request.log),
  );
};
