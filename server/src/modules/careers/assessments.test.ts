import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { CMALT } from '../frameworks/builtin/cmalt';
import { JISC_DIGITAL_CAPABILITIES as JISC } from '../frameworks/builtin/jisc-digital-capabilities';
import { PSF_2023 } from '../frameworks/builtin/psf-2023';
import { builtinItemIdentifier } from '../frameworks/builtin/sync';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Assessment University');
  other = await createTenant(t, 'Elsewhere College');
});
afterAll(async () => t?.close());

const cmalt = (key: string) => builtinItemIdentifier(CMALT, key);
const jisc = (key: string) => builtinItemIdentifier(JISC, key);

async function start(body: Record<string, unknown>, as = tenant.practitioner) {
  const res = await call(t, 'POST', '/api/careers/assessments', { as, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
}
const rate = (id: string, ratings: unknown[], as = tenant.practitioner) =>
  call(t, 'PATCH', `/api/careers/assessments/${id}/ratings`, { as, body: { ratings } });

async function entry(title: string, as = tenant.practitioner, tagIds: string[] = []) {
  const res = await call(t, 'POST', '/api/cpd/entries', { as, body: { title, hours: 2, tagIds } });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id as string;
}

describe('self-assessment scales', () => {
  it('uses the default five-point scale for a framework without levels (CMALT)', async () => {
    const a = await start({ frameworkId: CMALT.identifier });
    expect(a.scale.map((s: { value: number; label: string }) => `${s.value} ${s.label}`)).toEqual([
      '0 Not yet',
      '1 Aware',
      '2 Developing',
      '3 Proficient',
      '4 Leading',
    ]);
    expect(a).toMatchObject({
      status: 'draft',
      rated: 0,
      average: null,
      frameworkTitle: CMALT.title,
    });
    expect(a.total).toBeGreaterThan(10);
    expect(a.areas.map((x: { code: string | null }) => x.code)).toEqual(
      expect.arrayContaining(['1', '2', '3', '4']),
    );
  });

  it("uses the framework's own levels (Jisc: Not yet, Developing, Capable, Proficient) and refuses levels beyond them", async () => {
    const a = await start({ frameworkId: JISC.identifier });
    expect(a.scale.map((s: { label: string }) => s.label)).toEqual([
      'Not yet',
      'Developing',
      'Capable',
      'Proficient',
    ]);
    const ok = await rate(a.id, [{ itemId: jisc('proficiency-productivity'), level: 3 }]);
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = await rate(a.id, [{ itemId: jisc('identity-wellbeing'), level: 4 }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields[0]).toMatchObject({ path: 'ratings.0.level' });
    expect(bad.data().error.message).toContain('Digital identity and wellbeing');
    expect(bad.data().error.message).toContain('from 0 to 3');
  });
});

describe('rating items', () => {
  it('saves levels, notes and own CPD entries, and summarises by top-level area', async () => {
    const a = await start({ frameworkId: CMALT.identifier });
    const evidence = await entry('Ran the VLE rollout training');
    const res = await rate(a.id, [
      { itemId: cmalt('1a'), level: 2, note: 'Compared three quiz tools' },
      { itemId: cmalt('1b'), level: 4, evidenceEntryIds: [evidence] },
      { itemId: cmalt('2a'), level: 1 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.data();
    expect(r).toMatchObject({ rated: 3, average: 2.33 });
    const area = (code: string) => r.areas.find((x: { code: string }) => x.code === code);
    expect(area('1')).toMatchObject({ average: 3, rated: 2 });
    expect(area('2')).toMatchObject({ average: 1, rated: 1 });
    expect(area('3')).toMatchObject({ average: null, rated: 0 });
    expect(r.ratings.find((x: { itemId: string }) => x.itemId === cmalt('1b'))).toMatchObject({
      level: 4,
      evidenceEntryIds: [evidence],
    });

    // A later rating of one item keeps its note; null removes a rating.
    const again = (
      await rate(a.id, [
        { itemId: cmalt('1a'), level: 3 },
        { itemId: cmalt('2a'), level: null },
      ])
    ).data();
    expect(again.rated).toBe(2);
    expect(again.ratings.find((x: { itemId: string }) => x.itemId === cmalt('1a'))).toMatchObject({
      level: 3,
      note: 'Compared three quiz tools',
    });

    // A deleted CPD entry drops out of the evidence.
    await call(t, 'DELETE', `/api/cpd/entries/${evidence}`, { as: tenant.practitioner });
    const read = (
      await call(t, 'GET', `/api/careers/assessments/${a.id}`, { as: tenant.practitioner })
    ).data();
    expect(
      read.ratings.find((x: { itemId: string }) => x.itemId === cmalt('1b')).evidenceEntryIds,
    ).toEqual([]);
  });

  it('refuses items of another framework, unknown items and other people’s CPD entries, naming them', async () => {
    const a = await start({ frameworkId: CMALT.identifier });
    const psf = await rate(a.id, [{ itemId: builtinItemIdentifier(PSF_2023, 'K1'), level: 2 }]);
    expect(psf.statusCode).toBe(400);
    expect(psf.data().error.fields[0]).toMatchObject({
      path: 'ratings.0.itemId',
      message: expect.stringContaining('is not an item of CMALT'),
    });
    const theirs = await entry('Someone else’s entry', tenant.manager);
    const foreign = await rate(a.id, [
      { itemId: cmalt('1c'), level: 2, evidenceEntryIds: [theirs] },
    ]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.data().error.fields[0]).toMatchObject({
      path: 'ratings.0.evidenceEntryIds.0',
      message: expect.stringContaining('is not one of your CPD entries'),
    });
    expect(foreign.data().error.message).toContain('1c');
    const twice = await rate(a.id, [
      { itemId: cmalt('1c'), level: 2 },
      { itemId: cmalt('1c'), level: 3 },
    ]);
    expect(twice.statusCode).toBe(400);
    const bad = await rate(a.id, [{ itemId: cmalt('1c'), level: 2.5 }]);
    expect(bad.statusCode).toBe(400);
    // Nothing of the refused requests was saved.
    const read = (
      await call(t, 'GET', `/api/careers/assessments/${a.id}`, { as: tenant.practitioner })
    ).data();
    expect(read.rated).toBe(0);
  });

  it('answers 404 to an unknown framework and to another institution’s framework', async () => {
    const unknown = await call(t, 'POST', '/api/careers/assessments', {
      as: tenant.practitioner,
      body: { frameworkId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data().error.message).toMatch(/framework was not found/);
    const own = await call(t, 'POST', '/api/frameworks', {
      as: other.admin,
      body: { title: 'Elsewhere skills' },
    });
    expect(own.statusCode, own.body).toBe(201);
    const theirs = await call(t, 'POST', '/api/careers/assessments', {
      as: tenant.practitioner,
      body: { frameworkId: own.data().id },
    });
    expect(theirs.statusCode).toBe(404);
    // Their own institution's framework is fine, with the default scale.
    const mine = await start({ frameworkId: own.data().id }, other.practitioner);
    expect(mine.scale).toHaveLength(5);
  });
});

describe('completing, repeating and comparing', () => {
  it('freezes a completed assessment, repeats it from its ratings and shows the change', async () => {
    const first = await start({ frameworkId: CMALT.identifier }, tenant.assessor);
    const empty = await call(t, 'POST', `/api/careers/assessments/${first.id}/complete`, {
      as: tenant.assessor,
    });
    expect(empty.statusCode).toBe(422);
    await rate(
      first.id,
      [
        { itemId: cmalt('1a'), level: 1 },
        { itemId: cmalt('2b'), level: 2 },
      ],
      tenant.assessor,
    );
    const done = await call(t, 'POST', `/api/careers/assessments/${first.id}/complete`, {
      as: tenant.assessor,
    });
    expect(done.statusCode).toBe(200);
    expect(done.data()).toMatchObject({ status: 'complete', completedAt: expect.any(String) });
    const frozen = await rate(first.id, [{ itemId: cmalt('1a'), level: 4 }], tenant.assessor);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.data().error.message).toMatch(/completed: start a new one/);

    const second = await start(
      { frameworkId: CMALT.identifier, copyFromId: first.id },
      tenant.assessor,
    );
    expect(second).toMatchObject({ status: 'draft', rated: 2 });
    await rate(
      second.id,
      [
        { itemId: cmalt('1a'), level: 3 },
        { itemId: cmalt('4'), level: 2 },
      ],
      tenant.assessor,
    );

    const cmp = await call(
      t,
      'GET',
      `/api/careers/assessments/${second.id}/compare?with=${first.id}`,
      { as: tenant.assessor },
    );
    expect(cmp.statusCode, cmp.body).toBe(200);
    const c = cmp.data();
    expect(c.before.id).toBe(first.id);
    expect(c.after.id).toBe(second.id);
    const row = (code: string) => c.items.find((i: { code: string }) => i.code === code);
    expect(row('1a')).toMatchObject({ before: 1, after: 3 });
    expect(row('2b')).toMatchObject({ before: 2, after: 2 });
    expect(row('4')).toMatchObject({ before: null, after: 2 });
    expect(c.items).toHaveLength(3);

    const list = (await call(t, 'GET', '/api/careers/assessments', { as: tenant.assessor })).data()
      .assessments;
    expect(list.map((a: { id: string }) => a.id)).toEqual([second.id, first.id]);
  });

  it('refuses to repeat or compare across frameworks with 400', async () => {
    const x = await start({ frameworkId: CMALT.identifier }, tenant.admin);
    const y = await start({ frameworkId: JISC.identifier }, tenant.admin);
    const copy = await call(t, 'POST', '/api/careers/assessments', {
      as: tenant.admin,
      body: { frameworkId: JISC.identifier, copyFromId: x.id },
    });
    expect(copy.statusCode).toBe(400);
    expect(copy.data().error.message).toMatch(/same framework/);
    const cmp = await call(t, 'GET', `/api/careers/assessments/${x.id}/compare?with=${y.id}`, {
      as: tenant.admin,
    });
    expect(cmp.statusCode).toBe(400);
    expect(cmp.data().error.message).toMatch(/same framework/);
  });

  it('keeps assessments private: a manager of the same institution gets 404, and deletion is the owner’s', async () => {
    const a = await start({ frameworkId: CMALT.identifier });
    for (const as of [tenant.manager, tenant.admin]) {
      expect((await call(t, 'GET', `/api/careers/assessments/${a.id}`, { as })).statusCode).toBe(
        404,
      );
      expect((await call(t, 'DELETE', `/api/careers/assessments/${a.id}`, { as })).statusCode).toBe(
        404,
      );
    }
    const del = await call(t, 'DELETE', `/api/careers/assessments/${a.id}`, {
      as: tenant.practitioner,
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await call(t, 'GET', `/api/careers/assessments/${a.id}`, { as: tenant.practitioner }))
        .statusCode,
    ).toBe(404);
  });
});
