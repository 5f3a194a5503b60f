import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { notify } from './service';

let t: TestApp;
let a: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
});
afterAll(() => t.close());

const note = (userId: string, dedupeKey: string) => ({
  userId,
  institutionId: a.institutionId,
  kind: 'review-due',
  title: 'Your judgement is due in 7 days',
  body: 'Judge the portfolio of A. Candidate by 2026-12-01.',
  link: '/reviews/submissions/x',
  dedupeKey,
});

describe('notifications', () => {
  it('goes once per dedupe key: in Cairn and by email', async () => {
    const before = t.mails.length;
    expect(await notify(t.deps, note(a.practitioner.userId, 'k1'))).toBe(true);
    expect(await notify(t.deps, note(a.practitioner.userId, 'k1'))).toBe(false);
    expect(t.mails.length).toBe(before + 1);
    const mail = t.mails.at(-1)!;
    expect(mail.to).toBe(a.practitioner.email);
    expect(mail.subject).toBe('Your judgement is due in 7 days');
    expect(mail.text).toContain('http://cairn.test/reviews/submissions/x');
    // The same key for someone else is a different notification.
    expect(await notify(t.deps, note(a.manager.userId, 'k1'))).toBe(true);

    const list = await call(t, 'GET', '/api/notifications', { as: a.practitioner });
    expect(list.statusCode).toBe(200);
    expect(list.data().unread).toBe(1);
    expect(list.data().notifications).toHaveLength(1);
    expect(list.data().notifications[0]).toMatchObject({
      title: 'Your judgement is due in 7 days',
      link: '/reviews/submissions/x',
      readAt: null,
    });
  });

  it('is marked read one by one or all at once, by its owner only', async () => {
    await notify(t.deps, note(a.assessor.userId, 'r1'));
    await notify(t.deps, note(a.assessor.userId, 'r2'));
    const [first] = (await call(t, 'GET', '/api/notifications', { as: a.assessor })).data()
      .notifications;
    // Someone else's notification is not found, and stays unread.
    const other = await call(t, 'POST', `/api/notifications/${first.id}/read`, { as: a.admin });
    expect(other.statusCode).toBe(404);
    expect((await call(t, 'GET', '/api/notifications', { as: a.assessor })).data().unread).toBe(2);

    expect(
      (await call(t, 'POST', `/api/notifications/${first.id}/read`, { as: a.assessor })).statusCode,
    ).toBe(204);
    expect((await call(t, 'GET', '/api/notifications', { as: a.assessor })).data().unread).toBe(1);
    expect(
      (await call(t, 'POST', '/api/notifications/read-all', { as: a.assessor })).statusCode,
    ).toBe(204);
    const after = (await call(t, 'GET', '/api/notifications', { as: a.assessor })).data();
    expect(after.unread).toBe(0);
    expect(after.notifications.every((n: { readAt: string | null }) => n.readAt)).toBe(true);
  });

  it('refuses a malformed id with a 400 and anonymous callers with a 401', async () => {
    const bad = await call(t, 'POST', '/api/notifications/nope/read', { as: a.assessor });
    expect(bad.statusCode).toBe(400);
    expect((await call(t, 'GET', '/api/notifications')).statusCode).toBe(401);
  });
});
