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
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Insights University');
  other = await createTenant(t, 'Elsewhere College');
});
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear();
const log = async (body: Record<string, unknown>, as: Session = tenant.practitioner) => {
  const res = await call(t, 'POST', '/api/cpd/entries', { as, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
};

async function cmalt(code: string, as: Session = tenant.practitioner) {
  const found = (
    await call(t, 'GET', `/api/framework-items/search?q=${encodeURIComponent(code)}`, { as })
  ).data().results;
  const item = found.find(
    (i: { code: string; framework: { title: string } }) =>
      i.code === code && i.framework.title.includes('CMALT'),
  );
  expect(item, `CMALT item ${code}`).toBeTruthy();
  return item;
}

describe('the dashboard', () => {
  let person: Session;
  beforeAll(async () => {
    person = tenant.assessor; // a fresh log, untouched by the other tests
  });

  it('starts empty with the default yearly target of 20 hours', async () => {
    const res = await call(t, 'GET', '/api/cpd/dashboard', { as: person });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.data();
    expect(d.summary).toMatchObject({ year, hours: 0, entries: 0, targetHours: 20 });
    expect(d.summary.byMonth).toHaveLength(12);
    expect(d.recent).toEqual([]);
    // With nothing tagged yet, the coverage map shows CMALT, empty.
    expect(d.coverage[0].framework.title).toMatch(/CMALT/);
    expect(d.coverage[0].covered).toBe(0);
    expect(d.coverage[0].total).toBeGreaterThan(10);
  });

  it('adds up the year by type, month and kind of time, leaving out drafts, deletions and other years', async () => {
    const a1 = await cmalt('1a', person);
    await log(
      {
        title: 'Jan conference',
        date: `${year}-01-10`,
        hours: 6,
        type: 'conference',
        timeKind: 'protected',
        tagIds: [a1.id],
      },
      person,
    );
    await log(
      {
        title: 'Jan reading',
        date: `${year}-01-20`,
        hours: 1.5,
        type: 'exploring-technology',
        timeKind: 'personal',
      },
      person,
    );
    await log(
      { title: 'Last year', date: `${year - 1}-12-31`, hours: 3, type: 'conference' },
      person,
    );
    const gone = await log({ title: 'Deleted', date: `${year}-01-05`, hours: 4 }, person);
    await call(t, 'DELETE', `/api/cpd/entries/${gone.id}`, { as: person });

    const d = (await call(t, 'GET', '/api/cpd/dashboard', { as: person })).data();
    expect(d.summary.hours).toBe(7.5);
    expect(d.summary.entries).toBe(2);
    expect(d.summary.byType).toEqual([
      { type: 'conference', hours: 6, entries: 1 },
      { type: 'exploring-technology', hours: 1.5, entries: 1 },
    ]);
    expect(d.summary.byMonth[0]).toEqual({ month: `${year}-01`, hours: 7.5 });
    expect(d.summary.timeKind).toEqual({ protected: 6, personal: 1.5, unspecified: 0 });
    expect(d.recent.map((e: { title: string }) => e.title)).toContain('Jan reading');
    expect(d.recent.map((e: { title: string }) => e.title)).not.toContain('Deleted');

    const last = (
      await call(t, 'GET', `/api/cpd/dashboard?year=${year - 1}`, { as: person })
    ).data();
    expect(last.summary.hours).toBe(3);
  });

  it('shows coverage per framework area, rolled up from the items tagged', async () => {
    // A tag on another framework shows on that framework's map only.
    const iste = (await call(t, 'GET', '/api/framework-items/search?q=4.1a', { as: person }))
      .data()
      .results.find((i: { code: string }) => i.code === '4.1a');
    await log(
      { title: 'Coached a change project', date: `${year}-01-12`, hours: 1, tagIds: [iste.id] },
      person,
    );
    const d = (await call(t, 'GET', '/api/cpd/dashboard', { as: person })).data();
    const isteMap = d.coverage.find((c: { framework: { title: string } }) =>
      c.framework.title.includes('ISTE'),
    );
    expect(isteMap.covered).toBe(2); // 4.1a and its standard 4.1
    const map = d.coverage.find((c: { framework: { title: string } }) =>
      c.framework.title.includes('CMALT'),
    );
    const byCode = new Map(map.items.map((i: { code: string }) => [i.code, i]));
    expect(byCode.get('1a')).toMatchObject({ entries: 1, hours: 6 });
    // Core area 1 is covered through its sub-area; area 2 is still empty.
    expect(byCode.get('1')).toMatchObject({ entries: 1, hours: 6 });
    expect(byCode.get('2')).toMatchObject({ entries: 0, hours: 0 });
    expect(map.covered).toBe(2);
    // The list filtered by the area shows what the map counted for it.
    const area = byCode.get('1') as { id: string };
    const listed = (
      await call(t, 'GET', `/api/cpd/entries?tagId=${area.id}`, { as: person })
    ).data();
    expect(listed.entries.map((e: { title: string }) => e.title)).toEqual(['Jan conference']);
  });

  it('changes the target and the frameworks shown, and refuses nonsense with reasons', async () => {
    const bad = await call(t, 'PATCH', '/api/cpd/settings', {
      as: person,
      body: { yearlyTargetHours: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields[0]).toMatchObject({ path: 'yearlyTargetHours' });
    const unknown = await call(t, 'PATCH', '/api/cpd/settings', {
      as: person,
      body: { coverageFrameworkIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data().error.fields[0].message).toMatch(/not a framework/);

    const frameworks = (await call(t, 'GET', '/api/frameworks', { as: person })).data().frameworks;
    const iste = frameworks.find((f: { title: string }) => f.title.includes('ISTE'));
    const ok = await call(t, 'PATCH', '/api/cpd/settings', {
      as: person,
      body: { yearlyTargetHours: 15, coverageFrameworkIds: [iste.id] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const d = (await call(t, 'GET', '/api/cpd/dashboard', { as: person })).data();
    expect(d.summary.targetHours).toBe(15);
    expect(d.coverage.map((c: { framework: { id: string } }) => c.framework.id)).toEqual([iste.id]);
  });

  it('counts calendar drafts apart until they are confirmed', async () => {
    // A draft as a calendar import leaves it (the import itself is tested with the importer).
    const draft = await log(
      { title: 'Calendar: JISC webinar', date: `${year}-02-03`, hours: 2 },
      person,
    );
    await t.deps.db
      .updateTable('cpd_entries')
      .set({ draft: 1 })
      .where('id', '=', draft.id)
      .execute();
    const before = (await call(t, 'GET', '/api/cpd/dashboard', { as: person })).data();
    expect(before.drafts).toBe(1);
    expect(before.summary.byMonth[1].hours).toBe(0);
    expect((await call(t, 'GET', '/api/cpd/entries?draft=true', { as: person })).data().total).toBe(
      1,
    );

    const confirmed = await call(t, 'PATCH', `/api/cpd/entries/${draft.id}`, {
      as: person,
      body: { draft: false },
    });
    expect(confirmed.data().draft).toBe(false);
    const after = (await call(t, 'GET', '/api/cpd/dashboard', { as: person })).data();
    expect(after.drafts).toBe(0);
    expect(after.summary.byMonth[1].hours).toBe(2);
  });
});

describe('goals', () => {
  it('keeps goals with due dates and items, shows progress from tagged entries, and lists the ones due', async () => {
    const as = tenant.practitioner;
    const area3 = await cmalt('3a', as);
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const created = await call(t, 'POST', '/api/cpd/goals', {
      as,
      body: { title: 'Evidence core area 3 for CMALT', dueOn: soon, itemIds: [area3.id] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const goal = created.data();
    expect(goal).toMatchObject({ status: 'not-started', progress: { entries: 0, hours: 0 } });
    expect(goal.items[0].code).toBe('3a');

    await log({ title: 'Read the accessibility regulations', hours: 2, tagIds: [area3.id] }, as);
    const listed = (await call(t, 'GET', '/api/cpd/goals', { as })).data().goals;
    expect(listed[0]).toMatchObject({ id: goal.id, progress: { entries: 1, hours: 2 } });

    const dash = (await call(t, 'GET', '/api/cpd/dashboard', { as })).data();
    expect(dash.goalsDue.map((g: { id: string }) => g.id)).toEqual([goal.id]);

    const done = await call(t, 'PATCH', `/api/cpd/goals/${goal.id}`, {
      as,
      body: { status: 'achieved' },
    });
    expect(done.data().status).toBe('achieved');
    expect((await call(t, 'GET', '/api/cpd/dashboard', { as })).data().goalsDue).toEqual([]);

    expect((await call(t, 'DELETE', `/api/cpd/goals/${goal.id}`, { as })).statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/cpd/goals', { as })).data().goals).toEqual([]);
  });

  it('refuses unknown items and statuses with reasons, and hides goals from everyone else', async () => {
    const as = tenant.practitioner;
    const bad = await call(t, 'POST', '/api/cpd/goals', {
      as,
      body: { title: 'x', status: 'someday', itemIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields.map((f: { path: string }) => f.path)).toContain('status');

    const mine = (
      await call(t, 'POST', '/api/cpd/goals', { as, body: { title: 'Private goal' } })
    ).data();
    const manager = await call(t, 'PATCH', `/api/cpd/goals/${mine.id}`, {
      as: tenant.manager,
      body: { title: 'Hijacked' },
    });
    expect(manager.statusCode).toBe(404);
    expect((await call(t, 'GET', '/api/cpd/goals', { as: tenant.manager })).body).not.toContain(
      'Private goal',
    );
  });
});

describe('what managers see', () => {
  it('shows only the summaries people chose to share, and never a reflection that was not shared', async () => {
    const as = tenant.practitioner;
    await log(
      {
        title: 'private-title Coached the nursing team',
        hours: 2,
        type: 'coaching',
        timeKind: 'protected',
        reflection: 'private-reflection about a colleague',
      },
      as,
    );

    const before = await call(t, 'GET', '/api/cpd/team', { as: tenant.manager });
    expect(before.statusCode, before.body).toBe(200);
    const row = before.data().people.find((p: { userId: string }) => p.userId === as.userId);
    expect(row).toMatchObject({ summary: null, sharedEntries: 0 });

    await call(t, 'PATCH', '/api/cpd/settings', { as, body: { shareSummary: true } });
    const after = await call(t, 'GET', '/api/cpd/team', { as: tenant.manager });
    const shared = after.data().people.find((p: { userId: string }) => p.userId === as.userId);
    expect(shared.summary.hours).toBeGreaterThanOrEqual(2);
    expect(shared.summary.byType.map((b: { type: string }) => b.type)).toContain('coaching');
    expect(shared.summary.timeKind.protected).toBeGreaterThanOrEqual(2);
    expect(after.body).not.toContain('private-title');
    expect(after.body).not.toContain('private-reflection');

    const detail = await call(t, 'GET', `/api/cpd/team/${as.userId}`, { as: tenant.manager });
    expect(detail.statusCode).toBe(200);
    expect(detail.data().sharedEntries).toEqual([]);
    expect(detail.body).not.toContain('private-reflection');
  });

  it('shows an entry shared one by one, with its reflection, and nothing else', async () => {
    const as = tenant.practitioner;
    const entry = await log(
      {
        title: 'Shared: ran the Moodle quiz clinic',
        hours: 1,
        reflection: 'shared-reflection **worth** reading',
        shared: true,
      },
      as,
    );
    const detail = (
      await call(t, 'GET', `/api/cpd/team/${as.userId}`, { as: tenant.manager })
    ).data();
    expect(detail.sharedEntries.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    expect(detail.sharedEntries[0].reflectionHtml).toContain('<strong>worth</strong>');
    expect(JSON.stringify(detail)).not.toContain('private-reflection');
  });

  it('is for managers and administrators only, and only within their institution', async () => {
    const as = tenant.practitioner;
    for (const who of [tenant.practitioner, tenant.assessor]) {
      expect((await call(t, 'GET', '/api/cpd/team', { as: who })).statusCode).toBe(403);
    }
    expect((await call(t, 'GET', '/api/cpd/team', { as: tenant.admin })).statusCode).toBe(200);
    const foreign = await call(t, 'GET', `/api/cpd/team/${as.userId}`, { as: other.manager });
    expect(foreign.statusCode).toBe(404);
    const list = await call(t, 'GET', '/api/cpd/team', { as: other.manager });
    expect(list.body).not.toContain(as.userId);
  });
});

describe('curating many entries at once', () => {
  it('tags, marks significant, deletes and restores (undo) in bulk', async () => {
    const as = tenant.manager;
    const a = await log({ title: 'Bulk one', hours: 1 }, as);
    const b = await log({ title: 'Bulk two', hours: 1 }, as);
    const item = await cmalt('2a', as);
    const ids = [a.id, b.id];

    const tagged = await call(t, 'POST', '/api/cpd/entries/bulk', {
      as,
      body: { action: 'tag', ids, tagIds: [item.id] },
    });
    expect(tagged.data()).toMatchObject({ action: 'tag', changed: 2 });
    const byTag = (await call(t, 'GET', `/api/cpd/entries?tagId=${item.id}`, { as })).data();
    expect(byTag.total).toBe(2);

    await call(t, 'POST', '/api/cpd/entries/bulk', {
      as,
      body: { action: 'mark-significant', ids },
    });
    expect((await call(t, 'GET', '/api/cpd/entries?significant=true', { as })).data().total).toBe(
      2,
    );

    const deleted = await call(t, 'POST', '/api/cpd/entries/bulk', {
      as,
      body: { action: 'delete', ids },
    });
    expect(deleted.data().changed).toBe(2);
    expect((await call(t, 'GET', '/api/cpd/entries', { as })).data().total).toBe(0);
    expect((await call(t, 'GET', `/api/cpd/entries/${a.id}`, { as })).statusCode).toBe(404);

    const undo = await call(t, 'POST', '/api/cpd/entries/bulk', {
      as,
      body: { action: 'restore', ids },
    });
    expect(undo.data().changed).toBe(2);
    const back = (await call(t, 'GET', '/api/cpd/entries', { as })).data();
    expect(back.total).toBe(2);
    expect(back.entries[0]).toMatchObject({ significant: true });
    expect(back.entries[0].tags[0].code).toBe('2a');
  });

  it("changes nothing when one id is not the caller's, and says so", async () => {
    const mine = await log({ title: 'Mine to keep' }, tenant.manager);
    const theirs = await log({ title: 'Not yours' }, tenant.practitioner);
    const res = await call(t, 'POST', '/api/cpd/entries/bulk', {
      as: tenant.manager,
      body: { action: 'delete', ids: [mine.id, theirs.id] },
    });
    expect(res.statusCode).toBe(404);
    expect(res.data().error.message).toMatch(/nothing was changed/);
    expect(
      (await call(t, 'GET', `/api/cpd/entries/${mine.id}`, { as: tenant.manager })).statusCode,
    ).toBe(200);
    expect(
      (await call(t, 'GET', `/api/cpd/entries/${theirs.id}`, { as: tenant.practitioner }))
        .statusCode,
    ).toBe(200);
  });

  it('asks for items when tagging', async () => {
    const res = await call(t, 'POST', '/api/cpd/entries/bulk', {
      as: tenant.manager,
      body: { action: 'tag', ids: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields[0]).toMatchObject({ path: 'tagIds' });
  });
});

describe('filters and Markdown', () => {
  it('filters by having a reflection and by drafts', async () => {
    const as = other.practitioner;
    await log({ title: 'With words', reflection: 'I learnt a lot' }, as);
    await log({ title: 'Without words' }, as);
    const withR = (await call(t, 'GET', '/api/cpd/entries?hasReflection=true', { as })).data();
    expect(withR.entries.map((e: { title: string }) => e.title)).toEqual(['With words']);
    const withoutR = (await call(t, 'GET', '/api/cpd/entries?hasReflection=false', { as })).data();
    expect(withoutR.entries.map((e: { title: string }) => e.title)).toEqual(['Without words']);
    expect((await call(t, 'GET', '/api/cpd/entries?hasEvidence=true', { as })).data().total).toBe(
      0,
    );
    expect((await call(t, 'GET', '/api/cpd/entries?draft=true', { as })).data().total).toBe(0);
    const bad = await call(t, 'GET', '/api/cpd/entries?hasReflection=maybe', { as });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields[0].message).toMatch(/true or false/);
  });

  it('renders reflections as sanitised HTML: formatting kept, scripts and javascript: links gone', async () => {
    const entry = await log(
      {
        title: 'Markdown',
        reflection:
          '## What I learnt\n\n- **bold** point\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2)) <img src=x onerror=alert(3)>',
      },
      other.practitioner,
    );
    expect(entry.reflectionHtml).toContain('<h2>What I learnt</h2>');
    expect(entry.reflectionHtml).toContain('<strong>bold</strong>');
    expect(entry.reflectionHtml).not.toMatch(/<script|javascript:|onerror|<img/);
    const preview = await call(t, 'POST', '/api/cpd/markdown-preview', {
      as: other.practitioner,
      body: { markdown: '[site](https://alt.ac.uk) <iframe src="https://evil.test"></iframe>' },
    });
    expect(preview.data().html).toContain('href="https://alt.ac.uk"');
    expect(preview.data().html).toContain('rel="noopener noreferrer nofollow"');
    expect(preview.data().html).not.toContain('iframe');
  });
});
