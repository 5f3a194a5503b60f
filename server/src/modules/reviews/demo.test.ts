import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail, loadDemo } from '../../demo/seed';
import { call, sessionFrom, createTestApp, type TestApp } from '../../test/harness';
import { sendDueReminders } from './reminders';
import { issueMissingCredentials } from './submissions';

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

describe('the demo scheme', () => {
  it('has submissions at three stages, with portfolios that passed intake', async () => {
    const priya = await signIn('Priya Raman');
    const [scheme] = (await call(t, 'GET', '/api/review-schemes', { as: priya })).data().schemes;
    expect(scheme).toMatchObject({ name: 'Northfield CMALT', my: { coordinator: true } });
    const dash = (
      await call(t, 'GET', `/api/review-schemes/${scheme.id}/dashboard`, { as: priya })
    ).data();
    expect(dash.counts).toEqual({ passed: 1, 'in-assessment': 1, 'awaiting-assignment': 1 });
    expect(dash.submissions.every((s: { intake: { passed: boolean } }) => s.intake.passed)).toBe(
      true,
    );
    const assessors = (
      await call(t, 'GET', `/api/review-schemes/${scheme.id}/assessors`, { as: priya })
    ).data().assessors;
    expect(
      assessors.map((a: { name: string; leadEligible: boolean }) => [a.name, a.leadEligible]),
    ).toEqual([
      ['Sofia Lindqvist', false],
      ['Tom Okafor', true],
    ]);
    const rebecca = await signIn('Rebecca Hall');
    expect(
      (await call(t, 'GET', `/api/review-schemes/${scheme.id}/dashboard`, { as: rebecca }))
        .statusCode,
    ).toBe(200);
  });

  it("issues Aisling's credential on the server's first run of the review job", async () => {
    const aisling = await signIn('Aisling Byrne');
    const before = (await call(t, 'GET', '/api/review-submissions', { as: aisling })).data()
      .asCandidate[0];
    expect(before).toMatchObject({ state: 'passed', credentialId: null });
    await issueMissingCredentials(t.deps);
    const after = (await call(t, 'GET', '/api/review-submissions', { as: aisling })).data()
      .asCandidate[0];
    expect(after.credentialId).toMatch(/^[0-9a-f-]{36}$/);
    const credential = await t.deps.db
      .selectFrom('credentials')
      .select(['holder_id', 'valid_from'])
      .where('id', '=', after.credentialId)
      .executeTakeFirstOrThrow();
    expect(credential.valid_from.slice(0, 10)).toBe(after.decision.decidedAt.slice(0, 10));
  });

  it('has reminders due: Tom’s judgement within a week, Daniel’s portfolio waiting for assessors', async () => {
    expect(await sendDueReminders(t.deps)).toBeGreaterThanOrEqual(3);
    const tom = await signIn('Tom Okafor');
    const kinds = (await call(t, 'GET', '/api/notifications', { as: tom }))
      .data()
      .notifications.map((n: { kind: string }) => n.kind);
    expect(kinds).toContain('judgement-week');
    const rebecca = await signIn('Rebecca Hall');
    const titles = (await call(t, 'GET', '/api/notifications', { as: rebecca }))
      .data()
      .notifications.map((n: { title: string }) => n.title);
    expect(titles).toContain('Northfield CMALT: a submission has waited over 7 days for assessors');
  });
});
