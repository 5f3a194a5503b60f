import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  createUser,
  PASSWORD,
  sessionFrom,
  type TestApp,
} from '../../test/harness';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const signIn = (email: string, password: string, ip = '10.9.8.7') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress: ip,
  });

describe('first-run setup', () => {
  it('creates the first institution and its administrator once, then refuses', async () => {
    const setup = await createTestApp();
    try {
      expect((await call(setup, 'GET', '/api/setup')).data().needsSetup).toBe(true);
      const res = await call(setup, 'POST', '/api/setup', {
        body: {
          institutionName: 'Riverside College',
          sector: 'further-education',
          name: 'Ada Admin',
          email: 'Ada@Riverside.example',
          password: 'a long enough password',
        },
      });
      expect(res.statusCode).toBe(201);
      const me = res.data();
      expect(me.user.email).toBe('ada@riverside.example');
      expect(me.institution).toMatchObject({
        name: 'Riverside College',
        slug: 'riverside-college',
      });
      expect(me.roles).toEqual(['admin', 'practitioner']);
      const session = sessionFrom(res);
      expect((await call(setup, 'GET', '/api/me', { as: session })).statusCode).toBe(200);
      expect((await call(setup, 'GET', '/api/setup')).data().needsSetup).toBe(false);

      const again = await call(setup, 'POST', '/api/setup', {
        body: {
          institutionName: 'Other',
          sector: 'k12',
          name: 'Eve',
          email: 'eve@x.example',
          password: 'a long enough password',
        },
      });
      expect(again.statusCode).toBe(409);
      expect(again.data().error.code).toBe('ALREADY_SET_UP');
    } finally {
      await setup.close();
    }
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password, sets safe cookies and records the event', async () => {
    const tenant = await createTenant(t);
    const res = await signIn(tenant.practitioner.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookies = res.cookies as {
      name: string;
      httpOnly?: boolean;
      sameSite?: string;
      secure?: boolean;
    }[];
    const session = cookies.find((c) => c.name === 'cairn_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(session?.secure).toBeFalsy(); // served over http in this test
    expect(cookies.find((c) => c.name === 'cairn_csrf')?.httpOnly).toBeFalsy();
    expect(res.json().institution.id).toBe(tenant.institutionId);

    const audit = (await call(t, 'GET', '/api/audit?action=sign-in', { as: tenant.admin })).data();
    expect(audit.events.some((e: { actor: string }) => e.actor === tenant.practitioner.email)).toBe(
      true,
    );
  });

  it('marks cookies Secure when Cairn is served over https', async () => {
    const secure = await createTestApp({ PUBLIC_URL: 'https://cairn.example.ac.uk' });
    try {
      const tenant = await createTenant(secure);
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: tenant.admin.email, password: PASSWORD },
      });
      const cookies = res.cookies as { name: string; secure?: boolean }[];
      expect(cookies.every((c) => c.secure)).toBe(true);
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await secure.close();
    }
  });

  it('says the email and password do not match, and logs the failure for the account', async () => {
    const tenant = await createTenant(t);
    const res = await signIn(tenant.manager.email, 'wrong password');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(res.json().error.message).toMatch(/reset your password/);
    const unknown = await signIn('nobody@nowhere.example', 'whatever');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(res.json().error.message);
    const audit = (
      await call(t, 'GET', '/api/audit?action=sign-in-failed', { as: tenant.admin })
    ).data();
    expect(audit.events[0]).toMatchObject({ subject: tenant.manager.email, ip: '10.9.8.7' });
  });

  it(`locks an account for a while after ${ACCOUNT_FAILURE_LIMIT} failures, even with the right password`, async () => {
    const tenant = await createTenant(t);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect((await signIn(tenant.assessor.email, `wrong ${i}`, `10.1.1.${i}`)).statusCode).toBe(
        401,
      );
    }
    const locked = await signIn(tenant.assessor.email, PASSWORD, '10.1.2.3');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    expect(locked.json().error.message).toMatch(
      /Too many failed sign-ins for this account.*minutes?/,
    );
    expect(locked.json().error.retryAfterSeconds).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    // Other accounts are not affected.
    expect((await signIn(tenant.admin.email, PASSWORD, '10.1.2.3')).statusCode).toBe(200);
  });

  it(`limits one address after ${ADDRESS_FAILURE_LIMIT} failures across accounts`, async () => {
    const ip = '10.200.0.1';
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
      expect((await signIn(`guess${i}@example.test`, 'nope', ip)).statusCode).toBe(401);
    }
    const tenant = await createTenant(t);
    const blocked = await signIn(tenant.admin.email, PASSWORD, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/from your network address/);
    expect((await signIn(tenant.admin.email, PASSWORD, '10.200.0.2')).statusCode).toBe(200);
  });

  it('refuses a person whose every membership is deactivated, saying why', async () => {
    const tenant = await createTenant(t);
    const person = await createUser(t, {
      institutionId: tenant.institutionId,
      status: 'deactivated',
    });
    const res = await signIn(person.email, PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ACCOUNT_DEACTIVATED');
  });

  it('signs out: the session stops working and the cookies are cleared', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'POST', '/api/auth/sign-out', { as: tenant.practitioner, body: {} });
    expect(res.statusCode).toBe(204);
    const cleared = (res.cookies as { name: string; value: string }[]).find(
      (c) => c.name === 'cairn_session',
    );
    expect(cleared?.value).toBe('');
    expect((await call(t, 'GET', '/api/me', { as: tenant.practitioner })).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  const request = (email: string) =>
    call(t, 'POST', '/api/auth/password-reset', { body: { email } });
  const tokenOf = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

  it('answers the same for unknown addresses and sends nothing', async () => {
    const before = t.mails.length;
    const res = await request('unknown@example.test');
    expect(res.statusCode).toBe(202);
    expect(t.mails.length).toBe(before);
  });

  it('emails a one-hour link that sets a new password, ends old sessions and signs in', async () => {
    const tenant = await createTenant(t);
    const p = tenant.practitioner;
    expect((await request(p.email)).statusCode).toBe(202);
    const mail = t.mails.at(-1)!;
    expect(mail.to).toBe(p.email);
    expect(mail.link).toMatch(/^http:\/\/cairn\.test\/reset-password\?token=/);
    const token = tokenOf(mail.link!);

    const check = (await call(t, 'GET', `/api/auth/password-reset/${token}`)).data();
    expect(check).toMatchObject({ state: 'valid', email: p.email });

    const weak = await call(t, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.data().error.fields[0]).toMatchObject({ path: 'password' });

    const done = await call(t, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'a brand new passphrase' },
    });
    expect(done.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { as: p })).statusCode).toBe(401); // old session ended
    expect((await call(t, 'GET', '/api/me', { as: sessionFrom(done) })).statusCode).toBe(200);
    expect((await signIn(p.email, 'a brand new passphrase')).statusCode).toBe(200);
    expect((await signIn(p.email, PASSWORD)).statusCode).toBe(401);

    const reused = await call(t, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'another new passphrase' },
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.data().error.code).toBe('LINK_USED');
    expect((await call(t, 'GET', `/api/auth/password-reset/${token}`)).data().state).toBe('used');

    const audit = (
      await call(t, 'GET', '/api/audit?action=password-reset', { as: tenant.admin })
    ).data();
    expect(audit.events).toHaveLength(1);
  });

  it('says when a link has expired or was never valid, and what to do', async () => {
    const tenant = await createTenant(t);
    await request(tenant.manager.email);
    const token = tokenOf(t.mails.at(-1)!.link!);
    await t.database.db
      .updateTable('password_resets')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .execute();
    const check = (await call(t, 'GET', `/api/auth/password-reset/${token}`)).data();
    expect(check.state).toBe('expired');
    expect(check.message).toMatch(/Ask for a new link/);
    const res = await call(t, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(410);
    expect(res.data().error.code).toBe('LINK_EXPIRED');
    expect(
      (await call(t, 'GET', '/api/auth/password-reset/not-a-real-token-at-all')).data().state,
    ).toBe('invalid');
  });
});
