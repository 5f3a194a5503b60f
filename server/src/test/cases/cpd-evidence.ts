import { expect } from 'vitest';
import { call, type Tenant, type TestApp } from '../harness';
import { entryIntact, ownEntry } from './cpd';
import type { Case } from './types';

/**
 * CPD evidence (files and links) routes in the authorisation harness. The upload routes take
 * multipart bodies; the harness sends JSON, which must still meet 401, 403 and CSRF first, and
 * 404 for another institution's entry before anything is read or stored.
 */
export const CPD_EVIDENCE_CASES: Record<string, Case> = {
  'POST /api/cpd/entries/:id/evidence': {
    body: {},
    foreign: async (t, owner) => {
      const id = await ownEntry(t, owner);
      return { url: `/api/cpd/entries/${id}/evidence`, unchanged: () => noEvidence(t, owner, id) };
    },
  },
  'POST /api/cpd/entries/:id/evidence/link': {
    body: { url: 'https://example.org/intruder' },
    foreign: async (t, owner) => {
      const id = await ownEntry(t, owner);
      return {
        url: `/api/cpd/entries/${id}/evidence/link`,
        unchanged: () => noEvidence(t, owner, id),
      };
    },
  },
  'POST /api/cpd/entries/with-evidence': { body: { entry: '{"title":"Read about xAPI"}' } },
  'GET /api/cpd/evidence/:id/file': {
    // Even shared with managers, an entry's files stay within its own institution.
    foreign: async (t, owner) => ({
      url: `/api/cpd/evidence/${(await sharedEvidence(t, owner)).evidenceId}/file`,
    }),
  },
  'DELETE /api/cpd/evidence/:id': {
    foreign: async (t, owner) => {
      const e = await sharedEvidence(t, owner);
      return {
        url: `/api/cpd/evidence/${e.evidenceId}`,
        unchanged: async () => {
          const res = await call(t, 'GET', `/api/cpd/evidence/${e.evidenceId}/file`, {
            as: owner.admin,
          });
          expect(res.statusCode).toBe(200);
          expect(res.body).toBe(EVIDENCE_TEXT);
        },
      };
    },
  },
};

const EVIDENCE_TEXT = 'tenant-a-secret evidence\n';

async function noEvidence(t: TestApp, owner: Tenant, id: string) {
  await entryIntact(t, owner, id);
  const res = await call(t, 'GET', `/api/cpd/entries/${id}`, { as: owner.admin });
  expect(res.data().evidence).toEqual([]);
}

/** A file on a shared entry of the owner's administrator. */
async function sharedEvidence(t: TestApp, owner: Tenant) {
  const entryId = await ownEntry(t, owner);
  const shared = await call(t, 'PATCH', `/api/cpd/entries/${entryId}`, {
    as: owner.admin,
    body: { shared: true },
  });
  expect(shared.statusCode, shared.body).toBe(200);
  const form = new FormData();
  form.append('file', new Blob([EVIDENCE_TEXT]), 'secret.txt');
  const encoded = new Response(form);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/cpd/entries/${entryId}/evidence`,
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      cookie: owner.admin.cookie,
      'x-csrf-token': owner.admin.csrf,
    },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { entryId, evidenceId: JSON.parse(res.body).id as string };
}
