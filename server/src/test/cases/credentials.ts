import { expect } from 'vitest';
import { createScheme, issueTo } from '../../modules/credentials/test-support';
import { call, type Tenant, type TestApp } from '../harness';
import type { Case } from './types';

/** Credential routes in the authorisation harness. */

/** A credential issued by a scheme of the owner's institution to its practitioner. */
async function ownCredential(t: TestApp, owner: Tenant) {
  const schemeId = await createScheme(t, owner, 'tenant-a-secret scheme');
  const { id } = await issueTo(t, owner, schemeId);
  return { id, schemeId };
}

async function credentialIntact(t: TestApp, owner: Tenant, id: string) {
  const res = await call(t, 'GET', `/api/credentials/${id}`, { as: owner.practitioner });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.data()).toMatchObject({ public: false, revokedAt: null, state: 'active' });
}

async function keyCount(t: TestApp, owner: Tenant, schemeId: string): Promise<number> {
  const res = await call(t, 'GET', `/api/credentials/schemes/${schemeId}/keys`, {
    as: owner.admin,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.data().keys.length;
}

export const CREDENTIAL_CASES: Record<string, Case> = {
  'GET /api/credentials': { leak: true },
  'GET /api/credentials/:id': {
    foreign: async (t, owner) => ({
      url: `/api/credentials/${(await ownCredential(t, owner)).id}`,
    }),
  },
  'PATCH /api/credentials/:id': {
    body: { public: true },
    foreign: async (t, owner) => {
      const { id } = await ownCredential(t, owner);
      return { url: `/api/credentials/${id}`, unchanged: () => credentialIntact(t, owner, id) };
    },
  },
  'GET /api/credentials/:id/download': {
    foreign: async (t, owner) => ({
      url: `/api/credentials/${(await ownCredential(t, owner)).id}/download`,
    }),
  },
  'POST /api/credentials/:id/revoke': {
    body: { reason: 'Evidence was not the candidate’s own' },
    foreign: async (t, owner) => {
      const { id } = await ownCredential(t, owner);
      return {
        url: `/api/credentials/${id}/revoke`,
        unchanged: () => credentialIntact(t, owner, id),
      };
    },
  },
  'GET /api/credentials/schemes/:schemeId/keys': {
    foreign: async (t, owner) => ({
      url: `/api/credentials/schemes/${(await ownCredential(t, owner)).schemeId}/keys`,
    }),
  },
  'POST /api/credentials/schemes/:schemeId/keys': {
    foreign: async (t, owner) => {
      const { schemeId } = await ownCredential(t, owner);
      return {
        url: `/api/credentials/schemes/${schemeId}/keys`,
        unchanged: async () => expect(await keyCount(t, owner, schemeId)).toBe(1),
      };
    },
  },
  'GET /api/credentials/schemes/:schemeId/issued': {
    foreign: async (t, owner) => ({
      url: `/api/credentials/schemes/${(await ownCredential(t, owner)).schemeId}/issued`,
    }),
  },
};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CREDENTIAL_PUBLIC_ROUTES: string[] = [
  'POST /api/credentials/verify',
  'GET /api/credentials/:id/public',
];
