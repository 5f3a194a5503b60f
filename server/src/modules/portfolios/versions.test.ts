import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Versions University');
});
afterAll(async () => t?.close());

type Section = {
  id: string;
  key: string;
  revision: number;
  description: string;
  evidence: { title: string }[];
};
type Portfolio = { id: string; status: string; sectionList: Section[] };

async function start(as: Session = tenant.practitioner): Promise<Portfolio> {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as })).data().templates;
  const templateId = list.find((x: { key: string }) => x.key === 'free-form').id;
  const res = await call(t, 'POST', '/api/portfolios', {
    as,
    body: { templateId, title: 'Promotion case' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
}

const get = async (p: { id: string }, as: Session = tenant.practitioner) =>
  (await call(t, 'GET', `/api/portfolios/${p.id}`, { as })).data() as Portfolio;
const section = (p: Portfolio, key: string) => p.sectionList.find((s) => s.key === key)!;

async function save(p: Portfolio, key: string, body: Record<string, unknown>) {
  const s = section(await get(p), key);
  const res = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
    as: tenant.practitioner,
    body: { revision: s.revision, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.data();
}

async function addEntry(p: Portfolio, key: string, title: string) {
  const e = await call(t, 'POST', '/api/cpd/entries', {
    as: tenant.practitioner,
    body: { title, hours: 1 },
  });
  expect(e.statusCode, e.body).toBe(201);
  const s = section(await get(p), key);
  const res = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${s.id}/evidence`, {
    as: tenant.practitioner,
    body: { cpdEntryId: e.data().id },
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Fills the free-form portfolio so that the completeness check finds no errors. */
async function complete(p: Portfolio) {
  await save(p, 'introduction', { description: 'I lead learning technology.' });
  await save(p, 'work', { description: 'I rebuilt the VLE course template.' });
  await save(p, 'work', { reflection: 'Students found things faster.' });
  await addEntry(p, 'work', 'VLE template rebuild');
}

describe('revisions', () => {
  it('keeps every save of a section, newest first; a refused concurrent save adds none', async () => {
    const p = await start();
    await save(p, 'work', { description: 'First draft' });
    await save(p, 'work', { description: 'Second draft', reflection: 'It went well' });
    const s = section(await get(p), 'work');
    // A second tab still holding revision 1 is told the section changed; nothing is written.
    const stale = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
      as: tenant.practitioner,
      body: { revision: 1, description: 'Stale tab' },
    });
    expect(stale.statusCode).toBe(409);
    const res = await call(t, 'GET', `/api/portfolios/${p.id}/sections/${s.id}/revisions`, {
      as: tenant.practitioner,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .data()
        .revisions.map((r: { revision: number; description: string; reflection: string }) => [
          r.revision,
          r.description,
          r.reflection,
        ]),
    ).toEqual([
      [2, 'Second draft', 'It went well'],
      [1, 'First draft', ''],
    ]);
  });

  it('says which section was not found', async () => {
    const p = await start();
    const res = await call(
      t,
      'GET',
      `/api/portfolios/${p.id}/sections/00000000-0000-4000-8000-000000000000/revisions`,
      { as: tenant.practitioner },
    );
    expect(res.statusCode).toBe(404);
    expect(res.data().error.message).toMatch(/section/);
  });
});

describe('snapshots', () => {
  it('compares a named snapshot with the draft, section by section', async () => {
    const p = await start();
    await save(p, 'introduction', { description: 'Hello' });
    await save(p, 'work', { description: 'Before feedback' });
    const snap = await call(t, 'POST', `/api/portfolios/${p.id}/versions`, {
      as: tenant.practitioner,
      body: { name: 'Before mentor feedback' },
    });
    expect(snap.statusCode, snap.body).toBe(201);
    expect(snap.data()).toMatchObject({ kind: 'snapshot', name: 'Before mentor feedback' });

    await save(p, 'work', { description: 'After feedback' });
    await addEntry(p, 'work', 'Mentor meeting');

    const cmp = await call(t, 'GET', `/api/portfolios/${p.id}/versions/${snap.data().id}/compare`, {
      as: tenant.practitioner,
    });
    expect(cmp.statusCode, cmp.body).toBe(200);
    const byKey = Object.fromEntries(cmp.data().sections.map((s: { key: string }) => [s.key, s]));
    expect(byKey.introduction).toMatchObject({ change: 'unchanged', parts: [] });
    expect(byKey.work).toMatchObject({ change: 'changed', parts: ['description', 'evidence'] });
    expect(byKey.work.before.description).toBe('Before feedback');
    expect(byKey.work.after.description).toBe('After feedback');
    expect(byKey.work.before.evidence).toEqual([]);
    expect(byKey.work.after.evidence.map((e: { title: string }) => e.title)).toEqual([
      'Mentor meeting',
    ]);

    const list = (
      await call(t, 'GET', `/api/portfolios/${p.id}/versions`, { as: tenant.practitioner })
    ).data().versions;
    expect(list.map((v: { name: string }) => v.name)).toEqual(['Before mentor feedback']);
  });

  it('asks for a name, and does not find another portfolio’s version', async () => {
    const p = await start();
    const q = await start();
    const bad = await call(t, 'POST', `/api/portfolios/${p.id}/versions`, {
      as: tenant.practitioner,
      body: { name: '  ' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.message).toMatch(/give the snapshot a name/);
    const v = (
      await call(t, 'POST', `/api/portfolios/${q.id}/versions`, {
        as: tenant.practitioner,
        body: { name: 'Q' },
      })
    ).data();
    const cross = await call(t, 'GET', `/api/portfolios/${p.id}/versions/${v.id}/compare`, {
      as: tenant.practitioner,
    });
    expect(cross.statusCode).toBe(404);
  });
  it('still compares a snapshot kept before sections gained a field', async () => {
    const p = await start();
    const v = (
      await call(t, 'POST', `/api/portfolios/${p.id}/versions`, {
        as: tenant.practitioner,
        body: { name: 'Old' },
      })
    ).data();
    const row = await t.database.db
      .selectFrom('portfolio_versions')
      .select('snapshot')
      .where('id', '=', v.id)
      .executeTakeFirstOrThrow();
    const old = JSON.parse(row.snapshot);
    for (const s of old.sectionList) delete s.words;
    await t.database.db
      .updateTable('portfolio_versions')
      .set({ snapshot: JSON.stringify(old) })
      .where('id', '=', v.id)
      .execute();
    const cmp = await call(t, 'GET', `/api/portfolios/${p.id}/versions/${v.id}/compare`, {
      as: tenant.practitioner,
    });
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.data().sections.map((x: { change: string }) => x.change)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });
});

describe('submitting', () => {
  it('is refused while the check finds errors, listing them; nothing changes', async () => {
    const p = await start();
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/submit`, {
      as: tenant.practitioner,
    });
    expect(res.statusCode).toBe(422);
    expect(res.data().error.message).toMatch(/not ready to submit/);
    const paths = res.data().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('work');
    expect(paths).toContain('introduction');
    expect((await get(p)).status).toBe('draft');
    const versions = (
      await call(t, 'GET', `/api/portfolios/${p.id}/versions`, { as: tenant.practitioner })
    ).data().versions;
    expect(versions).toEqual([]);
  });

  it('freezes a complete portfolio and keeps a submitted version; a copy starts a new draft', async () => {
    const p = await start();
    await complete(p);
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/submit`, {
      as: tenant.practitioner,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data().status).toBe('submitted');
    expect(res.data().submittedAt).toBeTruthy();

    const versions = (
      await call(t, 'GET', `/api/portfolios/${p.id}/versions`, { as: tenant.practitioner })
    ).data().versions;
    expect(versions).toHaveLength(1);
    expect(versions[0].kind).toBe('submitted');

    // Frozen: edits and a second submission are refused.
    const s = section(await get(p), 'work');
    const edit = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
      as: tenant.practitioner,
      body: { revision: s.revision, description: 'Changed after submitting' },
    });
    expect(edit.statusCode).toBe(409);
    expect(
      (await call(t, 'POST', `/api/portfolios/${p.id}/submit`, { as: tenant.practitioner }))
        .statusCode,
    ).toBe(409);

    // The submitted version still reads as submitted: compared with now, nothing changed.
    const cmp = (
      await call(t, 'GET', `/api/portfolios/${p.id}/versions/${versions[0].id}/compare`, {
        as: tenant.practitioner,
      })
    ).data();
    expect(cmp.sections.every((x: { change: string }) => x.change === 'unchanged')).toBe(true);

    const copied = await call(t, 'POST', `/api/portfolios/${p.id}/copy`, {
      as: tenant.practitioner,
    });
    expect(copied.statusCode, copied.body).toBe(201);
    const c = copied.data();
    expect(c.id).not.toBe(p.id);
    expect(c.status).toBe('draft');
    expect(section(c, 'work')).toMatchObject({
      description: 'I rebuilt the VLE course template.',
      revision: 0,
    });
    expect(section(c, 'work').evidence.map((e: { title: string }) => e.title)).toEqual([
      'VLE template rebuild',
    ]);
    const edited = await call(
      t,
      'PATCH',
      `/api/portfolios/${c.id}/sections/${section(c, 'work').id}`,
      {
        as: tenant.practitioner,
        body: { revision: 0, description: 'Updated for the review' },
      },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    // The submitted one is untouched.
    expect(section(await get(p), 'work').description).toBe('I rebuilt the VLE course template.');
  });

  it('copies only submitted portfolios', async () => {
    const p = await start();
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/copy`, { as: tenant.practitioner });
    expect(res.statusCode).toBe(409);
    expect(res.data().error.message).toMatch(/still a draft/);
  });
});

describe('readers of a shared portfolio', () => {
  it('list versions and compare, but cannot snapshot, submit or copy', async () => {
    const p = await start();
    await complete(p);
    const v = (
      await call(t, 'POST', `/api/portfolios/${p.id}/versions`, {
        as: tenant.practitioner,
        body: { name: 'For my mentor' },
      })
    ).data();
    const shared = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.assessor.userId },
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const reader = tenant.assessor;
    const list = await call(t, 'GET', `/api/portfolios/${p.id}/versions`, { as: reader });
    expect(list.statusCode).toBe(200);
    expect(list.data().versions.map((x: { name: string }) => x.name)).toEqual(['For my mentor']);
    const cmp = await call(t, 'GET', `/api/portfolios/${p.id}/versions/${v.id}/compare`, {
      as: reader,
    });
    expect(cmp.statusCode).toBe(200);
    for (const [method, url, body] of [
      ['POST', `/api/portfolios/${p.id}/versions`, { name: 'Intruder' }],
      ['POST', `/api/portfolios/${p.id}/submit`, undefined],
      ['POST', `/api/portfolios/${p.id}/copy`, undefined],
    ] as const) {
      const res = await call(t, method, url, { as: reader, body });
      expect(res.statusCode, url).toBe(404);
    }
    expect((await get(p)).status).toBe('draft');
    const after = (await call(t, 'GET', `/api/portfolios/${p.id}/versions`, { as: reader })).data();
    expect(after.versions).toHaveLength(1);
  });
});
