import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail, loadDemo } from '../../demo/seed';
import { call, sessionFrom, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.deps.db);
});
afterAll(async () => t?.close());

async function signIn(name: string) {
  const res = await call(t, 'POST', '/api/auth/sign-in', {
    body: { email: demoEmail(name), password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return sessionFrom(res, demoEmail(name));
}

describe('the demo careers data', () => {
  it('gives Priya a classified profile, two CMALT assessments that show a change, a target and a plan', async () => {
    const priya = await signIn('Priya Raman');
    const p = (await call(t, 'GET', '/api/careers/profile', { as: priya })).data();
    expect(p).toMatchObject({ jobTitle: 'Head of Digital Education', shareWithManagers: true });
    expect(p.classification.effective.seniority).toBe('leadership');
    expect(p.certifications[0]).toMatchObject({ name: 'CMALT', status: 'expiring' });

    const list = (await call(t, 'GET', '/api/careers/assessments', { as: priya })).data()
      .assessments;
    expect(list).toHaveLength(2);
    expect(list.every((a: { status: string }) => a.status === 'complete')).toBe(true);
    const [after, before] = list;
    expect(after.average).toBeGreaterThan(before.average);
    const cmp = (
      await call(t, 'GET', `/api/careers/assessments/${after.id}/compare?with=${before.id}`, {
        as: priya,
      })
    ).data();
    expect(cmp.items.find((i: { code: string }) => i.code === '3a')).toMatchObject({
      before: 1,
      after: 3,
    });

    const gap = (await call(t, 'GET', '/api/careers/gap', { as: priya })).data().analysis;
    expect(gap.roleProfile.name).toBe('Learning technologist (leadership)');
    expect(gap.summary.met + gap.summary.below).toBeGreaterThan(0);

    const plan = (await call(t, 'GET', '/api/careers/plan', { as: priya })).data().goals;
    expect(plan.map((g: { title: string }) => g.title)).toEqual([
      'Gain Senior CMALT',
      'Prepare for a move into senior management',
    ]);
    expect(plan[0].milestones).toHaveLength(3);
    const cpdGoals = (await call(t, 'GET', '/api/cpd/goals', { as: priya })).data().goals;
    expect(cpdGoals.map((g: { title: string }) => g.title)).toContain('Gain Senior CMALT');
  });

  it('has the two seed 004 role profiles and a team view of the people who share', async () => {
    const rebecca = await signIn('Rebecca Hall');
    const roles = (await call(t, 'GET', '/api/careers/role-profiles', { as: rebecca })).data()
      .roleProfiles;
    expect(
      roles.filter((r: { builtin: boolean }) => !r.builtin).map((r: { name: string }) => r.name),
    ).toEqual([
      'Educational technologist (district-wide scope)',
      'Instructional technology specialist (building scope)',
    ]);
    const people = (await call(t, 'GET', '/api/team/careers', { as: rebecca })).data().people;
    const names = people.map((p: { name: string }) => p.name);
    expect(names).toContain('Priya Raman');
    expect(names).toContain('Tom Okafor');
    expect(names).not.toContain('Marcus Webb');
    expect(people.find((p: { name: string }) => p.name === 'Priya Raman')).toMatchObject({
      target: 'Learning technologist (leadership)',
      planGoals: { open: 2, achieved: 0 },
    });
  });
});
