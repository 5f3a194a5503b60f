import { expect } from 'vitest';
import { notify } from '../../modules/notifications/service';
import { call, type Tenant, type TestApp } from '../harness';
import { type Case, PLACEHOLDER_ID } from './types';

/** Peer-review routes (and notifications) in the authorisation harness. */

/** A notification of the owner's administrator, unread. */
async function ownNotification(t: TestApp, owner: Tenant) {
  await notify(t.deps, {
    userId: owner.admin.userId,
    institutionId: owner.institutionId,
    kind: 'test',
    title: 'tenant-a-secret notification',
    body: 'tenant-a-secret',
    link: '/reviews',
    dedupeKey: `auth-${crypto.randomUUID()}`,
  });
  const list = (await call(t, 'GET', '/api/notifications', { as: owner.admin })).data();
  const n = list.notifications.find(
    (x: { title: string; readAt: string | null }) =>
      x.title === 'tenant-a-secret notification' && !x.readAt,
  );
  return {
    url: `/api/notifications/${n.id}/read`,
    unchanged: async () => {
      const after = (await call(t, 'GET', '/api/notifications', { as: owner.admin })).data();
      expect(after.notifications.find((x: { id: string }) => x.id === n.id).readAt).toBeNull();
    },
  };
}

/** A scheme of the owner's institution (open to its own members only), with an assessor. */
const schemes = new Map<string, string>();
async function ownScheme(t: TestApp, owner: Tenant): Promise<string> {
  const known = schemes.get(owner.institutionId);
  if (known) return known;
  const res = await call(t, 'POST', '/api/review-schemes', {
    as: owner.admin,
    body: {
      name: 'tenant-a-secret scheme',
      acceptedTemplateIds: ['cmalt'],
      achievement: {
        name: 'CMALT',
        description: 'Certified',
        criteriaNarrative: 'Two assessors',
        frameworkId: null,
      },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id: string = res.data().id;
  const added = await call(t, 'POST', `/api/review-schemes/${id}/assessors`, {
    as: owner.admin,
    body: { email: owner.assessor.email, priorSecondAssessments: 3 },
  });
  expect(added.statusCode, added.body).toBe(201);
  schemes.set(owner.institutionId, id);
  return id;
}

async function schemeIntact(t: TestApp, owner: Tenant, id: string) {
  const s = (await call(t, 'GET', `/api/review-schemes/${id}`, { as: owner.admin })).data();
  expect(s.name).toBe('tenant-a-secret scheme');
  const a = (
    await call(t, 'GET', `/api/review-schemes/${id}/assessors`, { as: owner.admin })
  ).data();
  expect(a.assessors.map((x: { userId: string; active: boolean }) => [x.userId, x.active])).toEqual(
    [[owner.assessor.userId, true]],
  );
}

/** A submission of the owner's practitioner (an empty portfolio: intake fails, which is enough). */
async function ownSubmission(t: TestApp, owner: Tenant): Promise<string> {
  const schemeId = await ownScheme(t, owner);
  const templates = (
    await call(t, 'GET', '/api/portfolio-templates', { as: owner.practitioner })
  ).data().templates;
  const p = await call(t, 'POST', '/api/portfolios', {
    as: owner.practitioner,
    body: { templateId: templates.find((x: { key: string }) => x.key === 'cmalt').id },
  });
  expect(p.statusCode, p.body).toBe(201);
  const s = await call(t, 'POST', '/api/review-submissions', {
    as: owner.practitioner,
    body: { schemeId, portfolioId: p.data().id, kind: 'first' },
  });
  expect(s.statusCode, s.body).toBe(201);
  return s.data().id;
}

async function submissionIntact(t: TestApp, owner: Tenant, id: string) {
  const s = (
    await call(t, 'GET', `/api/review-submissions/${id}`, { as: owner.practitioner })
  ).data();
  expect(s).toMatchObject({ state: 'intake-failed', decision: null });
}

const scheme =
  (suffix: string, body?: unknown, check = true): Case['foreign'] =>
  async (t, owner) => {
    const id = await ownScheme(t, owner);
    return {
      url: `/api/review-schemes/${id}${suffix}`,
      ...(body ? { body } : {}),
      ...(check ? { unchanged: () => schemeIntact(t, owner, id) } : {}),
    };
  };
const person =
  (path: 'assessors' | 'coordinators', body?: unknown): Case['foreign'] =>
  async (t, owner) => {
    const id = await ownScheme(t, owner);
    return {
      url: `/api/review-schemes/${id}/${path}/${owner.assessor.userId}`,
      ...(body ? { body } : {}),
      unchanged: () => schemeIntact(t, owner, id),
    };
  };
const submission =
  (suffix: string, body?: unknown): Case['foreign'] =>
  async (t, owner) => {
    const id = await ownSubmission(t, owner);
    return {
      url: `/api/review-submissions/${id}${suffix}`,
      ...(body ? { body } : {}),
      unchanged: () => submissionIntact(t, owner, id),
    };
  };

const assignBody = {
  leadUserId: PLACEHOLDER_ID,
  secondUserId: '00000000-0000-4000-8000-000000000001',
};
const judgementBody = { sections: [], overallFeedback: 'Clear', recommendation: 'pass' };
const decisionBody = { outcome: 'pass', feedback: 'Well evidenced.' };

export const REVIEW_CASES: Record<string, Case> = {
  'GET /api/notifications': { leak: true },
  'POST /api/notifications/:id/read': { foreign: ownNotification },
  'POST /api/notifications/read-all': {},

  'GET /api/review-schemes': { leak: true },
  'POST /api/review-schemes': {
    body: {
      name: 'A scheme',
      acceptedTemplateIds: ['cmalt'],
      achievement: { name: 'CMALT', description: 'd', criteriaNarrative: 'c', frameworkId: null },
    },
  },
  'GET /api/review-schemes/:id': { foreign: scheme('') },
  'PATCH /api/review-schemes/:id': {
    body: { name: 'Renamed scheme' },
    foreign: scheme('', { name: 'Renamed by an outsider' }),
  },
  'GET /api/review-schemes/:id/dashboard': { foreign: scheme('/dashboard') },
  'GET /api/review-schemes/:id/assessors': { foreign: scheme('/assessors') },
  'POST /api/review-schemes/:id/assessors': {
    body: { email: 'someone@example.test' },
    foreign: async (t, owner) => {
      const id = await ownScheme(t, owner);
      return {
        url: `/api/review-schemes/${id}/assessors`,
        body: { email: owner.practitioner.email },
        unchanged: () => schemeIntact(t, owner, id),
      };
    },
  },
  'PATCH /api/review-schemes/:id/assessors/:userId': {
    body: { active: false },
    foreign: person('assessors', { active: false }),
  },
  'DELETE /api/review-schemes/:id/assessors/:userId': { foreign: person('assessors') },
  'GET /api/review-schemes/:id/coordinators': { foreign: scheme('/coordinators') },
  'POST /api/review-schemes/:id/coordinators': {
    body: { email: 'someone@example.test' },
    foreign: scheme('/coordinators', { email: 'someone@example.test' }),
  },
  'DELETE /api/review-schemes/:id/coordinators/:userId': { foreign: person('coordinators') },

  'POST /api/review-submissions': {
    body: { schemeId: PLACEHOLDER_ID, portfolioId: PLACEHOLDER_ID, kind: 'first' },
    foreign: async (t, owner) => ({
      url: '/api/review-submissions',
      body: { schemeId: await ownScheme(t, owner), portfolioId: PLACEHOLDER_ID, kind: 'first' },
    }),
  },
  'GET /api/review-submissions': { leak: true },
  'GET /api/review-submissions/:id': { foreign: submission('') },
  'POST /api/review-submissions/:id/withdraw': { foreign: submission('/withdraw') },
  'PUT /api/review-submissions/:id/assessors': {
    body: assignBody,
    foreign: submission('/assessors', assignBody),
  },
  'GET /api/review-submissions/:id/portfolio': { foreign: submission('/portfolio') },
  'GET /api/review-submissions/:id/evidence/:evidenceId/file': {
    foreign: submission(`/evidence/${PLACEHOLDER_ID}/file`),
  },
  'GET /api/review-submissions/:id/judgements': { foreign: submission('/judgements') },
  'PUT /api/review-submissions/:id/judgement': {
    body: judgementBody,
    foreign: submission('/judgement', judgementBody),
  },
  'POST /api/review-submissions/:id/judgement/submit': { foreign: submission('/judgement/submit') },
  'POST /api/review-submissions/:id/decision': {
    body: decisionBody,
    foreign: submission('/decision', decisionBody),
  },
};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const REVIEW_PUBLIC_ROUTES: string[] = [];
