import { expect } from 'vitest';
import { call, type Tenant, type TestApp } from '../harness';
import { ownEntry } from './cpd';
import type { Case } from './types';

/** The portfolio routes in the authorisation harness. */

/** A template of the owner's institution. */
async function ownTemplate(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/portfolio-templates', {
    as: owner.admin,
    body: {
      title: 'tenant-a-secret template',
      scheme: 'Tenant A in-house',
      spec: {
        framework: null,
        sections: [{ key: 'one', title: 'One', guidance: '', parts: ['description'] }],
      },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

async function cmaltTemplate(t: TestApp, owner: Tenant): Promise<string> {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as: owner.admin })).data()
    .templates;
  return list.find((x: { key: string }) => x.key === 'cmalt').id;
}

/** A CMALT portfolio of the owner's administrator with a marked contextual statement. */
async function ownPortfolio(t: TestApp, owner: Tenant) {
  const res = await call(t, 'POST', '/api/portfolios', {
    as: owner.admin,
    body: { templateId: await cmaltTemplate(t, owner), title: 'tenant-a-secret portfolio' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const p = res.data();
  const section = p.sectionList[0];
  const saved = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${section.id}`, {
    as: owner.admin,
    body: { revision: 0, description: 'tenant-a-secret statement' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { id: p.id as string, sectionId: section.id as string };
}

async function portfolioIntact(t: TestApp, owner: Tenant, id: string) {
  const p = (await call(t, 'GET', `/api/portfolios/${id}`, { as: owner.admin })).data();
  expect(p.title).toBe('tenant-a-secret portfolio');
  expect(p.sectionList[0]).toMatchObject({ description: 'tenant-a-secret statement', revision: 1 });
}

const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

export const PORTFOLIO_CASES: Record<string, Case> = {
  'GET /api/portfolio-templates': { leak: true },
  'GET /api/portfolio-templates/:id': {
    foreign: async (t, owner) => ({
      url: `/api/portfolio-templates/${await ownTemplate(t, owner)}`,
    }),
  },
  'POST /api/portfolio-templates': {
    body: {
      title: 'In-house scheme',
      scheme: 'In-house',
      spec: {
        framework: null,
        sections: [{ key: 'one', title: 'One', guidance: '', parts: ['description'] }],
      },
    },
  },
  'DELETE /api/portfolio-templates/:id': {
    foreign: async (t, owner) => {
      const id = await ownTemplate(t, owner);
      return {
        url: `/api/portfolio-templates/${id}`,
        unchanged: async () => {
          const res = await call(t, 'GET', `/api/portfolio-templates/${id}`, { as: owner.admin });
          expect(res.data().title).toBe('tenant-a-secret template');
        },
      };
    },
  },
  'GET /api/portfolios': { leak: true },
  'POST /api/portfolios': { body: { templateId: PLACEHOLDER } },
  'GET /api/portfolios/:id': {
    foreign: async (t, owner) => ({ url: `/api/portfolios/${(await ownPortfolio(t, owner)).id}` }),
  },
  'GET /api/portfolios/:id/completeness': {
    foreign: async (t, owner) => ({
      url: `/api/portfolios/${(await ownPortfolio(t, owner)).id}/completeness`,
    }),
  },
  'GET /api/portfolios/:id/export': {
    url: `/api/portfolios/${PLACEHOLDER}/export?format=html`,
    foreign: async (t, owner) => ({
      url: `/api/portfolios/${(await ownPortfolio(t, owner)).id}/export?format=zip`,
    }),
  },
  'PATCH /api/portfolios/:id': {
    body: { title: 'Renamed by someone else' },
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      return { url: `/api/portfolios/${p.id}`, unchanged: () => portfolioIntact(t, owner, p.id) };
    },
  },
  'DELETE /api/portfolios/:id': {
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      return { url: `/api/portfolios/${p.id}`, unchanged: () => portfolioIntact(t, owner, p.id) };
    },
  },
  'PATCH /api/portfolios/:id/sections/:sectionId': {
    body: { revision: 1, description: 'overwritten' },
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      return {
        url: `/api/portfolios/${p.id}/sections/${p.sectionId}`,
        unchanged: () => portfolioIntact(t, owner, p.id),
      };
    },
  },
  'POST /api/portfolios/:id/sections/:sectionId/evidence': {
    body: { url: 'https://example.org/x' },
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      return {
        url: `/api/portfolios/${p.id}/sections/${p.sectionId}/evidence`,
        unchanged: async () => {
          await portfolioIntact(t, owner, p.id);
          const full = (
            await call(t, 'GET', `/api/portfolios/${p.id}`, { as: owner.admin })
          ).data();
          expect(full.sectionList[0].evidence).toEqual([]);
        },
      };
    },
  },
  'DELETE /api/portfolios/:id/sections/:sectionId/evidence/:evidenceId': {
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      const entryId = await ownEntry(t, owner);
      const added = await call(
        t,
        'POST',
        `/api/portfolios/${p.id}/sections/${p.sectionId}/evidence`,
        {
          as: owner.admin,
          body: { cpdEntryId: entryId },
        },
      );
      const evidenceId = added.data().evidence[0].id;
      return {
        url: `/api/portfolios/${p.id}/sections/${p.sectionId}/evidence/${evidenceId}`,
        unchanged: async () => {
          const full = (
            await call(t, 'GET', `/api/portfolios/${p.id}`, { as: owner.admin })
          ).data();
          expect(full.sectionList[0].evidence.map((e: { id: string }) => e.id)).toEqual([
            evidenceId,
          ]);
        },
      };
    },
  },
  'GET /api/portfolios/:id/sections/:sectionId/suggestions': {
    foreign: async (t, owner) => {
      const p = await ownPortfolio(t, owner);
      return { url: `/api/portfolios/${p.id}/sections/${p.sectionId}/suggestions` };
    },
  },
  ...LIFECYCLE_CASES(),
};

// ---- Versions, sharing, link checks and files (lifecycle-routes.ts)

function inDays(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function versionsOf(t: TestApp, owner: Tenant, id: string) {
  return (await call(t, 'GET', `/api/portfolios/${id}/versions`, { as: owner.admin })).data()
    .versions as { id: string }[];
}

async function sharesOf(t: TestApp, owner: Tenant, id: string) {
  return (await call(t, 'GET', `/api/portfolios/${id}/shares`, { as: owner.admin })).data()
    .shares as { id: string; revokedAt: string | null }[];
}

/** Uploads a small text file into the owner's portfolio section. */
async function ownFile(t: TestApp, owner: Tenant) {
  const p = await ownPortfolio(t, owner);
  const form = new FormData();
  form.append('file', new Blob(['tenant-a-secret notes']), 'notes.txt');
  const encoded = new Response(form);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/portfolios/${p.id}/sections/${p.sectionId}/evidence/file`,
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      cookie: owner.admin.cookie,
      'x-csrf-token': owner.admin.csrf,
    },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...p, evidenceId: JSON.parse(res.body).evidence[0].id as string };
}

function LIFECYCLE_CASES(): Record<string, Case> {
  const foreignPortfolio =
    (suffix: string, unchanged?: (t: TestApp, owner: Tenant, id: string) => Promise<void>) =>
    async (t: TestApp, owner: Tenant) => {
      const p = await ownPortfolio(t, owner);
      return {
        url: `/api/portfolios/${p.id}${suffix}`,
        ...(unchanged ? { unchanged: () => unchanged(t, owner, p.id) } : {}),
      };
    };
  return {
    'GET /api/portfolios/:id/versions': { foreign: foreignPortfolio('/versions') },
    'POST /api/portfolios/:id/versions': {
      body: { name: 'Intruder snapshot' },
      foreign: foreignPortfolio('/versions', async (t, owner, id) => {
        expect(await versionsOf(t, owner, id)).toEqual([]);
      }),
    },
    'GET /api/portfolios/:id/versions/:versionId/compare': {
      foreign: async (t, owner) => {
        const p = await ownPortfolio(t, owner);
        const v = await call(t, 'POST', `/api/portfolios/${p.id}/versions`, {
          as: owner.admin,
          body: { name: 'tenant-a-secret snapshot' },
        });
        expect(v.statusCode, v.body).toBe(201);
        return { url: `/api/portfolios/${p.id}/versions/${v.data().id}/compare` };
      },
    },
    'GET /api/portfolios/:id/sections/:sectionId/revisions': {
      foreign: async (t, owner) => {
        const p = await ownPortfolio(t, owner);
        return { url: `/api/portfolios/${p.id}/sections/${p.sectionId}/revisions` };
      },
    },
    'POST /api/portfolios/:id/submit': {
      foreign: foreignPortfolio('/submit', async (t, owner, id) => {
        await portfolioIntact(t, owner, id);
        const p = (await call(t, 'GET', `/api/portfolios/${id}`, { as: owner.admin })).data();
        expect(p.status).toBe('draft');
      }),
    },
    'POST /api/portfolios/:id/copy': {
      foreign: foreignPortfolio('/copy', async (t, owner) => {
        const list = (await call(t, 'GET', '/api/portfolios', { as: owner.admin })).data()
          .portfolios as { title: string }[];
        expect(list.every((x) => x.title === 'tenant-a-secret portfolio')).toBe(true);
      }),
    },
    'GET /api/portfolios/:id/shares': { foreign: foreignPortfolio('/shares') },
    'GET /api/portfolios/:id/share-candidates': {
      url: `/api/portfolios/${PLACEHOLDER}/share-candidates?q=tenant`,
      foreign: foreignPortfolio('/share-candidates?q=tenant'),
    },
    'POST /api/portfolios/:id/shares': {
      body: { kind: 'link', expiresAt: inDays(30) },
      foreign: foreignPortfolio('/shares', async (t, owner, id) => {
        expect(await sharesOf(t, owner, id)).toEqual([]);
      }),
    },
    'DELETE /api/portfolios/:id/shares/:shareId': {
      foreign: async (t, owner) => {
        const p = await ownPortfolio(t, owner);
        const s = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
          as: owner.admin,
          body: { kind: 'link', expiresAt: inDays(30) },
        });
        expect(s.statusCode, s.body).toBe(201);
        return {
          url: `/api/portfolios/${p.id}/shares/${s.data().id}`,
          unchanged: async () => {
            expect(await sharesOf(t, owner, p.id)).toMatchObject([{ revokedAt: null }]);
          },
        };
      },
    },
    'POST /api/portfolios/:id/check-links': { foreign: foreignPortfolio('/check-links') },
    'GET /api/portfolio-evidence/:id/file': {
      foreign: async (t, owner) => ({
        url: `/api/portfolio-evidence/${(await ownFile(t, owner)).evidenceId}/file`,
      }),
    },
    'POST /api/portfolios/:id/sections/:sectionId/evidence/file': {
      body: {},
      foreign: async (t, owner) => {
        const p = await ownPortfolio(t, owner);
        return {
          url: `/api/portfolios/${p.id}/sections/${p.sectionId}/evidence/file`,
          unchanged: async () => {
            const full = (
              await call(t, 'GET', `/api/portfolios/${p.id}`, { as: owner.admin })
            ).data();
            expect(full.sectionList[0].evidence).toEqual([]);
          },
        };
      },
    },
  };
}
