import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFY_BATCH_MAX, TITLE_MAX_LENGTH } from '../../../../../contracts/classifier';
import {
  call,
  createTenant,
  createTestApp,
  type Tenant,
  type TestApp,
} from '../../../test/harness';
import { DEFAULT_TITLE_GROUP_SCHEME } from './index';

let t: TestApp;
let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Classifier Test University');
  b = await createTenant(t, 'Other Classifier University');
});
afterAll(async () => t?.close());

describe('POST /api/careers/classify', () => {
  it('classifies a title for any member, with the cues', async () => {
    const res = await call(t, 'POST', '/api/careers/classify', {
      as: a.practitioner,
      body: { title: 'Senior Learning Technologist' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data()).toMatchObject({
      title: 'Senior Learning Technologist',
      family: 'learning-technologist',
      seniority: 'senior',
      stage: 'career',
      groups: ['learning-technologist', 'learning-teaching-education'],
    });
    expect(res.data().cues.length).toBeGreaterThan(1);
  });

  it.each([
    [{ title: '' }, /empty/],
    [{ title: 'x'.repeat(TITLE_MAX_LENGTH + 1) }, /at most 300 characters/],
    [{ title: 42 }, /must be text/],
    [{}, /must be text/],
  ])('refuses %j with a 400 that says what to fix', async (body, message) => {
    const res = await call(t, 'POST', '/api/careers/classify', { as: a.practitioner, body });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.data().error.message).toMatch(message);
  });
});

describe('POST /api/careers/classify/batch', () => {
  it('answers in order, with errors in place of bad titles', async () => {
    const res = await call(t, 'POST', '/api/careers/classify/batch', {
      as: a.assessor,
      body: { titles: ['Head of TEL', '', 7, 'Instructional Designer'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.data().results;
    expect(r).toHaveLength(4);
    expect(r[0]).toMatchObject({ title: 'Head of TEL', seniority: 'leadership' });
    expect(r[1]).toEqual({ title: '', error: expect.stringMatching(/empty/) });
    expect(r[2]).toEqual({ title: null, error: 'The title must be text.' });
    expect(r[3]).toMatchObject({ family: 'learning-designer' });
  });

  it(`takes ${CLASSIFY_BATCH_MAX} titles of ${TITLE_MAX_LENGTH} characters in one request`, async () => {
    const long = `Senior Learning Technologist ${'é'.repeat(TITLE_MAX_LENGTH - 29)}`;
    expect(long).toHaveLength(TITLE_MAX_LENGTH);
    const res = await call(t, 'POST', '/api/careers/classify/batch', {
      as: a.practitioner,
      body: { titles: Array.from({ length: CLASSIFY_BATCH_MAX }, () => long) },
    });
    expect(res.statusCode).toBe(200);
    const r = res.data().results;
    expect(r).toHaveLength(CLASSIFY_BATCH_MAX);
    expect(r[CLASSIFY_BATCH_MAX - 1]).toMatchObject({ seniority: 'senior' });
  });

  it('refuses more than the limit, and says the limit', async () => {
    const res = await call(t, 'POST', '/api/careers/classify/batch', {
      as: a.practitioner,
      body: { titles: Array.from({ length: CLASSIFY_BATCH_MAX + 1 }, () => 'Learning Designer') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toMatch(/at most 10,000/);
  });

  it('refuses an empty list or something that is not a list', async () => {
    for (const body of [{ titles: [] }, { titles: 'Learning Designer' }]) {
      const res = await call(t, 'POST', '/api/careers/classify/batch', {
        as: a.practitioner,
        body,
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('the survey-group keyword scheme', () => {
  it('starts as the built-in scheme', async () => {
    const res = await call(t, 'GET', '/api/careers/title-groups', { as: a.practitioner });
    expect(res.statusCode).toBe(200);
    expect(res.data()).toEqual({
      scheme: DEFAULT_TITLE_GROUP_SCHEME,
      isDefault: true,
      updatedAt: null,
    });
  });

  it("lets a manager edit it; classification then uses the institution's scheme, and only its own", async () => {
    const scheme = {
      ...DEFAULT_TITLE_GROUP_SCHEME,
      technology: { keywords: ['systems', 'TEL'], excludes: [] },
    };
    const put = await call(t, 'PUT', '/api/careers/title-groups', { as: a.manager, body: scheme });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.data()).toMatchObject({ isDefault: false, scheme });

    const mine = await call(t, 'POST', '/api/careers/classify', {
      as: a.practitioner,
      body: { title: 'Learning Systems Analyst' },
    });
    expect(mine.data().groups).toContain('technology');
    const theirs = await call(t, 'POST', '/api/careers/classify', {
      as: b.practitioner,
      body: { title: 'Learning Systems Analyst' },
    });
    expect(theirs.data().groups).not.toContain('technology');
    expect(
      (await call(t, 'GET', '/api/careers/title-groups', { as: b.admin })).data().isDefault,
    ).toBe(true);

    // The other institution's reset does not touch this one.
    await call(t, 'DELETE', '/api/careers/title-groups', { as: b.admin });
    const still = await call(t, 'GET', '/api/careers/title-groups', { as: a.practitioner });
    expect(still.data()).toMatchObject({ isDefault: false, scheme });

    const reset = await call(t, 'DELETE', '/api/careers/title-groups', { as: a.admin });
    expect(reset.statusCode).toBe(200);
    expect(reset.data().isDefault).toBe(true);
    expect((await call(t, 'GET', '/api/careers/title-groups', { as: a.manager })).data()).toEqual({
      scheme: DEFAULT_TITLE_GROUP_SCHEME,
      isDefault: true,
      updatedAt: null,
    });
  });

  it('accepts the built-in scheme as it is', async () => {
    const res = await call(t, 'PUT', '/api/careers/title-groups', {
      as: a.admin,
      body: DEFAULT_TITLE_GROUP_SCHEME,
    });
    expect(res.statusCode, res.body).toBe(200);
    await call(t, 'DELETE', '/api/careers/title-groups', { as: a.admin });
  });

  it('refuses practitioners', async () => {
    const res = await call(t, 'PUT', '/api/careers/title-groups', {
      as: a.practitioner,
      body: DEFAULT_TITLE_GROUP_SCHEME,
    });
    expect(res.statusCode).toBe(403);
  });

  it.each([
    [{ technology: { keywords: [], excludes: [] } }, /at least one keyword/],
    [{ technology: { keywords: ['  '], excludes: [] } }, /keyword is empty/],
    [{ technology: { keywords: ['x'.repeat(61)], excludes: [] } }, /at most 60 characters/],
    [{ technology: { keywords: ['...'], excludes: [] } }, /letter or digit/],
    [{ technology: { keywords: Array.from({ length: 61 }, (_, i) => `k${i}`) } }, /At most 60/],
    [{ technology: { keywords: ['TEL', 'tel.'], excludes: [] } }, /repeats another keyword/],
  ])(
    'refuses a bad scheme %#, saying what to fix, and keeps the old one',
    async (patch, message) => {
      const res = await call(t, 'PUT', '/api/careers/title-groups', {
        as: a.admin,
        body: { ...DEFAULT_TITLE_GROUP_SCHEME, ...patch },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toMatch(message);
      expect(
        (await call(t, 'GET', '/api/careers/title-groups', { as: a.admin })).data().isDefault,
      ).toBe(true);
    },
  );

  it('refuses a scheme that misses a group', async () => {
    const { technology: _, ...rest } = DEFAULT_TITLE_GROUP_SCHEME;
    const res = await call(t, 'PUT', '/api/careers/title-groups', { as: a.admin, body: rest });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/technology/);
  });
});
