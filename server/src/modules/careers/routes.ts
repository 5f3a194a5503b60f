import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAssessment,
  ZAssessmentComparison,
  ZAssessmentSummary,
  ZCareerProfile,
  ZCareerTarget,
  ZCorrectClassificationBody,
  ZCreateAssessmentBody,
  ZCreateMilestoneBody,
  ZCreatePlanGoalBody,
  ZCreateRoleProfileBody,
  ZGapResponse,
  ZPlanGoal,
  ZRateBody,
  ZRoleProfile,
  ZSetTargetBody,
  ZTeamCareerSummary,
  ZUpdateCareerProfileBody,
  ZUpdateMilestoneBody,
  ZUpdatePlanGoalBody,
  ZUpdateRoleProfileBody,
} from '../../../../contracts/careers';
import { ZRecommendations } from '../../../../contracts/careers-recommendations';
import { ZId } from '../../../../contracts/common';
import type { Deps } from '../../deps';
import { requireMember } from '../../plugins/auth';
import { recommendationsFor } from './advice';
import * as assessments from './assessments';
import { gapAnalysis } from './gap';
import * as plan from './plan';
import * as profile from './profile';
import * as roles from './role-profiles';
import * as team from './team';

const tags = ['careers'];
/** Any member keeps a career profile, assessments and a plan, private to them. */
const member = { access: { kind: 'member' } } as const;
/** Managers and admins define role profiles and see the profiles people share with them. */
const managers = { access: { kind: 'member', roles: ['manager', 'admin'] } } as const;
const ZIdParams = z.object({ id: ZId });
const ZMilestoneParams = z.object({ id: ZId, milestoneId: ZId });
const ZTargetView = z.object({
  target: ZCareerTarget.nullable(),
  roleProfile: ZRoleProfile.nullable(),
});
const noContent = { 204: z.null() };

/** Careers: profiles, self-assessment, targets, gap analysis, recommendations and the plan. */
export const careerRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  const { db } = deps;
  const owner = (request: Parameters<typeof requireMember>[0]) => {
    const a = requireMember(request);
    return { institutionId: a.institutionId, userId: a.userId };
  };

  // ---- Profile

  app.get(
    '/api/careers/profile',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your career profile (empty until you save something)',
        response: { 200: ZCareerProfile },
      },
    },
    async (request) => profile.getProfile(db, owner(request)),
  );

  app.patch(
    '/api/careers/profile',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change your career profile; a new job title is classified',
        body: ZUpdateCareerProfileBody,
        response: { 200: ZCareerProfile },
      },
    },
    async (request) => profile.updateProfile(db, owner(request), request.body),
  );

  app.put(
    '/api/careers/profile/classification',
    {
      config: member,
      schema: {
        tags,
        summary: 'Correct the classification of your job title (null removes the correction)',
        body: ZCorrectClassificationBody,
        response: { 200: ZCareerProfile },
      },
    },
    async (request) => profile.correctClassification(db, owner(request), request.body),
  );

  // ---- Self-assessments

  app.get(
    '/api/careers/assessments',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your self-assessments, newest first',
        response: { 200: z.object({ assessments: z.array(ZAssessmentSummary) }) },
      },
    },
    async (request) => ({ assessments: await assessments.listAssessments(db, owner(request)) }),
  );

  app.post(
    '/api/careers/assessments',
    {
      config: member,
      schema: {
        tags,
        summary: 'Start a self-assessment against a framework, or repeat an earlier one',
        body: ZCreateAssessmentBody,
        response: { 201: ZAssessment },
      },
    },
    async (request, reply) => {
      const a = await assessments.createAssessment(db, owner(request), request.body);
      reply.status(201);
      return a;
    },
  );

  app.get(
    '/api/careers/assessments/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'One of your self-assessments with its scale and ratings',
        params: ZIdParams,
        response: { 200: ZAssessment },
      },
    },
    async (request) => assessments.getAssessment(db, owner(request), request.params.id),
  );

  app.patch(
    '/api/careers/assessments/:id/ratings',
    {
      config: member,
      schema: {
        tags,
        summary: 'Rate items (level, note, CPD entries as evidence); a null level removes one',
        params: ZIdParams,
        body: ZRateBody,
        response: { 200: ZAssessment },
      },
    },
    async (request) => assessments.rate(db, owner(request), request.params.id, request.body),
  );

  app.post(
    '/api/careers/assessments/:id/complete',
    {
      config: member,
      schema: {
        tags,
        summary: 'Complete a self-assessment (it no longer changes)',
        params: ZIdParams,
        response: { 200: ZAssessment },
      },
    },
    async (request) => assessments.complete(db, owner(request), request.params.id),
  );

  app.delete(
    '/api/careers/assessments/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Delete one of your self-assessments',
        params: ZIdParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await assessments.remove(db, owner(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/careers/assessments/:id/compare',
    {
      config: member,
      schema: {
        tags,
        summary: 'Two of your assessments of the same framework side by side',
        params: ZIdParams,
        querystring: z.object({ with: ZId }),
        response: { 200: ZAssessmentComparison },
      },
    },
    async (request) =>
      assessments.compare(db, owner(request), request.params.id, request.query.with),
  );

  // ---- Role profiles and target

  app.get(
    '/api/careers/role-profiles',
    {
      config: member,
      schema: {
        tags,
        summary: 'Role profiles: your institution’s own, then the built-in ones',
        response: { 200: z.object({ roleProfiles: z.array(ZRoleProfile) }) },
      },
    },
    async (request) => ({
      roleProfiles: await roles.listRoleProfiles(db, owner(request).institutionId),
    }),
  );

  app.post(
    '/api/careers/role-profiles',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Define a role profile of your institution (managers and admins)',
        body: ZCreateRoleProfileBody,
        response: { 201: ZRoleProfile },
      },
    },
    async (request, reply) => {
      const p = await roles.createRoleProfile(db, owner(request).institutionId, request.body);
      reply.status(201);
      return p;
    },
  );

  app.patch(
    '/api/careers/role-profiles/:id',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Change a role profile of your institution (built-in ones cannot change)',
        params: ZIdParams,
        body: ZUpdateRoleProfileBody,
        response: { 200: ZRoleProfile },
      },
    },
    async (request) =>
      roles.updateRoleProfile(db, owner(request).institutionId, request.params.id, request.body),
  );

  app.delete(
    '/api/careers/role-profiles/:id',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Delete a role profile of your institution',
        params: ZIdParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await roles.deleteRoleProfile(db, owner(request).institutionId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/careers/target',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your target and the role profile it resolves to',
        response: { 200: ZTargetView },
      },
    },
    async (request) => roles.getTarget(db, owner(request)),
  );

  app.put(
    '/api/careers/target',
    {
      config: member,
      schema: {
        tags,
        summary: 'Choose a target: a role family and seniority, or a role profile (null clears it)',
        body: ZSetTargetBody,
        response: { 200: ZTargetView },
      },
    },
    async (request) => roles.setTarget(db, owner(request), request.body),
  );

  app.get(
    '/api/careers/gap',
    {
      config: member,
      schema: {
        tags,
        summary: 'Gap analysis against your target (null until you choose one)',
        response: { 200: ZGapResponse },
      },
    },
    async (request) => ({ analysis: await gapAnalysis(db, owner(request)) }),
  );

  app.get(
    '/api/careers/recommendations',
    {
      config: member,
      schema: {
        tags,
        summary: 'Recommendations for your career, each with its reasons and sources',
        response: { 200: ZRecommendations },
      },
    },
    async (request) => recommendationsFor(db, owner(request)),
  );

  // ---- Plan

  app.get(
    '/api/careers/plan',
    {
      config: member,
      schema: {
        tags,
        summary: 'Your career plan: goals (linked CPD goals) with milestones',
        response: { 200: z.object({ goals: z.array(ZPlanGoal) }) },
      },
    },
    async (request) => ({ goals: await plan.listPlan(db, owner(request)) }),
  );

  app.post(
    '/api/careers/plan/goals',
    {
      config: member,
      schema: {
        tags,
        summary: 'Add a goal to your plan (it is also a CPD goal)',
        body: ZCreatePlanGoalBody,
        response: { 201: ZPlanGoal },
      },
    },
    async (request, reply) => {
      const g = await plan.createPlanGoal(db, owner(request), request.body);
      reply.status(201);
      return g;
    },
  );

  app.patch(
    '/api/careers/plan/goals/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change a plan goal (and its CPD goal)',
        params: ZIdParams,
        body: ZUpdatePlanGoalBody,
        response: { 200: ZPlanGoal },
      },
    },
    async (request) => plan.updatePlanGoal(db, owner(request), request.params.id, request.body),
  );

  app.delete(
    '/api/careers/plan/goals/:id',
    {
      config: member,
      schema: {
        tags,
        summary: 'Delete a plan goal and its CPD goal',
        params: ZIdParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await plan.deletePlanGoal(db, owner(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/careers/plan/goals/:id/milestones',
    {
      config: member,
      schema: {
        tags,
        summary: 'Add a milestone to a plan goal',
        params: ZIdParams,
        body: ZCreateMilestoneBody,
        response: { 201: ZPlanGoal },
      },
    },
    async (request, reply) => {
      const g = await plan.addMilestone(db, owner(request), request.params.id, request.body);
      reply.status(201);
      return g;
    },
  );

  app.patch(
    '/api/careers/plan/goals/:id/milestones/:milestoneId',
    {
      config: member,
      schema: {
        tags,
        summary: 'Change a milestone or mark it done',
        params: ZMilestoneParams,
        body: ZUpdateMilestoneBody,
        response: { 200: ZPlanGoal },
      },
    },
    async (request) =>
      plan.updateMilestone(
        db,
        owner(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
      ),
  );

  app.delete(
    '/api/careers/plan/goals/:id/milestones/:milestoneId',
    {
      config: member,
      schema: {
        tags,
        summary: 'Remove a milestone',
        params: ZMilestoneParams,
        response: { 200: ZPlanGoal },
      },
    },
    async (request) =>
      plan.deleteMilestone(db, owner(request), request.params.id, request.params.milestoneId),
  );

  // ---- Managers' view

  app.get(
    '/api/team/careers',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Career profiles people share with managers (managers and admins)',
        response: { 200: z.object({ people: z.array(ZTeamCareerSummary) }) },
      },
    },
    async (request) => ({ people: await team.listTeam(db, owner(request).institutionId) }),
  );

  app.get(
    '/api/team/careers/:userId',
    {
      config: managers,
      schema: {
        tags,
        summary: 'One person’s shared career profile (404 unless they share it)',
        params: z.object({ userId: ZId }),
        response: { 200: z.object({ summary: ZTeamCareerSummary, profile: ZCareerProfile }) },
      },
    },
    async (request) => team.getTeamMember(db, owner(request).institutionId, request.params.userId),
  );
};
