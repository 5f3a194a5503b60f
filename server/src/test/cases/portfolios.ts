import { expect } from 'vitest';
import { call, type Tenant, type TestApp } from '../harness';
import { ownEntry } from './cpd';
import type { Case } from './types';

/** The portfolio routes in the authorisation harness. */

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
  'GET /api/portfolio-templates/:id': {},
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
};
