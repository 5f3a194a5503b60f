import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, PASSWORD, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('profile', () => {
  it('changes the name and refuses a blank one', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'PATCH', '/api/me', {
      as: tenant.practitioner,
      body: { name: '  Mary Seacole  ' },
    });
    expect(res.data().user.name).toBe('Mary Seacole');
    const blank = await call(t, 'PATCH', '/api/me', {
      as: tenant.practitioner,
      body: { name: '   ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.data().error.fields).toEqual([{ path: 'name', message: 'is required' }]);
  });

  it('changes the password only with the current one, and signs out other sessions', async () => {
    const tenant = await createTenant(t);
    const first = tenant.practitioner;
    // A second session of the same person, as from another browser.
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: first.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const wrong = await call(t, 'POST', '/api/me/password', {
      as: first,
      body: { currentPassword: 'nope', newPassword: 'a fresh passphrase' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data().error.fields[0].path).toBe('currentPassword');
    const ok = await call(t, 'POST', '/api/me/password', {
      as: first,
      body: { currentPassword: PASSWORD, newPassword: 'a fresh passphrase' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { as: first })).statusCode).toBe(200);
    const cookie = (signIn.cookies as { name: string; value: string }[]).find(
      (c) => c.name === 'cairn_session',
    )!;
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `cairn_session=${cookie.value}` },
    });
    expect(stale.statusCode).toBe(401);
  });
});

describe('download my data', () => {
  it('gives a JSON file with everything about the person, and records the export', async () => {
    const tenant = await createTenant(t, 'Export Test University');
    await call(t, 'POST', '/api/me/tokens', {
      as: tenant.admin,
      body: { name: 'my reporting script' },
    });
    await call(t, 'POST', '/api/invitations', {
      as: tenant.admin,
      body: { email: 'someone.new@example.test', roles: ['practitioner'] },
    });
    const res = await call(t, 'GET', '/api/me/export', { as: tenant.admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="cairn-personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = res.data();
    expect(data.account.email).toBe(tenant.admin.email);
    expect(data.memberships[0]).toMatchObject({
      institution: 'Export Test University',
      roles: 'admin',
    });
    expect(data.apiTokens[0].name).toBe('my reporting script');
    expect(data.invitationsSent[0].email).toBe('someone.new@example.test');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/password_hash|token_hash|csrf/);
    const events = (await call(t, 'GET', '/api/audit?action=export', { as: tenant.admin })).data()
      .events;
    expect(events[0]).toMatchObject({ actor: tenant.admin.email, detail: 'personal data (JSON)' });
  });
});

describe('deleting an account', () => {
  it('states the consequences first, and blocks the only administrator of a team', async () => {
    const tenant = await createTenant(t, 'Solo Admin College');
    const impact = (await call(t, 'GET', '/api/me/deletion', { as: tenant.admin })).data();
    expect(impact.blockers).toEqual([
      'You are the only administrator of Solo Admin College, which has 3 other members. Make someone else an administrator first.',
    ]);
    const res = await call(t, 'DELETE', '/api/me', {
      as: tenant.admin,
      body: { password: PASSWORD, confirm: 'DELETE' },
    });
    expect(res.statusCode).toBe(409);
    expect((await call(t, 'GET', '/api/me', { as: tenant.admin })).statusCode).toBe(200);
  });

  it('needs the password and the word DELETE, then removes the account and anonymises the audit log', async () => {
    const tenant = await createTenant(t);
    const p = tenant.practitioner;
    await call(t, 'POST', '/api/me/tokens', { as: p, body: { name: 'gone soon' } });
    const impact = (await call(t, 'GET', '/api/me/deletion', { as: p })).data();
    expect(impact.blockers).toEqual([]);
    expect(impact.consequences.join(' ')).toMatch(
      /no longer sign in.*You leave .*1 personal API token/s,
    );

    const noWord = await call(t, 'DELETE', '/api/me', {
      as: p,
      body: { password: PASSWORD, confirm: 'delete' },
    });
    expect(noWord.statusCode).toBe(400);
    expect(noWord.data().error.fields[0]).toEqual({
      path: 'confirm',
      message: 'type DELETE in capitals to confirm',
    });
    const wrong = await call(t, 'DELETE', '/api/me', {
      as: p,
      body: { password: 'wrong', confirm: 'DELETE' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data().error.message).toMatch(/was not deleted/);

    expect(
      (
        await call(t, 'DELETE', '/api/me', {
          as: p,
          body: { password: PASSWORD, confirm: 'DELETE' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await call(t, 'GET', '/api/me', { as: p })).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: p.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);
    const members = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members;
    expect(members).toHaveLength(3);
    const audit = (await call(t, 'GET', '/api/audit?limit=200', { as: tenant.admin })).body;
    expect(audit).not.toContain(p.email);
    expect(audit).toContain('"action":"deletion"');
  });

  it('deletes an institution along with its only member', async () => {
    const loner = await createTenant(t);
    // Leave only the admin: the others delete their own accounts first.
    for (const who of [loner.manager, loner.assessor, loner.practitioner]) {
      await call(t, 'DELETE', '/api/me', {
        as: who,
        body: { password: PASSWORD, confirm: 'DELETE' },
      });
    }
    const impact = (await call(t, 'GET', '/api/me/deletion', { as: loner.admin })).data();
    expect(impact.consequences.join(' ')).toMatch(
      /has no other active members, so it is deleted too/,
    );
    expect(
      (
        await call(t, 'DELETE', '/api/me', {
          as: loner.admin,
          body: { password: PASSWORD, confirm: 'DELETE' },
        })
      ).statusCode,
    ).toBe(204);
    const left = await t.database.db
      .selectFrom('institutions')
      .select('id')
      .where('id', '=', loner.institutionId)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('personal API tokens', () => {
  it('shows the secret once, works as a bearer token for the same API, and can be revoked', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'POST', '/api/me/tokens', {
      as: tenant.manager,
      body: { name: 'Power BI export', expiresInDays: 90 },
    });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.data();
    expect(secret).toMatch(/^cairn_[\w-]{40,}$/);
    expect(token).toMatchObject({
      name: 'Power BI export',
      prefix: secret.slice(0, 12),
      lastUsedAt: null,
    });
    expect(Date.parse(token.expiresAt) - Date.now()).toBeGreaterThan(89 * 86_400_000);

    const listed = (await call(t, 'GET', '/api/me/tokens', { as: tenant.manager })).body;
    expect(listed).toContain('Power BI export');
    expect(listed).not.toContain(secret);

    const me = await call(t, 'GET', '/api/me', { token: secret });
    expect(me.data()).toMatchObject({ via: 'token', institution: { id: tenant.institutionId } });
    expect((await call(t, 'GET', '/api/members', { token: secret })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/audit', { token: secret })).statusCode).toBe(403); // still only a manager
    // Tokens need no CSRF header, but cannot do what only a person at the keyboard should.
    expect(
      (await call(t, 'PATCH', '/api/me', { token: secret, body: { name: 'Scripted Name' } }))
        .statusCode,
    ).toBe(200);
    const del = await call(t, 'DELETE', '/api/me', {
      token: secret,
      body: { password: PASSWORD, confirm: 'DELETE' },
    });
    expect(del.statusCode).toBe(403);
    expect(del.data().error.message).toMatch(/only be done in the web app/);
    expect(
      (await call(t, 'POST', '/api/me/tokens', { token: secret, body: { name: 'child' } }))
        .statusCode,
    ).toBe(403);

    const used = (await call(t, 'GET', '/api/me/tokens', { as: tenant.manager })).data().tokens[0];
    expect(used.lastUsedAt).not.toBeNull();

    expect(
      (await call(t, 'DELETE', `/api/me/tokens/${token.id}`, { as: tenant.manager })).statusCode,
    ).toBe(204);
    const after = await call(t, 'GET', '/api/me', { token: secret });
    expect(after.statusCode).toBe(401);
    expect(after.data().error.message).toMatch(/unknown, revoked or expired/);
  });

  it('stops accepting a token once it has expired', async () => {
    const tenant = await createTenant(t);
    const { token, secret } = (
      await call(t, 'POST', '/api/me/tokens', {
        as: tenant.admin,
        body: { name: 'short-lived', expiresInDays: 1 },
      })
    ).data();
    await t.database.db
      .updateTable('api_tokens')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', token.id)
      .execute();
    expect((await call(t, 'GET', '/api/me', { token: secret })).statusCode).toBe(401);
  });

  it('rejects a nonsense expiry with the field to fix', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'POST', '/api/me/tokens', {
      as: tenant.admin,
      body: { name: 'x', expiresInDays: 9999 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields).toEqual([
      { path: 'expiresInDays', message: 'must be at most 730 days' },
    ]);
  });
});
