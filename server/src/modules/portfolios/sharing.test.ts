import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Sharing University');
  other = await createTenant(t, 'Elsewhere College');
});
afterAll(async () => t?.close());

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function start(as: Session = tenant.practitioner) {
  const list = (await call(t, 'GET', '/api/portfolio-templates', { as })).data().templates;
  const templateId = list.find((x: { key: string }) => x.key === 'free-form').id;
  const res = await call(t, 'POST', '/api/portfolios', {
    as,
    body: { templateId, title: 'My teaching portfolio' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const p = res.data();
  const s = p.sectionList[0];
  const saved = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
    as,
    body: { revision: 0, description: 'I teach with technology.' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { id: p.id as string, sectionId: s.id as string };
}

async function link(portfolioId: string, expiresAt = inDays(30), as = tenant.practitioner) {
  const res = await call(t, 'POST', `/api/portfolios/${portfolioId}/shares`, {
    as,
    body: { kind: 'link', expiresAt },
  });
  expect(res.statusCode, res.body).toBe(201);
  const share = res.data();
  const token = share.url.split('/').pop() as string;
  return { share, token };
}

const open = (token: string, ip?: string) =>
  call(t, 'GET', `/api/shared/portfolios/${token}`, ip ? { ip } : {});

describe('secret links', () => {
  it('show the portfolio read-only to anyone with the link, and nobody else’s data', async () => {
    const p = await start();
    // Something else that must not show: a share with a named colleague.
    await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.assessor.userId },
    });
    const { share, token } = await link(p.id);
    expect(share).toMatchObject({ kind: 'link', revokedAt: null, user: null });
    expect(share.url).toBe(`http://cairn.test/shared/portfolios/${token}`);
    expect(share.expiresAt.slice(0, 10)).toBe(inDays(30));

    const res = await open(token);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.data();
    expect(view.title).toBe('My teaching portfolio');
    expect(view.owner).toEqual({ name: expect.stringMatching(/^Practitioner of/) });
    expect(view.sectionList[0].description).toBe('I teach with technology.');
    expect(view).not.toHaveProperty('mine');
    for (const secret of [
      tenant.practitioner.userId,
      tenant.practitioner.email,
      tenant.assessor.userId,
      tenant.assessor.email,
      share.id,
      tenant.institutionId,
    ]) {
      expect(res.body).not.toContain(secret);
    }
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('keep only a hash of the token, and show the address only once', async () => {
    const p = await start();
    const { share, token } = await link(p.id);
    const row = await t.database.db
      .selectFrom('portfolio_shares')
      .selectAll()
      .where('id', '=', share.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBeTruthy();
    expect(row.token_hash).not.toContain(token);
    const list = (
      await call(t, 'GET', `/api/portfolios/${p.id}/shares`, { as: tenant.practitioner })
    ).data().shares;
    expect(list).toEqual([expect.objectContaining({ id: share.id, url: null })]);
  });

  it('stop working once revoked, with the same message as an unknown link', async () => {
    const p = await start();
    const { share, token } = await link(p.id);
    expect((await open(token)).statusCode).toBe(200);
    const del = await call(t, 'DELETE', `/api/portfolios/${p.id}/shares/${share.id}`, {
      as: tenant.practitioner,
    });
    expect(del.statusCode).toBe(204);
    const gone = await open(token);
    expect(gone.statusCode).toBe(404);
    expect(gone.data().error.message).toMatch(/expired or was withdrawn/);
    const unknown = await open('x'.repeat(43));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data().error.message).toBe(gone.data().error.message);
    const list = (
      await call(t, 'GET', `/api/portfolios/${p.id}/shares`, { as: tenant.practitioner })
    ).data().shares;
    expect(list[0].revokedAt).toBeTruthy();
  });

  it('stop working after their expiry date', async () => {
    const p = await start();
    const { share, token } = await link(p.id);
    await t.database.db
      .updateTable('portfolio_shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', share.id)
      .execute();
    const res = await open(token);
    expect(res.statusCode).toBe(404);
    expect(res.data().error.message).toMatch(/expired or was withdrawn/);
  });

  it('always expire, at most a year ahead, and not in the past', async () => {
    const p = await start();
    for (const [expiresAt, message] of [
      [inDays(400), /at most a year/],
      [inDays(-2), /today or a later date/],
      [undefined, /expiresAt/],
      ['31/12/2026', /2026-12-31/],
    ] as const) {
      const res = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
        as: tenant.practitioner,
        body: { kind: 'link', expiresAt },
      });
      expect(res.statusCode, String(expiresAt)).toBe(400);
      expect(res.data().error.message).toMatch(message);
    }
    const list = (
      await call(t, 'GET', `/api/portfolios/${p.id}/shares`, { as: tenant.practitioner })
    ).data().shares;
    expect(list).toEqual([]);
  });

  it('are rate-limited per address like sign-in', async () => {
    let last = 0;
    for (let i = 0; i < 101; i++) last = (await open('y'.repeat(43), '10.20.30.40')).statusCode;
    expect(last).toBe(429);
    // Another address is not held back.
    expect((await open('y'.repeat(43), '10.20.30.41')).statusCode).toBe(404);
  });
});

describe('sharing with people', () => {
  it('finds colleagues to share with by name or email: active members of the institution, never the owner', async () => {
    const p = await start();
    const find = (q: string, as = tenant.practitioner) =>
      call(t, 'GET', `/api/portfolios/${p.id}/share-candidates?q=${encodeURIComponent(q)}`, { as });
    const byEmail = (await find(tenant.manager.email.slice(0, 12))).data().people;
    expect(byEmail.map((x: { userId: string }) => x.userId)).toContain(tenant.manager.userId);
    const everyone = (await find('example')).data().people.map((x: { userId: string }) => x.userId);
    expect(everyone).not.toContain(tenant.practitioner.userId);
    expect(everyone).not.toContain(other.admin.userId);
    const away = await createUser(t, {
      institutionId: tenant.institutionId,
      roles: ['practitioner'],
      name: 'Gone Away Person',
      status: 'deactivated',
    });
    expect((await find('Gone Away')).data().people).toEqual([]);
    expect(away.userId).toBeTruthy();
    expect((await find('x')).statusCode).toBe(400);
    // Only the owner may look for people to share with.
    expect((await find('example', tenant.manager)).statusCode).toBe(404);
  });

  it('lets a named colleague read it (and find it in their list), never edit it', async () => {
    const p = await start();
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.manager.userId },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data()).toMatchObject({
      kind: 'user',
      url: null,
      user: { userId: tenant.manager.userId, email: tenant.manager.email },
    });
    const list = (await call(t, 'GET', '/api/portfolios', { as: tenant.manager })).data()
      .portfolios;
    expect(list.map((x: { id: string; mine: boolean }) => [x.id, x.mine])).toContainEqual([
      p.id,
      false,
    ]);
    const read = await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.manager });
    expect(read.statusCode).toBe(200);
    const edit = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${p.sectionId}`, {
      as: tenant.manager,
      body: { revision: 1, description: 'Edited by a reader' },
    });
    expect(edit.statusCode).toBe(404);
    // Readers do not manage shares either.
    expect(
      (await call(t, 'GET', `/api/portfolios/${p.id}/shares`, { as: tenant.manager })).statusCode,
    ).toBe(404);

    // Sharing twice is refused; revoking takes it away at once.
    const again = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.manager.userId },
    });
    expect(again.statusCode).toBe(409);
    await call(t, 'DELETE', `/api/portfolios/${p.id}/shares/${res.data().id}`, {
      as: tenant.practitioner,
    });
    expect(
      (await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.manager })).statusCode,
    ).toBe(404);
  });

  it('finds only active members of the same institution, without saying who exists elsewhere', async () => {
    const p = await start();
    const gone = await createUser(t, {
      institutionId: tenant.institutionId,
      status: 'deactivated',
    });
    const messages = new Set<string>();
    for (const userId of [
      other.practitioner.userId,
      gone.userId,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
        as: tenant.practitioner,
        body: { kind: 'user', userId },
      });
      expect(res.statusCode, userId).toBe(404);
      messages.add(res.data().error.message);
    }
    expect(messages.size).toBe(1);
    const self = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.practitioner.userId },
    });
    expect(self.statusCode).toBe(400);
    expect(
      (await call(t, 'GET', `/api/portfolios/${p.id}`, { as: other.practitioner })).statusCode,
    ).toBe(404);
  });

  it('ends on the expiry date given', async () => {
    const p = await start();
    const res = await call(t, 'POST', `/api/portfolios/${p.id}/shares`, {
      as: tenant.practitioner,
      body: { kind: 'user', userId: tenant.admin.userId, expiresAt: inDays(3) },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.admin })).statusCode).toBe(
      200,
    );
    await t.database.db
      .updateTable('portfolio_shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', res.data().id)
      .execute();
    expect((await call(t, 'GET', `/api/portfolios/${p.id}`, { as: tenant.admin })).statusCode).toBe(
      404,
    );
  });
});
