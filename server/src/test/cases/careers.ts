import { expect } from 'vitest';
import { CMALT } from '../../modules/frameworks/builtin/cmalt';
import { builtinItemIdentifier } from '../../modules/frameworks/builtin/sync';
import { call, type Tenant, type TestApp } from '../harness';
import { type Case, PLACEHOLDER_ID } from './types';

/** Careers routes in the authorisation harness. */

const CMALT_ID = CMALT.identifier;
const CMALT_1A = builtinItemIdentifier(CMALT, '1a');

/** A CMALT self-assessment of the owner's administrator, with 1a rated 3 and a secret note. */
async function ownAssessment(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/careers/assessments', {
    as: owner.admin,
    body: { frameworkId: CMALT_ID },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.data().id as string;
  const rated = await call(t, 'PATCH', `/api/careers/assessments/${id}/ratings`, {
    as: owner.admin,
    body: { ratings: [{ itemId: CMALT_1A, level: 3, note: 'tenant-a-secret note' }] },
  });
  expect(rated.statusCode, rated.body).toBe(200);
  return id;
}

async function assessmentIntact(t: TestApp, owner: Tenant, id: string) {
  const res = await call(t, 'GET', `/api/careers/assessments/${id}`, { as: owner.admin });
  expect(res.statusCode).toBe(200);
  expect(res.data()).toMatchObject({ status: 'draft', rated: 1 });
  expect(res.data().ratings[0]).toMatchObject({ level: 3, note: 'tenant-a-secret note' });
}

async function ownRoleProfile(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/careers/role-profiles', {
    as: owner.admin,
    body: {
      name: 'tenant-a-secret role profile',
      frameworkId: CMALT_ID,
      requirements: [{ itemId: CMALT_1A, level: 3 }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

async function roleProfileIntact(t: TestApp, owner: Tenant, id: string) {
  const list = (await call(t, 'GET', '/api/careers/role-profiles', { as: owner.admin })).data()
    .roleProfiles;
  expect(list.find((p: { id: string }) => p.id === id)).toMatchObject({
    name: 'tenant-a-secret role profile',
    requirements: [{ itemId: CMALT_1A, level: 3 }],
  });
}

/** A plan goal of the owner's administrator with one milestone. */
async function ownPlanGoal(t: TestApp, owner: Tenant) {
  const res = await call(t, 'POST', '/api/careers/plan/goals', {
    as: owner.admin,
    body: { title: 'tenant-a-secret goal', milestones: [{ title: 'tenant-a-secret milestone' }] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.data().id as string, milestoneId: res.data().milestones[0].id as string };
}

async function planIntact(t: TestApp, owner: Tenant, id: string) {
  const goals = (await call(t, 'GET', '/api/careers/plan', { as: owner.admin })).data().goals;
  expect(goals.find((g: { id: string }) => g.id === id)).toMatchObject({
    title: 'tenant-a-secret goal',
    status: 'not-started',
    milestones: [{ title: 'tenant-a-secret milestone', doneAt: null }],
  });
}

/** The owner's administrator shares a profile with managers. */
async function sharedProfile(t: TestApp, owner: Tenant) {
  const res = await call(t, 'PATCH', '/api/careers/profile', {
    as: owner.admin,
    body: {
      jobTitle: 'Senior Learning Technologist',
      employer: 'tenant-a-secret employer',
      shareWithManagers: true,
    },
  });
  expect(res.statusCode, res.body).toBe(200);
}

export const CAREER_CASES: Record<string, Case> = {
  'GET /api/careers/profile': { leak: true },
  'PATCH /api/careers/profile': { body: { employer: 'Riverside College' } },
  'PUT /api/careers/profile/classification': {
    body: { correction: { family: 'learning-designer', seniority: 'senior' } },
  },
  'GET /api/careers/assessments': { leak: true },
  'POST /api/careers/assessments': {
    body: { frameworkId: CMALT_ID },
    foreign: async (t, owner) => {
      const id = await ownAssessment(t, owner);
      return {
        url: '/api/careers/assessments',
        body: { frameworkId: CMALT_ID, copyFromId: id },
        unchanged: () => assessmentIntact(t, owner, id),
      };
    },
  },
  'GET /api/careers/assessments/:id': {
    foreign: async (t, owner) => ({
      url: `/api/careers/assessments/${await ownAssessment(t, owner)}`,
    }),
  },
  'PATCH /api/careers/assessments/:id/ratings': {
    body: { ratings: [{ itemId: CMALT_1A, level: 1 }] },
    foreign: async (t, owner) => {
      const id = await ownAssessment(t, owner);
      return {
        url: `/api/careers/assessments/${id}/ratings`,
        unchanged: () => assessmentIntact(t, owner, id),
      };
    },
  },
  'POST /api/careers/assessments/:id/complete': {
    foreign: async (t, owner) => {
      const id = await ownAssessment(t, owner);
      return {
        url: `/api/careers/assessments/${id}/complete`,
        unchanged: () => assessmentIntact(t, owner, id),
      };
    },
  },
  'DELETE /api/careers/assessments/:id': {
    foreign: async (t, owner) => {
      const id = await ownAssessment(t, owner);
      return {
        url: `/api/careers/assessments/${id}`,
        unchanged: () => assessmentIntact(t, owner, id),
      };
    },
  },
  'GET /api/careers/assessments/:id/compare': {
    url: `/api/careers/assessments/${PLACEHOLDER_ID}/compare?with=${PLACEHOLDER_ID}`,
    foreign: async (t, owner) => {
      const x = await ownAssessment(t, owner);
      const y = await ownAssessment(t, owner);
      return { url: `/api/careers/assessments/${x}/compare?with=${y}` };
    },
  },
  'GET /api/careers/role-profiles': { leak: true },
  'POST /api/careers/role-profiles': {
    body: {
      name: 'District educational technologist',
      frameworkId: CMALT_ID,
      requirements: [{ itemId: CMALT_1A, level: 2 }],
    },
  },
  'PATCH /api/careers/role-profiles/:id': {
    body: { name: 'Renamed by someone else' },
    foreign: async (t, owner) => {
      const id = await ownRoleProfile(t, owner);
      return {
        url: `/api/careers/role-profiles/${id}`,
        unchanged: () => roleProfileIntact(t, owner, id),
      };
    },
  },
  'DELETE /api/careers/role-profiles/:id': {
    foreign: async (t, owner) => {
      const id = await ownRoleProfile(t, owner);
      return {
        url: `/api/careers/role-profiles/${id}`,
        unchanged: () => roleProfileIntact(t, owner, id),
      };
    },
  },
  'GET /api/careers/target': { leak: true },
  'PUT /api/careers/target': {
    body: { target: { kind: 'role', family: 'learning-technologist', seniority: 'senior' } },
    foreign: async (t, owner) => {
      const id = await ownRoleProfile(t, owner);
      return {
        url: '/api/careers/target',
        body: { target: { kind: 'role-profile', roleProfileId: id } },
        unchanged: () => roleProfileIntact(t, owner, id),
      };
    },
  },
  'GET /api/careers/gap': { leak: true },
  'GET /api/careers/recommendations': { leak: true },
  'GET /api/careers/plan': { leak: true },
  'POST /api/careers/plan/goals': { body: { title: 'Gain CMALT' } },
  'PATCH /api/careers/plan/goals/:id': {
    body: { status: 'dropped' },
    foreign: async (t, owner) => {
      const g = await ownPlanGoal(t, owner);
      return {
        url: `/api/careers/plan/goals/${g.id}`,
        unchanged: () => planIntact(t, owner, g.id),
      };
    },
  },
  'DELETE /api/careers/plan/goals/:id': {
    foreign: async (t, owner) => {
      const g = await ownPlanGoal(t, owner);
      return {
        url: `/api/careers/plan/goals/${g.id}`,
        unchanged: () => planIntact(t, owner, g.id),
      };
    },
  },
  'POST /api/careers/plan/goals/:id/milestones': {
    body: { title: 'Draft the contextual statement' },
    foreign: async (t, owner) => {
      const g = await ownPlanGoal(t, owner);
      return {
        url: `/api/careers/plan/goals/${g.id}/milestones`,
        unchanged: () => planIntact(t, owner, g.id),
      };
    },
  },
  'PATCH /api/careers/plan/goals/:id/milestones/:milestoneId': {
    body: { done: true },
    foreign: async (t, owner) => {
      const g = await ownPlanGoal(t, owner);
      return {
        url: `/api/careers/plan/goals/${g.id}/milestones/${g.milestoneId}`,
        unchanged: () => planIntact(t, owner, g.id),
      };
    },
  },
  'DELETE /api/careers/plan/goals/:id/milestones/:milestoneId': {
    foreign: async (t, owner) => {
      const g = await ownPlanGoal(t, owner);
      return {
        url: `/api/careers/plan/goals/${g.id}/milestones/${g.milestoneId}`,
        unchanged: () => planIntact(t, owner, g.id),
      };
    },
  },
  'GET /api/team/careers': {
    leak: true,
  },
  'GET /api/team/careers/:userId': {
    foreign: async (t, owner) => {
      await sharedProfile(t, owner);
      return { url: `/api/team/careers/${owner.admin.userId}` };
    },
  },
};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CAREER_PUBLIC_ROUTES: string[] = [];
