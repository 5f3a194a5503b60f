import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type TRole } from '../../../contracts/common';
import type { Access } from '../plugins/auth';
import {
  call,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  type Tenant,
  type TestApp,
} from './harness';
import { CPD_CASES } from './cases/cpd';
import { CPD_EVIDENCE_CASES } from './cases/cpd-evidence';
import { CPD_EXCHANGE_CASES } from './cases/cpd-exchange';
import { CAREER_CASES, CAREER_PUBLIC_ROUTES } from './cases/careers';
import { CLASSIFIER_CASES, CLASSIFIER_PUBLIC_ROUTES } from './cases/classifier';
import { CREDENTIAL_CASES, CREDENTIAL_PUBLIC_ROUTES } from './cases/credentials';
import { PORTFOLIO_CASES } from './cases/portfolios';
import { REVIEW_CASES, REVIEW_PUBLIC_ROUTES } from './cases/reviews';
import { type Case, PLACEHOLDER_ID } from './cases/types';

/**
 * Every API route, checked for real: anonymous callers get 401, signed-in people without
 * the role get 403, and people of another institution get 404 for this institution's
 * records and never see its data. A route added without a case here fails this test.
 */

const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/sign-in',
  'POST /api/auth/password-reset',
  'GET /api/auth/password-reset/:token',
  'POST /api/auth/password-reset/complete',
  'GET /api/invitations/preview/:token',
  'POST /api/invitations/accept',
  'GET /ims/case/v1p1/CFDocuments',
  'GET /ims/case/v1p1/CFPackages/:sourcedId',
  'GET /ims/case/v1p1/CFItems/:sourcedId',
  'GET /ims/case/v1p1/CFAssociations/:sourcedId',
  'GET /api/shared/portfolios/:token',
  'GET /api/shared/portfolios/:token/evidence/:evidenceId/file',
  ...CAREER_PUBLIC_ROUTES,
  ...CLASSIFIER_PUBLIC_ROUTES,
  ...REVIEW_PUBLIC_ROUTES,
  ...CREDENTIAL_PUBLIC_ROUTES,
]);

const CASES: Record<string, Case> = {
  ...CPD_CASES,
  ...CPD_EVIDENCE_CASES,
  ...CPD_EXCHANGE_CASES,
  ...PORTFOLIO_CASES,
  ...CAREER_CASES,
  ...CLASSIFIER_CASES,
  ...REVIEW_CASES,
  ...CREDENTIAL_CASES,
  'POST /api/auth/sign-out': {},
  'GET /api/me': { leak: true },
  'PATCH /api/me': { body: { name: 'New Name' } },
  'POST /api/me/password': { body: { currentPassword: 'x', newPassword: 'a long new password' } },
  'GET /api/me/export': { leak: true },
  'GET /api/me/deletion': { leak: true },
  'DELETE /api/me': { body: { password: 'x', confirm: 'DELETE' } },
  'GET /api/me/tokens': { leak: true },
  'POST /api/me/tokens': { body: { name: 'script' } },
  'DELETE /api/me/tokens/:id': {
    foreign: async (t, owner) => {
      const res = await call(t, 'POST', '/api/me/tokens', {
        as: owner.admin,
        body: { name: 'owner token' },
      });
      const { token, secret } = res.data();
      return {
        url: `/api/me/tokens/${token.id}`,
        unchanged: async () => {
          expect((await call(t, 'GET', '/api/me', { token: secret })).statusCode).toBe(200);
        },
      };
    },
  },
  'POST /api/institutions': { body: { name: 'Another College', sector: 'further-education' } },
  'POST /api/me/institution': {
    body: { institutionId: PLACEHOLDER_ID },
    foreign: async (_t, owner) => ({
      url: '/api/me/institution',
      body: { institutionId: owner.institutionId },
    }),
  },
  'GET /api/institution': { leak: true },
  'PATCH /api/institution': { body: { name: 'Renamed' } },
  'GET /api/members': { leak: true },
  'PATCH /api/members/:id': {
    body: { roles: ['admin'] },
    foreign: async (t, owner) => {
      const members = (await call(t, 'GET', '/api/members', { as: owner.admin })).data().members;
      const target = members.find(
        (m: { userId: string }) => m.userId === owner.practitioner.userId,
      );
      return {
        url: `/api/members/${target.id}`,
        body: { roles: ['admin'], status: 'deactivated' },
        unchanged: async () => {
          const after = (await call(t, 'GET', '/api/members', { as: owner.admin })).data().members;
          const same = after.find((m: { id: string }) => m.id === target.id);
          expect(same).toMatchObject({ roles: ['practitioner'], status: 'active' });
        },
      };
    },
  },
  'GET /api/invitations': { leak: true },
  'POST /api/invitations': { body: { email: 'new.person@example.test', roles: ['practitioner'] } },
  'DELETE /api/invitations/:id': {
    foreign: async (t, owner) => {
      const res = await call(t, 'POST', '/api/invitations', {
        as: owner.admin,
        body: { email: `invitee-${Date.now()}@example.test`, roles: ['practitioner'] },
      });
      const id = res.data().invitation.id;
      return {
        url: `/api/invitations/${id}`,
        unchanged: async () => {
          const list = (await call(t, 'GET', '/api/invitations', { as: owner.admin })).data()
            .invitations;
          expect(list.find((i: { id: string }) => i.id === id)?.state).toBe('pending');
        },
      };
    },
  },
  'GET /api/audit': { leak: true },
  'GET /api/frameworks': { leak: true },
  'GET /api/frameworks/:id': {
    foreign: async (t, owner) => ({ url: `/api/frameworks/${await ownFramework(t, owner)}` }),
  },
  'GET /api/frameworks/:id/case': {
    foreign: async (t, owner) => ({ url: `/api/frameworks/${await ownFramework(t, owner)}/case` }),
  },
  'GET /api/framework-items/search': {
    url: '/api/framework-items/search?q=tenant-a-secret',
    leak: true,
  },
  'GET /api/framework-items/:id': {
    foreign: async (t, owner) => {
      const tree = (
        await call(t, 'GET', `/api/frameworks/${await ownFramework(t, owner)}`, { as: owner.admin })
      ).data();
      return { url: `/api/framework-items/${tree.items[0].id}` };
    },
  },
  'POST /api/frameworks': { body: { title: 'Our digital education framework' } },
  'PATCH /api/frameworks/:id': {
    body: { title: 'Renamed' },
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return { url: `/api/frameworks/${d.frameworkId}`, unchanged: () => draftIntact(t, owner, d) };
    },
  },
  'DELETE /api/frameworks/:id': {
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return { url: `/api/frameworks/${d.frameworkId}`, unchanged: () => draftIntact(t, owner, d) };
    },
  },
  'POST /api/frameworks/:id/copy': {
    body: {},
    foreign: async (t, owner) => ({ url: `/api/frameworks/${await ownFramework(t, owner)}/copy` }),
  },
  'POST /api/frameworks/:id/publish': {
    body: { version: '1' },
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return {
        url: `/api/frameworks/${d.frameworkId}/publish`,
        unchanged: () => draftIntact(t, owner, d),
      };
    },
  },
  'POST /api/frameworks/:id/versions': {
    foreign: async (t, owner) => ({
      url: `/api/frameworks/${await ownFramework(t, owner)}/versions`,
    }),
  },
  'POST /api/frameworks/:id/items': {
    body: { parentId: null, statement: 'Intruding item' },
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return {
        url: `/api/frameworks/${d.frameworkId}/items`,
        unchanged: () => draftIntact(t, owner, d),
      };
    },
  },
  'PATCH /api/framework-items/:id': {
    body: { statement: 'Changed by someone else' },
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return { url: `/api/framework-items/${d.itemId}`, unchanged: () => draftIntact(t, owner, d) };
    },
  },
  'DELETE /api/framework-items/:id': {
    foreign: async (t, owner) => {
      const d = await ownDraft(t, owner);
      return { url: `/api/framework-items/${d.itemId}`, unchanged: () => draftIntact(t, owner, d) };
    },
  },
  'POST /api/frameworks/import/preview': { body: { CFDocument: {} } },
  'POST /api/frameworks/import': { body: { CFDocument: {} } },
};

/** A fresh draft framework of the owner with one item. */
async function ownDraft(t: TestApp, owner: Tenant) {
  const f = await call(t, 'POST', '/api/frameworks', {
    as: owner.admin,
    body: { title: 'Tenant A University draft' },
  });
  expect(f.statusCode, f.body).toBe(201);
  const frameworkId: string = f.data().id;
  const i = await call(t, 'POST', `/api/frameworks/${frameworkId}/items`, {
    as: owner.admin,
    body: { parentId: null, code: 'A1', statement: 'tenant-a-secret draft item' },
  });
  expect(i.statusCode, i.body).toBe(201);
  return { frameworkId, itemId: i.data().id as string };
}

async function draftIntact(t: TestApp, owner: Tenant, d: { frameworkId: string; itemId: string }) {
  const tree = (
    await call(t, 'GET', `/api/frameworks/${d.frameworkId}`, { as: owner.admin })
  ).data();
  expect(tree.framework).toMatchObject({ title: 'Tenant A University draft', status: 'draft' });
  expect(tree.items.map((n: { id: string; statement: string }) => [n.id, n.statement])).toEqual([
    [d.itemId, 'tenant-a-secret draft item'],
  ]);
}

/** Imports a small framework into the owner's institution (once) and returns its id. */
const owned = new Map<string, string>();
async function ownFramework(t: TestApp, owner: Tenant): Promise<string> {
  const known = owned.get(owner.institutionId);
  if (known) return known;
  const now = '2026-01-01T00:00:00Z';
  const doc = {
    identifier: crypto.randomUUID(),
    uri: 'urn:x',
    creator: 'Tenant A',
    title: 'Tenant A University secret framework',
    lastChangeDateTime: now,
  };
  const item = {
    identifier: crypto.randomUUID(),
    uri: 'urn:y',
    fullStatement: 'tenant-a-secret competence',
    lastChangeDateTime: now,
  };
  const res = await call(t, 'POST', '/api/frameworks/import', {
    as: owner.admin,
    body: {
      CFDocument: doc,
      CFItems: [item],
      CFAssociations: [
        {
          identifier: crypto.randomUUID(),
          uri: 'urn:z',
          associationType: 'isChildOf',
          originNodeURI: { identifier: item.identifier, uri: 'urn:y', title: 'x' },
          destinationNodeURI: { identifier: doc.identifier, uri: 'urn:x', title: 'x' },
          lastChangeDateTime: now,
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id: string = res.data().framework.id;
  owned.set(owner.institutionId, id);
  return id;
}

const fill = (url: string) => url.replace(/:[a-zA-Z]+/g, PLACEHOLDER_ID);

let t: TestApp;
let routes: { method: string; url: string; access: Access }[];
let a: Tenant;
let b: Tenant;
let bAll: Session;

beforeAll(async () => {
  t = await createTestApp();
  routes = t.app.apiRoutes;
  a = await createTenant(t, 'Tenant A University');
  b = await createTenant(t, 'Tenant B College');
  bAll = await createUser(t, {
    institutionId: b.institutionId,
    roles: [...ROLES],
    name: 'All Roles of B',
  });
});
afterAll(async () => t?.close());

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('the authorisation harness', () => {
  it('has a case for every registered route, and every case still matches a route', () => {
    const registered = routes.map(key);
    const missing = routes.filter((r) => r.access.kind !== 'public' && !CASES[key(r)]).map(key);
    expect(missing, 'routes without an authorisation case').toEqual([]);
    const publicOnes = routes
      .filter((r) => r.access.kind === 'public')
      .map(key)
      .sort();
    expect(publicOnes, 'public routes must be listed in PUBLIC_ROUTES on purpose').toEqual(
      [...PUBLIC_ROUTES].sort(),
    );
    expect(
      Object.keys(CASES).filter((k) => !registered.includes(k)),
      'stale cases',
    ).toEqual([]);
  });

  it('refuses anonymous callers with 401 on every non-public route', async () => {
    for (const r of routes.filter((r) => r.access.kind !== 'public')) {
      const c = CASES[key(r)];
      const res = await call(t, r.method as 'GET', c?.url ?? fill(r.url), { body: c?.body });
      expect(res.statusCode, key(r)).toBe(401);
      expect(res.data().error.code, key(r)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a bad or revoked bearer token with 401 on every non-public route', async () => {
    for (const r of routes.filter((r) => r.access.kind !== 'public')) {
      const res = await call(t, r.method as 'GET', fill(r.url), {
        token: 'cairn_not-a-real-token',
        body: CASES[key(r)]?.body,
      });
      expect(res.statusCode, key(r)).toBe(401);
    }
  });

  it('refuses people without the required role with 403', async () => {
    const roleRoutes = routes.flatMap((r) =>
      r.access.kind === 'member' && r.access.roles ? [{ ...r, allowed: r.access.roles }] : [],
    );
    expect(roleRoutes.length).toBeGreaterThan(0);
    for (const r of roleRoutes) {
      const allowed: readonly TRole[] = r.allowed;
      for (const role of ROLES.filter((x) => !allowed.includes(x))) {
        const res = await call(t, r.method as 'GET', fill(r.url), {
          as: a[role],
          body: CASES[key(r)]?.body,
        });
        expect(res.statusCode, `${key(r)} as ${role}`).toBe(403);
        expect(res.data().error.code).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses people who belong to no institution, or whose membership is deactivated, with 403 on member routes', async () => {
    const loner = await createUser(t);
    const deactivated = await createUser(t, {
      institutionId: a.institutionId,
      roles: [...ROLES],
      status: 'deactivated',
    });
    for (const r of routes.filter((r) => r.access.kind === 'member')) {
      for (const who of [loner, deactivated]) {
        const res = await call(t, r.method as 'GET', fill(r.url), {
          as: who,
          body: CASES[key(r)]?.body,
        });
        expect(res.statusCode, key(r)).toBe(403);
        expect(res.data().error.code).toBe('NO_INSTITUTION');
      }
    }
  });

  it('refuses cookie-authenticated writes without the CSRF header with 403', async () => {
    const writes = routes.filter((r) => r.access.kind !== 'public' && r.method !== 'GET');
    for (const r of writes) {
      const res = await call(t, r.method as 'POST', fill(r.url), {
        as: bAll,
        csrf: false,
        body: CASES[key(r)]?.body,
      });
      expect(res.statusCode, key(r)).toBe(403);
      expect(res.data().error.code, key(r)).toBe('CSRF_FAILED');
    }
  });

  it("answers 404 to another institution's records and changes nothing", async () => {
    const foreign = routes.filter((r) => CASES[key(r)]?.foreign);
    expect(foreign.length).toBeGreaterThanOrEqual(12);
    for (const r of foreign) {
      const target = await CASES[key(r)]!.foreign!(t, a);
      const res = await call(t, r.method as 'GET', target.url, {
        as: bAll,
        body: target.body ?? CASES[key(r)]?.body,
      });
      expect(res.statusCode, key(r)).toBe(404);
      expect(res.data().error.code).toBe('NOT_FOUND');
      await target.unchanged?.();
    }
  });

  it("never shows one institution's data to another on any read", async () => {
    // Give tenant A something distinctive in every place a read could leak from.
    await call(t, 'POST', '/api/invitations', {
      as: a.admin,
      body: { email: 'secret-invitee@tenant-a.test', roles: ['assessor'] },
    });
    await call(t, 'POST', '/api/me/tokens', { as: a.admin, body: { name: 'tenant-a-token' } });
    const marks = [
      a.institutionId,
      'Tenant A University',
      a.admin.email,
      a.practitioner.email,
      'secret-invitee@tenant-a.test',
      'tenant-a-token',
    ];
    const reads = routes.filter((r) => CASES[key(r)]?.leak);
    expect(reads.length).toBeGreaterThanOrEqual(6);
    for (const r of reads) {
      const res = await call(t, 'GET', CASES[key(r)]?.url ?? r.url, { as: bAll });
      expect(res.statusCode, key(r)).toBe(200);
      for (const mark of marks) expect(res.body, `${key(r)} leaks ${mark}`).not.toContain(mark);
    }
  });
});
