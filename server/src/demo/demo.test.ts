import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, sessionFrom, type TestApp } from '../test/harness';
import { DEMO_PASSWORD, demoEmail, loadDemo } from './seed';

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

describe('the demo institution', () => {
  it('gives the head of digital education a dashboard with hours, coverage and a goal due', async () => {
    const priya = await signIn('Priya Raman');
    const d = (await call(t, 'GET', '/api/cpd/dashboard', { as: priya })).data();
    expect(d.summary.hours).toBeGreaterThan(0);
    expect(d.recent.length).toBe(5);
    expect(d.coverage.length).toBeGreaterThan(0);
    expect(d.coverage.some((c: { covered: number }) => c.covered > 0)).toBe(true);
    expect(d.goalsDue.map((g: { title: string }) => g.title)).toContain(
      'Submit my CMALT portfolio',
    );
  });

  it('has a CMALT portfolio under way, with CPD evidence and the checker saying what is left', async () => {
    const priya = await signIn('Priya Raman');
    const list = (await call(t, 'GET', '/api/portfolios', { as: priya })).data().portfolios;
    expect(list.map((p: { title: string }) => p.title)).toEqual(['CMALT portfolio']);
    const p = (await call(t, 'GET', `/api/portfolios/${list[0].id}`, { as: priya })).data();
    const withEvidence = p.sectionList.filter(
      (s: { evidence: unknown[] }) => s.evidence.length > 0,
    );
    expect(withEvidence.length).toBeGreaterThanOrEqual(2);
    expect(p.completeness.ready).toBe(false);
    expect(
      p.completeness.problems.some(
        (x: { sectionKey: string; severity: string }) =>
          x.sectionKey === 'contextual-statement' && x.severity === 'error',
      ),
    ).toBe(false);
  });

  it('shows a manager the summaries of the four people who share theirs, and no one else', async () => {
    const rebecca = await signIn('Rebecca Hall');
    const team = (await call(t, 'GET', '/api/cpd/team', { as: rebecca })).data();
    const sharing = team.people.filter((p: { summary: unknown }) => p.summary !== null);
    expect(sharing.map((p: { name: string }) => p.name).sort()).toEqual([
      'Aisling Byrne',
      'Hannah Morris',
      'Marcus Webb',
      'Tom Okafor',
    ]);
  });

  it('loads once: a second run changes nothing', async () => {
    const before = await t.deps.db
      .selectFrom('cpd_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect((await loadDemo(t.deps.db)).created).toBe(false);
    const after = await t.deps.db
      .selectFrom('cpd_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
