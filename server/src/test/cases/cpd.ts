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
