import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'CPD Test University');
});
afterAll(async () => t?.close());

const today = () => new Date().toISOString().slice(0, 10);
const log = (body: Record<string, unknown>, as = tenant.practitioner) =>
  call(t, 'POST', '/api/cpd/entries', { as, body });

async function istItem(code: string) {
  const r = (
    await call(t, 'GET', `/api/framework-items/search?q=${code}`, { as: tenant.practitioner })
  ).data().results;
  return r.find((i: { code: string }) => i.code === code);
}

describe('capturing CPD', () => {
  it('saves a quick capture from a title alone: today, 1 hour, other', async () => {
    const res = await log({ title: 'Watched the ALT webinar on AI detection' });
    expect(res.statusCode).toBe(201);
    expect(res.data()).toMatchObject({
      title: 'Watched the ALT webinar on AI detection',
      date: today(),
      hours: 1,
      type: 'other',
      significant: false,
      timeKind: null,
      tags: [],
    });
  });

  it('saves a full entry with reflection, protected time, significance and framework tags', async () => {
    const collaborator = await istItem('4.3');
    const res = await log({
      title: 'Co-taught a lesson with the chemistry team',
      date: '2026-10-14',
      hours: 1.5,
      type: 'coaching',
      reflection: 'What worked: **modelling** the quiz tool first.',
      timeKind: 'protected',
      significant: true,
      tagIds: [collaborator.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data()).toMatchObject({
      hours: 1.5,
      type: 'coaching',
      timeKind: 'protected',
      significant: true,
    });
    expect(res.data().tags[0]).toMatchObject({
      code: '4.3',
      framework: { title: expect.stringMatching(/ISTE/) },
    });
  });

  it('refuses absurd hours, far-future dates, unknown types and unknown tags, saying what to fix', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ title: 'x', hours: -1 }, 'hours', /more than 0/],
      [{ title: 'x', hours: 30 }, 'hours', /cannot be more than 24 in one entry/],
      [{ title: 'x', date: '2099-01-01' }, 'date', /more than a year ahead/],
      [{ title: 'x', date: '2026-02-30' }, 'date', /must be a date/],
      [{ title: 'x', type: 'party' }, 'type', /must be one of: conference/],
      [
        { title: 'x', tagIds: [crypto.randomUUID()] },
        'tagIds.0',
        /not an item of a framework you can use/,
      ],
      [{ title: '   ' }, 'title', /is required/],
    ];
    const before = (await call(t, 'GET', '/api/cpd/entries', { as: tenant.assessor })).data().total;
    for (const [body, path, message] of cases) {
      const res = await log(body, tenant.assessor);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const field = res.data().error.fields.find((f: { path: string }) => f.path === path);
      expect(field?.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await call(t, 'GET', '/api/cpd/entries', { as: tenant.assessor })).data().total).toBe(
      before,
    );
  });
});

describe('curating later', () => {
  it('filters by date, type, tag and significance, searches titles and reflections, and totals the hours', async () => {
    const who = tenant.manager;
    const dataItem = await istItem('4.6');
    await log(
      { title: 'Conference: OER26', date: '2026-04-10', hours: 6, type: 'conference' },
      who,
    );
    await log(
      {
        title: 'Read a paper on learning analytics',
        date: '2026-05-02',
        hours: 2,
        type: 'formal-study',
        tagIds: [dataItem.id],
        reflection: 'Dashboards need a baseline to mean anything.',
      },
      who,
    );
    await log(
      {
        title: 'Peer discussion about Moodle quizzes',
        date: '2026-06-20',
        hours: 0.75,
        type: 'peer-discussion',
        significant: true,
      },
      who,
    );
    const list = async (qs: string) =>
      (await call(t, 'GET', `/api/cpd/entries${qs}`, { as: who })).data();
    const all = await list('');
    expect(all.entries.map((e: { title: string }) => e.title)).toEqual([
      'Peer discussion about Moodle quizzes',
      'Read a paper on learning analytics',
      'Conference: OER26',
    ]);
    expect(all).toMatchObject({ total: 3, totalHours: 8.75 });
    expect((await list('?from=2026-05-01&to=2026-05-31')).total).toBe(1);
    expect((await list('?type=conference')).entries[0].title).toBe('Conference: OER26');
    expect((await list(`?tagId=${dataItem.id}`)).entries[0].title).toMatch(/learning analytics/);
    expect((await list('?significant=true')).total).toBe(1);
    expect((await list('?q=BASELINE')).entries[0].title).toMatch(/learning analytics/); // found in the reflection
    expect((await list('?limit=1&offset=1')).entries[0].title).toBe(
      'Read a paper on learning analytics',
    );
    const bad = await call(t, 'GET', '/api/cpd/entries?type=party', { as: who });
    expect(bad.statusCode).toBe(400);
  });

  it('edits and deletes an entry', async () => {
    const id = (await log({ title: 'Draft title', hours: 1 })).data().id;
    const edited = await call(t, 'PATCH', `/api/cpd/entries/${id}`, {
      as: tenant.practitioner,
      body: {
        title: 'Ran a skill-sharing session on H5P',
        type: 'skill-sharing',
        hours: 2.25,
        tagIds: [],
      },
    });
    expect(edited.data()).toMatchObject({
      title: 'Ran a skill-sharing session on H5P',
      type: 'skill-sharing',
      hours: 2.25,
    });
    expect(
      (await call(t, 'DELETE', `/api/cpd/entries/${id}`, { as: tenant.practitioner })).statusCode,
    ).toBe(204);
    expect(
      (await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })).statusCode,
    ).toBe(404);
  });
});

describe('privacy', () => {
  it('keeps entries private to their author, even from the institution’s managers and admins', async () => {
    const id = (
      await log({ title: 'Private reflection on a hard term', reflection: 'Only for me.' })
    ).data().id;
    for (const other of [tenant.manager, tenant.admin]) {
      expect((await call(t, 'GET', `/api/cpd/entries/${id}`, { as: other })).statusCode).toBe(404);
      expect(
        (await call(t, 'PATCH', `/api/cpd/entries/${id}`, { as: other, body: { title: 'x' } }))
          .statusCode,
      ).toBe(404);
      expect(
        (await call(t, 'GET', '/api/cpd/entries?q=hard term', { as: other })).data().total,
      ).toBe(0);
    }
    expect(
      (await call(t, 'GET', `/api/cpd/entries/${id}`, { as: tenant.practitioner })).data()
        .reflection,
    ).toBe('Only for me.');
  });

  it('includes the entries, goals and settings in the author’s personal data download', async () => {
    await log({ title: 'Exported entry', hours: 0.5, shared: true }, tenant.assessor);
    await call(t, 'POST', '/api/cpd/goals', {
      as: tenant.assessor,
      body: { title: 'Exported goal' },
    });
    await call(t, 'PATCH', '/api/cpd/settings', {
      as: tenant.assessor,
      body: { yearlyTargetHours: 18 },
    });
    const data = (await call(t, 'GET', '/api/me/export', { as: tenant.assessor })).data();
    expect(data.cpdEntries).toContainEqual(
      expect.objectContaining({ title: 'Exported entry', hours: 0.5, sharedWithManagers: true }),
    );
    expect(data.cpdGoals).toContainEqual(expect.objectContaining({ title: 'Exported goal' }));
    expect(data.cpdSettings).toEqual([
      {
        institution: 'CPD Test University',
        yearlyTargetHours: 18,
        summarySharedWithManagers: false,
      },
    ]);
    expect(data.cpdEvidence).toEqual([]);
  });
});
