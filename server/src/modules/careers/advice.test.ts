import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { DEFAULT_TITLE_GROUP_SCHEME } from './classifier';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Advice University');
});
afterAll(async () => t?.close());

const me = () => tenant.practitioner;

describe('recommendations for a person', () => {
  it('says what they were based on, even for an empty profile', async () => {
    const res = await call(t, 'GET', '/api/careers/recommendations', { as: me() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data().basis).toEqual([
      'No job title yet: add one to your profile for advice that fits your role',
      'No target yet: choose one for advice on what it takes',
    ]);
  });

  it('builds the context from profile, classification, target and gap, and marks what is in the plan', async () => {
    await call(t, 'PATCH', '/api/careers/profile', {
      as: me(),
      body: {
        jobTitle: 'Learning Technologist',
        sector: 'higher-education',
        country: 'GB',
        yearsInField: 3,
        backgrounds: ['teaching'],
      },
    });
    await call(t, 'PUT', '/api/careers/target', {
      as: me(),
      body: { target: { kind: 'role', family: 'learning-technologist', seniority: 'senior' } },
    });
    const first = (await call(t, 'GET', '/api/careers/recommendations', { as: me() })).data();
    expect(first.basis).toEqual([
      'Practitioner learning technologist (from your job title, “Learning Technologist”)',
      'Works in higher education',
      'Country: GB',
      '3 years in the field',
      expect.stringMatching(
        /^Target: Learning technologist \(senior\), with \d+ of \d+ items not yet met$/,
      ),
    ]);
    const recs = first.recommendations;
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
    }
    const cmalt = recs.find((r: { key: string }) => r.key === 'cmalt');
    expect(cmalt, JSON.stringify(recs.map((r: { key: string }) => r.key))).toBeDefined();
    expect(cmalt.inPlan).toBe(false);
    // Not yet assessed, the target's CMALT items are all gaps the engine can relate to.
    expect(cmalt.relatedItems.length).toBeGreaterThan(0);

    await call(t, 'POST', '/api/careers/plan/goals', {
      as: me(),
      body: { title: cmalt.title, recommendationKey: 'cmalt' },
    });
    const after = (await call(t, 'GET', '/api/careers/recommendations', { as: me() })).data();
    expect(after.recommendations.find((r: { key: string }) => r.key === 'cmalt').inPlan).toBe(true);
  });
});

describe('the institution’s survey-group scheme', () => {
  it('classifies profile titles with the institution’s own keywords', async () => {
    const scheme = {
      ...DEFAULT_TITLE_GROUP_SCHEME,
      technology: { keywords: ['technology', 'vle'], excludes: [] },
    };
    const put = await call(t, 'PUT', '/api/careers/title-groups', {
      as: tenant.manager,
      body: scheme,
    });
    expect(put.statusCode, put.body).toBe(200);
    const p = (
      await call(t, 'PATCH', '/api/careers/profile', {
        as: tenant.assessor,
        body: { jobTitle: 'VLE Administrator' },
      })
    ).data();
    expect(p.classification.groups).toContain('technology');
    const other = await createTenant(t, 'Default Scheme College');
    const q = (
      await call(t, 'PATCH', '/api/careers/profile', {
        as: other.assessor,
        body: { jobTitle: 'VLE Administrator' },
      })
    ).data();
    expect(q.classification.groups).not.toContain('technology');
  });
});
