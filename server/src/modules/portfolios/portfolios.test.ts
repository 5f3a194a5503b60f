import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';
import { BUILTIN_TEMPLATES } from './templates';
import { builtinItemRef } from './templates/sync';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Portfolio University');
  other = await createTenant(t, 'Elsewhere College');
});
afterAll(async () => t?.close());

type Section = {
  id: string;
  key: string;
  revision: number;
  evidence: { id: string; kind: string; cpdEntry: { id: string } | null }[];
};
type Problem = { sectionKey: string | null; kind: string; severity: string; message: string };

async function templateId(key: string, as: Session = tenant.practitioner) {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as })).data().templates;
  const found = list.find((x: { key: string }) => x.key === key);
  expect(found, key).toBeTruthy();
  return found.id as string;
}

async function start(key: string, as: Session = tenant.practitioner, extra = {}) {
  const res = await call(t, 'POST', '/api/portfolios', {
    as,
    body: { templateId: await templateId(key, as), ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
}

const section = (p: { sectionList: Section[] }, key: string) =>
  p.sectionList.find((s) => s.key === key)!;

async function save(
  p: { id: string },
  s: Section,
  body: Record<string, unknown>,
  as: Session = tenant.practitioner,
) {
  return call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
    as,
    body: { revision: s.revision, ...body },
  });
}

async function entry(title: string, tagCodes: string[] = [], as: Session = tenant.practitioner) {
  const tagIds = tagCodes.map((c) => builtinItemRef(`cmalt ${c}`));
  const res = await call(t, 'POST', '/api/cpd/entries', {
    as,
    body: { title, hours: 2, tagIds },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
}

const PROSE = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('templates', () => {
  it('are valid data whose framework items all exist', async () => {
    const list = (
      await call(t, 'GET', '/api/portfolio-templates', { as: tenant.practitioner })
    ).data().templates;
    expect(list.map((x: { key: string }) => x.key).sort()).toEqual(
      BUILTIN_TEMPLATES.map((b) => b.key).sort(),
    );
    for (const b of BUILTIN_TEMPLATES) {
      const id = list.find((x: { key: string }) => x.key === b.key).id;
      const full = (
        await call(t, 'GET', `/api/portfolio-templates/${id}`, { as: tenant.practitioner })
      ).data();
      for (const spec of b.spec.sections) {
        const resolved = full.sectionSpecs.find((s: { key: string }) => s.key === spec.key);
        expect(resolved.items.length, `${b.key} ${spec.key}`).toBe(spec.items?.length ?? 0);
      }
    }
  });

  it('give CMALT its contextual statement, core areas with sub-areas, a specialist area and future plans', async () => {
    const p = await start('cmalt');
    expect(p.sectionList.map((s: Section) => s.key)).toEqual([
      'contextual-statement',
      'core-1a',
      'core-1b',
      'core-1c',
      'core-2a',
      'core-2b',
      'core-3a',
      'core-3b',
      'core-4',
      'specialist-1',
      'future-plans',
    ]);
    const senior = await start('cmalt-senior');
    expect(senior.sectionList.map((s: Section) => s.key)).toEqual(
      expect.arrayContaining(['specialist-1', 'specialist-2', 'advanced-leadership']),
    );
  });

  it('refuse an unknown template with a reason', async () => {
    const res = await call(t, 'POST', '/api/portfolios', {
      as: tenant.practitioner,
      body: { templateId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields[0]).toMatchObject({ path: 'templateId' });
  });
});

describe('the completeness check', () => {
  it('says what is missing in a new CMALT portfolio, section by section', async () => {
    const p = await start('cmalt');
    const c = p.completeness;
    expect(c.ready).toBe(false);
    const kinds = (key: string) =>
      c.problems.filter((x: Problem) => x.sectionKey === key).map((x: Problem) => x.kind);
    expect(kinds('contextual-statement')).toEqual(['missing-description']);
    expect(kinds('core-1a')).toEqual([
      'missing-description',
      'missing-evidence',
      'missing-reflection',
    ]);
    expect(kinds('core-3a')).toContain('missing-declarations');
    expect(kinds('specialist-1')).toContain('unnamed');
  });

  it('applies the CMALT rules: a second legislative or policy area in 3b, two examples in core area 4', async () => {
    const p = await start('cmalt');
    const a = section(p, 'core-3a');
    const b = section(p, 'core-3b');
    await save(p, a, { declarations: ['Copyright and licensing'] });
    const same = await save(p, b, { declarations: ['copyright and licensing'] });
    expect(same.statusCode).toBe(200);
    let c = (
      await call(t, 'GET', `/api/portfolios/${p.id}/completeness`, { as: tenant.practitioner })
    ).data();
    expect(
      c.problems.find(
        (x: Problem) => x.sectionKey === 'core-3b' && x.kind === 'missing-declarations',
      ).message,
    ).toMatch(/second area/);

    const fresh = (
      await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.practitioner })
    ).data();
    await save(p, section(fresh, 'core-3b'), { declarations: ['WCAG 2.2'] });
    const four = section(p, 'core-4');
    const e1 = await entry('Ran a workshop with the library team');
    await call(t, 'POST', `/api/portfolios/${p.id}/sections/${four.id}/evidence`, {
      as: tenant.practitioner,
      body: { cpdEntryId: e1.id },
    });
    c = (
      await call(t, 'GET', `/api/portfolios/${p.id}/completeness`, { as: tenant.practitioner })
    ).data();
    expect(
      c.problems.some(
        (x: Problem) => x.sectionKey === 'core-3b' && x.kind === 'missing-declarations',
      ),
    ).toBe(false);
    expect(
      c.problems.find((x: Problem) => x.sectionKey === 'core-4' && x.kind === 'too-few-evidence')
        .message,
    ).toMatch(/at least 2/);
    const e2 = await entry('Co-wrote guidance with the students union');
    await call(t, 'POST', `/api/portfolios/${p.id}/sections/${four.id}/evidence`, {
      as: tenant.practitioner,
      body: { cpdEntryId: e2.id },
    });
    c = (
      await call(t, 'GET', `/api/portfolios/${p.id}/completeness`, { as: tenant.practitioner })
    ).data();
    expect(
      c.problems.some((x: Problem) => x.sectionKey === 'core-4' && x.kind === 'too-few-evidence'),
    ).toBe(false);
  });

  it('warns about word counts against the guidance, and is ready when every section has its three parts', async () => {
    const as = tenant.assessor;
    const p = await start('free-form', as);
    const intro = section(p, 'introduction');
    await save(p, intro, { description: 'Short intro.' }, as);
    const work = section(p, 'work');
    const e = await entry('Evidence for the free-form portfolio', [], as);
    await call(t, 'POST', `/api/portfolios/${p.id}/sections/${work.id}/evidence`, {
      as,
      body: { cpdEntryId: e.id },
    });
    let c = (await call(t, 'GET', `/api/portfolios/${p.id}/completeness`, { as })).data();
    expect(c.problems.map((x: Problem) => x.kind).sort()).toEqual([
      'missing-description',
      'missing-reflection',
    ]);
    const fresh = (await call(t, 'GET', `/api/portfolios/${p.id}`, { as })).data();
    await save(p, section(fresh, 'work'), { description: PROSE(40), reflection: PROSE(30) }, as);
    c = (await call(t, 'GET', `/api/portfolios/${p.id}/completeness`, { as })).data();
    expect(c).toMatchObject({ ready: true, errors: 0 });
    expect(c.words.total).toBe(72);

    const cm = await start('cmalt', as);
    const ctx = section(cm, 'contextual-statement');
    await save(cm, ctx, { description: PROSE(50) }, as);
    const cc = (await call(t, 'GET', `/api/portfolios/${cm.id}/completeness`, { as })).data();
    const w = cc.problems.find((x: Problem) => x.sectionKey === 'contextual-statement');
    expect(w).toMatchObject({ kind: 'words-under', severity: 'warning' });
    expect(w.message).toMatch(/50 words; the guidance is 200–800/);
  });
});

describe('sections, evidence and concurrent edits', () => {
  it('keeps every save and refuses a save made against an older revision, showing the current one', async () => {
    const p = await start('cmalt');
    const s = section(p, 'core-1a');
    const first = await save(p, s, { description: 'Tab one wrote this.' });
    expect(first.statusCode).toBe(200);
    expect(first.data().revision).toBe(1);
    const stale = await save(p, s, { description: 'Tab two, loaded earlier.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.data().error.code).toBe('EDIT_CONFLICT');
    expect(stale.data().error.current).toMatchObject({
      description: 'Tab one wrote this.',
      revision: 1,
    });
    const now = (
      await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.practitioner })
    ).data();
    expect(section(now, 'core-1a')).toMatchObject({ description: 'Tab one wrote this.' });
    const revisions = await t.deps.db
      .selectFrom('portfolio_section_revisions')
      .select(['revision', 'description'])
      .where('section_id', '=', s.id)
      .execute();
    expect(revisions).toEqual([{ revision: 1, description: 'Tab one wrote this.' }]);
  });

  it('renders descriptions and reflections as sanitised HTML', async () => {
    const p = await start('free-form');
    const res = await save(p, section(p, 'work'), {
      description: '## Project\n\n<script>alert(1)</script>**done**',
    });
    expect(res.data().descriptionHtml).toContain('<h2>Project</h2>');
    expect(res.data().descriptionHtml).not.toContain('<script');
  });

  it('suggests CPD entries tagged for the section first, and lets one entry serve several sections and portfolios', async () => {
    const p = await start('cmalt');
    const tagged = await entry('Evaluated three quiz tools', ['1a']);
    await entry('Something untagged and recent');
    const s1a = section(p, 'core-1a');
    const sug = (
      await call(t, 'GET', `/api/portfolios/${p.id}/sections/${s1a.id}/suggestions`, {
        as: tenant.practitioner,
      })
    ).data().entries;
    expect(sug[0]).toMatchObject({ id: tagged.id, matchesSection: true });
    expect(sug.some((x: { matchesSection: boolean }) => !x.matchesSection)).toBe(true);

    const added = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${s1a.id}/evidence`, {
      as: tenant.practitioner,
      body: { cpdEntryId: tagged.id, note: 'The comparison table' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const ev = added.data().evidence[0];
    expect(ev).toMatchObject({
      kind: 'cpd',
      note: 'The comparison table',
      cpdEntry: { id: tagged.id },
    });
    const again = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${s1a.id}/evidence`, {
      as: tenant.practitioner,
      body: { evidenceId: ev.id },
    });
    expect(again.statusCode).toBe(409);
    const s1b = section(p, 'core-1b');
    const reuse = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${s1b.id}/evidence`, {
      as: tenant.practitioner,
      body: { cpdEntryId: tagged.id },
    });
    expect(reuse.data().evidence[0].id).toBe(ev.id);
    const p2 = await start('cmalt-associate');
    const other2 = await call(
      t,
      'POST',
      `/api/portfolios/${p2.id}/sections/${section(p2, 'core-1a').id}/evidence`,
      {
        as: tenant.practitioner,
        body: { evidenceId: ev.id },
      },
    );
    expect(other2.statusCode).toBe(201);

    const full = (
      await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.practitioner })
    ).data();
    const cell = full.coverage.find((c: { item: { code: string } }) => c.item.code === '1a');
    expect(cell).toMatchObject({ evidence: 1, sections: ['core-1a'] });
    const area = full.coverage.find((c: { item: { code: string } }) => c.item.code === '1');
    expect(area.evidence).toBe(1);

    const removed = await call(
      t,
      'DELETE',
      `/api/portfolios/${p.id}/sections/${s1b.id}/evidence/${ev.id}`,
      {
        as: tenant.practitioner,
      },
    );
    expect(removed.data().evidence).toEqual([]);
  });

  it('adds web links, unchecked until the link checker has seen them', async () => {
    const p = await start('free-form');
    const res = await call(
      t,
      'POST',
      `/api/portfolios/${p.id}/sections/${section(p, 'work').id}/evidence`,
      {
        as: tenant.practitioner,
        body: { url: 'https://example.org/my-blog/post', title: 'Blog post' },
      },
    );
    expect(res.data().evidence[0]).toMatchObject({
      kind: 'url',
      url: 'https://example.org/my-blog/post',
      link: { status: 'unchecked' },
    });
    const bad = await call(
      t,
      'POST',
      `/api/portfolios/${p.id}/sections/${section(p, 'work').id}/evidence`,
      {
        as: tenant.practitioner,
        body: { url: 'javascript:alert(1)' },
      },
    );
    expect(bad.statusCode).toBe(400);
  });
});

describe('privacy', () => {
  it("answers 404 for someone else's evidence, entries and portfolios, and changes nothing", async () => {
    const p = await start('cmalt');
    const s = section(p, 'core-1a');
    const theirs = await entry('A colleague’s private entry', [], tenant.manager);
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/sections/${s.id}/evidence`, {
      as: tenant.practitioner,
      body: { cpdEntryId: theirs.id },
    });
    expect(res.statusCode).toBe(404);
    for (const who of [tenant.manager, tenant.admin, other.admin]) {
      expect((await call(t, 'GET', `/api/portfolios/${p.id}`, { as: who })).statusCode).toBe(404);
      expect((await save(p, s, { description: 'intruder' }, who)).statusCode).toBe(404);
      const list = await call(t, 'GET', '/api/portfolios', { as: who });
      expect(list.body).not.toContain(p.id);
    }
  });
});

describe('three-year review', () => {
  it('adds a summary of recent work and updated plans to a copy of an existing CMALT portfolio', async () => {
    const as = tenant.admin;
    const base = await start('cmalt', as);
    await save(
      base,
      section(base, 'contextual-statement'),
      { description: 'My role in 2023.' },
      as,
    );
    const needsBase = await call(t, 'POST', '/api/portfolios', {
      as,
      body: { templateId: await templateId('cmalt-review', as) },
    });
    expect(needsBase.statusCode).toBe(400);
    expect(needsBase.data().error.fields[0].path).toBe('basePortfolioId');

    const review = await start('cmalt-review', as, { basePortfolioId: base.id });
    expect(review.sectionList.map((s: Section) => s.key)).toEqual([
      ...base.sectionList.map((s: Section) => s.key),
      'recent-work',
      'updated-future-plans',
    ]);
    expect(section(review, 'contextual-statement')).toMatchObject({
      description: 'My role in 2023.',
    });

    const wrongBase = await start('free-form', as);
    const res = await call(t, 'POST', '/api/portfolios', {
      as,
      body: { templateId: await templateId('cmalt-review', as), basePortfolioId: wrongBase.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields[0].message).toMatch(/cmalt/);
  });
});
