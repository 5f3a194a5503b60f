import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { CMALT } from '../frameworks/builtin/cmalt';
import { ISTE_COACHES } from '../frameworks/builtin/iste-coaches';
import { JISC_DIGITAL_CAPABILITIES as JISC } from '../frameworks/builtin/jisc-digital-capabilities';
import { builtinItemIdentifier } from '../frameworks/builtin/sync';
import { BUILTIN_ROLE_PROFILES, builtinRoleProfileFor } from './role-profiles/builtin';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Gap Analysis District', 'k12');
  other = await createTenant(t, 'Other District', 'k12');
});
afterAll(async () => t?.close());

const cmalt = (key: string) => builtinItemIdentifier(CMALT, key);
const iste = (key: string) => builtinItemIdentifier(ISTE_COACHES, key);
const me = () => tenant.practitioner;

describe('built-in role profiles', () => {
  it('cover every role family at every seniority, with requirements that rise with seniority', async () => {
    const list = (await call(t, 'GET', '/api/careers/role-profiles', { as: me() })).data()
      .roleProfiles;
    const builtin = list.filter((p: { builtin: boolean }) => p.builtin);
    expect(builtin).toHaveLength(48);
    expect(builtin.every((p: { requirements: unknown[] }) => p.requirements.length >= 5)).toBe(
      true,
    );
    const lt = (s: string) =>
      builtin.find(
        (p: { family: string; seniority: string }) =>
          p.family === 'learning-technologist' && p.seniority === s,
      );
    expect(lt('senior')).toMatchObject({ frameworkTitle: CMALT.title, stage: 'career' });
    const sum = (p: { requirements: { level: number }[] }) =>
      p.requirements.reduce((a, r) => a + r.level, 0);
    expect(sum(lt('entry'))).toBeLessThan(sum(lt('practitioner')));
    expect(sum(lt('practitioner'))).toBeLessThan(sum(lt('senior')));
    expect(sum(lt('senior'))).toBeLessThan(sum(lt('leadership')));
    expect(lt('senior').requirements.find((r: { code: string }) => r.code === '1b')).toMatchObject({
      level: 4,
      label: 'Technical knowledge and ability in the use of learning technology',
    });
    // Jisc has three levels of its own: no requirement goes past Proficient (3).
    const dc = builtin.filter((p: { family: string }) => p.family === 'digital-capability');
    expect(dc[0].frameworkTitle).toBe(JISC.title);
    expect(
      Math.max(
        ...dc.flatMap((p: { requirements: { level: number }[] }) =>
          p.requirements.map((r) => r.level),
        ),
      ),
    ).toBe(3);
  });

  it('every built-in requirement names an item of its framework', () => {
    for (const p of BUILTIN_ROLE_PROFILES) {
      const ids = new Set<string>();
      const walk = (items: typeof p.framework.items) => {
        for (const i of items) {
          ids.add(builtinItemIdentifier(p.framework, i.key));
          walk(i.children ?? []);
        }
      };
      walk(p.framework.items);
      for (const r of p.requirements)
        expect(ids.has(r.itemId), `${p.name}: ${r.itemId}`).toBe(true);
    }
  });

  it('cannot be changed or deleted: 409 saying to create one instead', async () => {
    const id = builtinRoleProfileFor('trainer', 'senior').id;
    const res = await call(t, 'PATCH', `/api/careers/role-profiles/${id}`, {
      as: tenant.admin,
      body: { name: 'Mine now' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.data().error.message).toMatch(/Built-in role profiles cannot be changed/);
    expect(
      (await call(t, 'DELETE', `/api/careers/role-profiles/${id}`, { as: tenant.admin }))
        .statusCode,
    ).toBe(409);
  });
});

describe("an institution's role profiles (seed 004)", () => {
  let districtId: string;
  it('managers and admins define them on any framework they can read; practitioners get 403', async () => {
    const body = {
      name: 'Educational technologist (district-wide scope)',
      description: 'Writes the three-year technology plan and approves district-wide purchases.',
      family: 'learning-technologist',
      seniority: 'senior',
      scope: 'District-wide',
      frameworkId: ISTE_COACHES.identifier,
      requirements: [
        { itemId: iste('4.1a'), level: 4 },
        { itemId: iste('4.3c'), level: 3 },
        { itemId: iste('4.5'), level: 3 },
      ],
    };
    expect(
      (await call(t, 'POST', '/api/careers/role-profiles', { as: me(), body })).statusCode,
    ).toBe(403);
    const res = await call(t, 'POST', '/api/careers/role-profiles', { as: tenant.manager, body });
    expect(res.statusCode, res.body).toBe(201);
    districtId = res.data().id;
    expect(res.data()).toMatchObject({
      builtin: false,
      scope: 'District-wide',
      stage: 'career',
      frameworkTitle: ISTE_COACHES.title,
      requirements: [
        { code: '4.1a', label: 'Shared vision', level: 4 },
        { code: '4.3c', level: 3 },
        { code: '4.5', level: 3 },
      ],
    });
    const list = (await call(t, 'GET', '/api/careers/role-profiles', { as: me() })).data()
      .roleProfiles;
    expect(list[0].id).toBe(districtId);
    // Another institution does not see it.
    const theirs = (await call(t, 'GET', '/api/careers/role-profiles', { as: other.admin })).data()
      .roleProfiles;
    expect(theirs.find((p: { id: string }) => p.id === districtId)).toBeUndefined();

    const renamed = await call(t, 'PATCH', `/api/careers/role-profiles/${districtId}`, {
      as: tenant.admin,
      body: { description: 'District-wide strategy and procurement.' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.data().requirements).toHaveLength(3);
  });

  it('refuses items outside the framework and levels outside its scale, naming them', async () => {
    const res = await call(t, 'POST', '/api/careers/role-profiles', {
      as: tenant.admin,
      body: {
        name: 'Instructional technology specialist (building scope)',
        frameworkId: ISTE_COACHES.identifier,
        requirements: [
          { itemId: iste('4.3d'), level: 5 },
          { itemId: cmalt('1a'), level: 2 },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields).toEqual([
      {
        path: 'requirements.0.level',
        message: expect.stringContaining('4.3d Personalised support must be from 1 to 4'),
      },
      {
        path: 'requirements.1.itemId',
        message: expect.stringContaining('is not an item of ISTE Standards for Coaches'),
      },
    ]);
    const jiscLevel = await call(t, 'POST', '/api/careers/role-profiles', {
      as: tenant.admin,
      body: {
        name: 'Digital skills lead',
        frameworkId: JISC.identifier,
        requirements: [{ itemId: builtinItemIdentifier(JISC, 'identity-wellbeing'), level: 4 }],
      },
    });
    expect(jiscLevel.statusCode).toBe(400);
    expect(jiscLevel.data().error.message).toContain('from 1 to 3');
    const empty = await call(t, 'POST', '/api/careers/role-profiles', {
      as: tenant.admin,
      body: { name: 'Nothing', frameworkId: JISC.identifier, requirements: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('name at least one framework item');
  });

  it('a target on a role profile gives the gap against it; deleting the profile clears the target', async () => {
    const set = await call(t, 'PUT', '/api/careers/target', {
      as: tenant.assessor,
      body: { target: { kind: 'role-profile', roleProfileId: districtId } },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.data().roleProfile.name).toBe('Educational technologist (district-wide scope)');
    const gap = (await call(t, 'GET', '/api/careers/gap', { as: tenant.assessor })).data().analysis;
    expect(gap.summary).toEqual({ met: 0, below: 0, notAssessed: 3, total: 3 });
    expect(gap.items[0].missing).toBe(
      'Not rated yet: rate yourself on it (needs 4 (Leading)). No CPD or portfolio evidence against it yet.',
    );
    // Evidence below an item counts for it: an entry tagged 4.5b counts for standard 4.5.
    await call(t, 'POST', '/api/cpd/entries', {
      as: tenant.assessor,
      body: { title: 'Ran a coaching cycle with year 9', hours: 1.5, tagIds: [iste('4.5b')] },
    });
    const withEvidence = (await call(t, 'GET', '/api/careers/gap', { as: tenant.assessor })).data()
      .analysis;
    expect(withEvidence.items.find((i: { code: string }) => i.code === '4.5')).toMatchObject({
      status: 'not-assessed',
      evidence: { cpdEntries: 1, cpdHours: 1.5, portfolioEvidence: 0 },
      missing:
        'Not rated yet: rate yourself on it (needs 3 (Proficient)). So far: 1 CPD entry (1.5 hours).',
    });
    expect(
      (await call(t, 'DELETE', `/api/careers/role-profiles/${districtId}`, { as: tenant.admin }))
        .statusCode,
    ).toBe(204);
    expect((await call(t, 'GET', '/api/careers/target', { as: tenant.assessor })).data()).toEqual({
      target: null,
      roleProfile: null,
    });
    expect((await call(t, 'GET', '/api/careers/gap', { as: tenant.assessor })).data()).toEqual({
      analysis: null,
    });
  });
});

describe('targets and the gap analysis', () => {
  it('has no analysis until a target is chosen, and refuses a target that does not exist', async () => {
    expect((await call(t, 'GET', '/api/careers/gap', { as: me() })).data()).toEqual({
      analysis: null,
    });
    const res = await call(t, 'PUT', '/api/careers/target', {
      as: me(),
      body: {
        target: { kind: 'role-profile', roleProfileId: '00000000-0000-4000-8000-000000000000' },
      },
    });
    expect(res.statusCode).toBe(404);
    expect(res.data().error.message).toMatch(/role profile was not found/);
    const bad = await call(t, 'PUT', '/api/careers/target', {
      as: me(),
      body: { target: { kind: 'role', family: 'astronaut', seniority: 'senior' } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('reports met, below and not assessed from the latest assessment, with CPD and portfolio evidence', async () => {
    const target = await call(t, 'PUT', '/api/careers/target', {
      as: me(),
      body: {
        target: { kind: 'role', family: 'learning-technologist', seniority: 'practitioner' },
      },
    });
    expect(target.data().roleProfile).toMatchObject({
      name: 'Learning technologist (practitioner)',
      builtin: true,
      family: 'learning-technologist',
    });
    const required = Object.fromEntries(
      target
        .data()
        .roleProfile.requirements.map((r: { code: string; level: number }) => [r.code, r.level]),
    );
    expect(required).toMatchObject({ '1a': 2, '1b': 3, '2b': 1 });

    // An older completed assessment and a newer draft: the completed one counts.
    const draftFirst = (
      await call(t, 'POST', '/api/careers/assessments', {
        as: me(),
        body: { frameworkId: CMALT.identifier },
      })
    ).data();
    await call(t, 'PATCH', `/api/careers/assessments/${draftFirst.id}/ratings`, {
      as: me(),
      body: {
        ratings: [
          { itemId: cmalt('1a'), level: 2 },
          { itemId: cmalt('1b'), level: 1 },
        ],
      },
    });
    await call(t, 'POST', `/api/careers/assessments/${draftFirst.id}/complete`, { as: me() });
    const later = (
      await call(t, 'POST', '/api/careers/assessments', {
        as: me(),
        body: { frameworkId: CMALT.identifier },
      })
    ).data();
    await call(t, 'PATCH', `/api/careers/assessments/${later.id}/ratings`, {
      as: me(),
      body: { ratings: [{ itemId: cmalt('1b'), level: 4 }] },
    });

    // CPD: two entries on 1b (one tagged twice via 1b and 1), one on area 1 (counts for neither 1a nor 1b), a deleted one, a draft.
    const log = async (title: string, hours: number, tagIds: string[]) => {
      const r = await call(t, 'POST', '/api/cpd/entries', {
        as: me(),
        body: { title, hours, tagIds },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.data().id as string;
    };
    await log('Scripted the gradebook export', 1.5, [cmalt('1b')]);
    await log('Built an H5P template', 2, [cmalt('1b'), cmalt('1')]);
    await log('Operational review', 1, [cmalt('1')]);
    const gone = await log('Deleted later', 3, [cmalt('1b')]);
    await call(t, 'DELETE', `/api/cpd/entries/${gone}`, { as: me() });
    // Someone else's entry on the same item does not count.
    await call(t, 'POST', '/api/cpd/entries', {
      as: tenant.manager,
      body: { title: 'Manager entry', tagIds: [cmalt('1b')] },
    });

    // Portfolio evidence in the CMALT section aligned with 1a.
    const templates = (await call(t, 'GET', '/api/portfolio-templates', { as: me() })).data()
      .templates;
    const cmaltTemplate = templates.find((x: { key: string }) => x.key === 'cmalt');
    const portfolio = (
      await call(t, 'POST', '/api/portfolios', { as: me(), body: { templateId: cmaltTemplate.id } })
    ).data();
    const section = portfolio.sectionList.find((s: { key: string }) => s.key === 'core-1a');
    const added = await call(
      t,
      'POST',
      `/api/portfolios/${portfolio.id}/sections/${section.id}/evidence`,
      {
        as: me(),
        body: { url: 'https://example.org/tool-comparison' },
      },
    );
    expect(added.statusCode, added.body).toBe(201);

    const res = await call(t, 'GET', '/api/careers/gap', { as: me() });
    expect(res.statusCode, res.body).toBe(200);
    const gap = res.data().analysis;
    expect(gap.assessment.id).toBe(draftFirst.id);
    const item = (code: string) => gap.items.find((i: { code: string }) => i.code === code);
    expect(item('1a')).toMatchObject({
      required: 2,
      current: 2,
      status: 'met',
      missing: null,
      evidence: { cpdEntries: 0, cpdHours: 0, portfolioEvidence: 1 },
    });
    expect(item('1b')).toMatchObject({
      required: 3,
      current: 1,
      status: 'below',
      evidence: { cpdEntries: 2, cpdHours: 3.5, portfolioEvidence: 0 },
      missing: 'Rated 1 (Aware), needs 3 (Proficient). So far: 2 CPD entries (3.5 hours).',
    });
    expect(item('2a')).toMatchObject({ status: 'not-assessed', current: null });
    expect(gap.summary).toMatchObject({ met: 1, below: 1, total: gap.items.length });
    expect(gap.summary.notAssessed).toBe(gap.items.length - 2);

    // Without a completed one, the latest draft counts.
    await call(t, 'DELETE', `/api/careers/assessments/${draftFirst.id}`, { as: me() });
    const after = (await call(t, 'GET', '/api/careers/gap', { as: me() })).data().analysis;
    expect(after.assessment.id).toBe(later.id);
    expect(after.items.find((i: { code: string }) => i.code === '1b')).toMatchObject({
      current: 4,
      status: 'met',
    });
  });
});

describe('the plan and CPD goals', () => {
  it('creates a CPD goal with each plan goal; edits flow both ways; deleting removes both', async () => {
    const res = await call(t, 'POST', '/api/careers/plan/goals', {
      as: me(),
      body: {
        title: 'Gain CMALT',
        dueOn: '2027-06-30',
        recommendationKey: 'cmalt',
        itemIds: [cmalt('1b')],
        milestones: [
          { title: 'Contextual statement', dueOn: '2027-01-31' },
          { title: 'Core area 1' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const goal = res.data();
    expect(goal).toMatchObject({
      title: 'Gain CMALT',
      status: 'not-started',
      recommendationKey: 'cmalt',
      cpdGoalId: goal.id,
      milestones: [
        { title: 'Contextual statement', dueOn: '2027-01-31', doneAt: null },
        { title: 'Core area 1', dueOn: null },
      ],
    });

    const cpd = (await call(t, 'GET', '/api/cpd/goals', { as: me() })).data().goals;
    const linked = cpd.find((g: { id: string }) => g.id === goal.id);
    expect(linked).toMatchObject({
      title: 'Gain CMALT',
      dueOn: '2027-06-30',
      items: [{ code: '1b' }],
    });

    // Plan -> CPD
    await call(t, 'PATCH', `/api/careers/plan/goals/${goal.id}`, {
      as: me(),
      body: { status: 'in-progress' },
    });
    const cpdAfter = (await call(t, 'GET', '/api/cpd/goals', { as: me() })).data().goals;
    expect(cpdAfter.find((g: { id: string }) => g.id === goal.id).status).toBe('in-progress');
    // CPD -> plan
    await call(t, 'PATCH', `/api/cpd/goals/${goal.id}`, {
      as: me(),
      body: { status: 'achieved', title: 'Gain CMALT (done)' },
    });
    const plan = (await call(t, 'GET', '/api/careers/plan', { as: me() })).data().goals;
    expect(plan.find((g: { id: string }) => g.id === goal.id)).toMatchObject({
      status: 'achieved',
      title: 'Gain CMALT (done)',
    });

    // Milestones
    const m = goal.milestones[0].id;
    const done = await call(t, 'PATCH', `/api/careers/plan/goals/${goal.id}/milestones/${m}`, {
      as: me(),
      body: { done: true },
    });
    expect(done.data().milestones[0].doneAt).toEqual(expect.any(String));
    const added = await call(t, 'POST', `/api/careers/plan/goals/${goal.id}/milestones`, {
      as: me(),
      body: { title: 'Submit the portfolio', dueOn: '2027-06-01' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.data().milestones.map((x: { title: string }) => x.title)).toEqual([
      'Contextual statement',
      'Core area 1',
      'Submit the portfolio',
    ]);
    const removed = await call(t, 'DELETE', `/api/careers/plan/goals/${goal.id}/milestones/${m}`, {
      as: me(),
    });
    expect(removed.data().milestones).toHaveLength(2);

    // Deleting the plan goal deletes the CPD goal; deleting a CPD goal removes the plan goal.
    expect(
      (await call(t, 'DELETE', `/api/careers/plan/goals/${goal.id}`, { as: me() })).statusCode,
    ).toBe(204);
    const cpdGone = (await call(t, 'GET', '/api/cpd/goals', { as: me() })).data().goals;
    expect(cpdGone.find((g: { id: string }) => g.id === goal.id)).toBeUndefined();
    const second = (
      await call(t, 'POST', '/api/careers/plan/goals', { as: me(), body: { title: 'Join ISTE' } })
    ).data();
    await call(t, 'DELETE', `/api/cpd/goals/${second.id}`, { as: me() });
    expect((await call(t, 'GET', '/api/careers/plan', { as: me() })).data().goals).toEqual([]);
  });

  it('refuses bad plan input clearly and keeps plans private', async () => {
    const bad = await call(t, 'POST', '/api/careers/plan/goals', {
      as: me(),
      body: { title: '', dueOn: '30/06/2027', itemIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.data().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'dueOn']));
    const unknownItem = await call(t, 'POST', '/api/careers/plan/goals', {
      as: me(),
      body: { title: 'Something', itemIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownItem.statusCode).toBe(400);
    expect(unknownItem.data().error.fields[0].path).toBe('itemIds.0');
    const unknownKey = await call(t, 'POST', '/api/careers/plan/goals', {
      as: me(),
      body: { title: 'Something', recommendationKey: 'no-such-thing' },
    });
    expect(unknownKey.statusCode).toBe(400);
    expect(unknownKey.data().error.fields[0]).toMatchObject({
      path: 'recommendationKey',
      message: expect.stringContaining('not a recommendation Cairn knows'),
    });
    // Nothing was left behind by the refused goals.
    expect((await call(t, 'GET', '/api/cpd/goals', { as: me() })).data().goals).toEqual([]);

    const mine = (
      await call(t, 'POST', '/api/careers/plan/goals', {
        as: me(),
        body: { title: 'Private goal' },
      })
    ).data();
    for (const as of [tenant.manager, tenant.admin]) {
      const res = await call(t, 'PATCH', `/api/careers/plan/goals/${mine.id}`, {
        as,
        body: { status: 'dropped' },
      });
      expect(res.statusCode).toBe(404);
    }
    // A plain CPD goal is not a plan goal.
    const plain = (
      await call(t, 'POST', '/api/cpd/goals', { as: me(), body: { title: 'Plain' } })
    ).data();
    expect(
      (
        await call(t, 'PATCH', `/api/careers/plan/goals/${plain.id}`, {
          as: me(),
          body: { status: 'dropped' },
        })
      ).statusCode,
    ).toBe(404);
    const plan = (await call(t, 'GET', '/api/careers/plan', { as: me() })).data().goals;
    expect(plan.map((g: { title: string }) => g.title)).toEqual(['Private goal']);
  });
});
