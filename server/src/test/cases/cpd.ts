import { expect } from 'vitest';
import { call, type Tenant, type TestApp } from '../harness';
import { type Case, PLACEHOLDER_ID } from './types';

/** The CPD log's routes in the authorisation harness. */
export const CPD_CASES: Record<string, Case> = {
  'POST /api/cpd/entries/bulk': {
    body: { action: 'mark-significant', ids: [PLACEHOLDER_ID] },
    // Ids of another institution's entries are ignored: nothing changes, nothing is revealed.
    foreign: async (t, owner) => {
      const id = await ownEntry(t, owner);
      return {
        url: '/api/cpd/entries/bulk',
        body: { action: 'delete', ids: [id] },
        unchanged: () => entryIntact(t, owner, id),
      };
    },
  },
  'POST /api/cpd/markdown-preview': { body: { markdown: '**bold**' } },
  'GET /api/cpd/dashboard': { leak: true },
  'GET /api/cpd/settings': { leak: true },
  'PATCH /api/cpd/settings': { body: { yearlyTargetHours: 30 } },
  'GET /api/cpd/goals': { leak: true },
  'POST /api/cpd/goals': { body: { title: 'Finish CMALT' } },
  'PATCH /api/cpd/goals/:id': {
    body: { status: 'dropped' },
    foreign: async (t, owner) => {
      const id = await ownGoal(t, owner);
      return { url: `/api/cpd/goals/${id}`, unchanged: () => goalIntact(t, owner, id) };
    },
  },
  'DELETE /api/cpd/goals/:id': {
    foreign: async (t, owner) => {
      const id = await ownGoal(t, owner);
      return { url: `/api/cpd/goals/${id}`, unchanged: () => goalIntact(t, owner, id) };
    },
  },
  'GET /api/cpd/team': { leak: true },
  'GET /api/cpd/team/:userId': {
    foreign: async (t, owner) => {
      // Even a person who shares everything is invisible to another institution's managers.
      await call(t, 'PATCH', '/api/cpd/settings', {
        as: owner.practitioner,
        body: { shareSummary: true },
      });
      return { url: `/api/cpd/team/${owner.practitioner.userId}` };
    },
  },
  'POST /api/cpd/entries': { body: { title: 'Read about xAPI' } },
  'GET /api/cpd/entries': { leak: true },
  'GET /api/cpd/entries/:id': {
    foreign: async (t, owner) => ({ url: `/api/cpd/entries/${await ownEntry(t, owner)}` }),
  },
  'PATCH /api/cpd/entries/:id': {
    body: { title: 'Changed by someone else' },
    foreign: async (t, owner) => {
      const id = await ownEntry(t, owner);
      return { url: `/api/cpd/entries/${id}`, unchanged: () => entryIntact(t, owner, id) };
    },
  },
  'DELETE /api/cpd/entries/:id': {
    foreign: async (t, owner) => {
      const id = await ownEntry(t, owner);
      return { url: `/api/cpd/entries/${id}`, unchanged: () => entryIntact(t, owner, id) };
    },
  },
};

/** A CPD entry of the owner's administrator. */
export async function ownEntry(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/cpd/entries', {
    as: owner.admin,
    body: {
      title: 'tenant-a-secret CPD entry',
      hours: 2,
      reflection: 'tenant-a-secret reflection',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

export async function entryIntact(t: TestApp, owner: Tenant, id: string) {
  const res = await call(t, 'GET', `/api/cpd/entries/${id}`, { as: owner.admin });
  expect(res.data()).toMatchObject({ title: 'tenant-a-secret CPD entry', hours: 2 });
}

async function ownGoal(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/cpd/goals', {
    as: owner.admin,
    body: { title: 'tenant-a-secret goal', dueOn: '2027-06-30' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

async function goalIntact(t: TestApp, owner: Tenant, id: string) {
  const goals = (await call(t, 'GET', '/api/cpd/goals', { as: owner.admin })).data().goals;
  expect(goals.find((g: { id: string }) => g.id === id)).toMatchObject({
    title: 'tenant-a-secret goal',
    status: 'not-started',
  });
}
