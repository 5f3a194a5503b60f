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

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe('invitations', () => {
  it('invites with roles, emails the link, and the invitee accepts with a new password', async () => {
    const tenant = await createTenant(t, 'Harbour University');
    const res = await call(t, 'POST', '/api/invitations', {
      as: tenant.admin,
      body: {
        email: ' Grace.Hopper@Harbour.example ',
        name: 'Grace Hopper',
        roles: ['practitioner', 'assessor', 'assessor'],
      },
    });
    expect(res.statusCode).toBe(201);
    const created = res.data();
    expect(created.invitation).toMatchObject({
      email: 'grace.hopper@harbour.example',
      roles: ['assessor', 'practitioner'],
      state: 'pending',
    });
    expect(created.emailed).toBe(true);
    expect(created.link).toMatch(/^http:\/\/cairn\.test\/invitation\?token=/);
    const mail = t.mails.at(-1)!;
    expect(mail.to).toBe('grace.hopper@harbour.example');
    expect(mail.text).toContain('Harbour University');
    expect(mail.text).toContain(created.link);

    const token = tokenOf(created.link);
    const preview = (await call(t, 'GET', `/api/invitations/preview/${token}`)).data();
    expect(preview).toMatchObject({
      state: 'valid',
      email: 'grace.hopper@harbour.example',
      roles: ['assessor', 'practitioner'],
      accountExists: false,
      institution: { name: 'Harbour University' },
    });

    const short = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, name: 'Grace', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.data().error.fields).toEqual([
      { path: 'password', message: 'must be at least 10 characters' },
    ]);

    const accepted = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, name: 'Grace Hopper', password: 'compilers are fun' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.data()).toMatchObject({
      institution: { id: tenant.institutionId },
      roles: ['assessor', 'practitioner'],
    });
    const grace = sessionFrom(accepted);
    expect((await call(t, 'GET', '/api/institution', { as: grace })).data().name).toBe(
      'Harbour University',
    );

    const members = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members;
    expect(members.map((m: { email: string }) => m.email)).toContain(
      'grace.hopper@harbour.example',
    );
    const list = (await call(t, 'GET', '/api/invitations', { as: tenant.admin })).data()
      .invitations;
    expect(list[0].state).toBe('accepted');

    const again = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, name: 'Grace', password: 'compilers are fun' },
    });
    expect(again.statusCode).toBe(410);
    expect(again.data().error.code).toBe('LINK_USED');
    expect(again.data().error.message).toMatch(/Sign in/);

    const actions = (await call(t, 'GET', '/api/audit', { as: tenant.admin }))
      .data()
      .events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['invitation-created', 'invitation-accepted']));
  });

  it('lets someone who already has an account join with their existing password', async () => {
    const home = await createTenant(t);
    const other = await createTenant(t, 'Second Institution');
    const person = home.practitioner;
    const created = (
      await call(t, 'POST', '/api/invitations', {
        as: other.admin,
        body: { email: person.email, roles: ['manager'] },
      })
    ).data();
    const token = tokenOf(created.link);
    expect((await call(t, 'GET', `/api/invitations/preview/${token}`)).data().accountExists).toBe(
      true,
    );
    const wrong = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.data().error.message).toMatch(/already has a Cairn account/);
    const ok = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, password: PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      ok
        .data()
        .memberships.map((m: { institution: { id: string } }) => m.institution.id)
        .sort(),
    ).toEqual([home.institutionId, other.institutionId].sort());
  });

  it('refuses to invite a member or someone already invited (409), and says what to do instead', async () => {
    const tenant = await createTenant(t);
    const member = await call(t, 'POST', '/api/invitations', {
      as: tenant.admin,
      body: { email: tenant.manager.email, roles: ['admin'] },
    });
    expect(member.statusCode).toBe(409);
    expect(member.data().error.message).toMatch(/already a member.*Change their roles/);
    const body = { email: 'twice@example.test', roles: ['practitioner'] };
    expect((await call(t, 'POST', '/api/invitations', { as: tenant.admin, body })).statusCode).toBe(
      201,
    );
    const dup = await call(t, 'POST', '/api/invitations', { as: tenant.admin, body });
    expect(dup.statusCode).toBe(409);
    expect(dup.data().error.message).toMatch(/already invited.*Revoke/);
  });

  it('revokes a pending invitation so that its link no longer works', async () => {
    const tenant = await createTenant(t);
    const created = (
      await call(t, 'POST', '/api/invitations', {
        as: tenant.admin,
        body: { email: 'revoked@example.test', roles: ['assessor'] },
      })
    ).data();
    expect(
      (await call(t, 'DELETE', `/api/invitations/${created.invitation.id}`, { as: tenant.admin }))
        .statusCode,
    ).toBe(204);
    const preview = (
      await call(t, 'GET', `/api/invitations/preview/${tokenOf(created.link)}`)
    ).data();
    expect(preview.state).toBe('invalid');
    expect(preview.message).toMatch(/Ask your administrator/);
    const accept = await call(t, 'POST', '/api/invitations/accept', {
      body: { token: tokenOf(created.link), name: 'X', password: 'long enough password' },
    });
    expect(accept.statusCode).toBe(410);
    expect(
      (await call(t, 'DELETE', `/api/invitations/${created.invitation.id}`, { as: tenant.admin }))
        .statusCode,
    ).toBe(409);
  });

  it('tells the invitee when an invitation has expired', async () => {
    const tenant = await createTenant(t);
    const created = (
      await call(t, 'POST', '/api/invitations', {
        as: tenant.admin,
        body: { email: 'late@example.test', roles: ['practitioner'] },
      })
    ).data();
    await t.database.db
      .updateTable('invitations')
      .set({ expires_at: '2001-01-01T00:00:00.000Z' })
      .where('id', '=', created.invitation.id)
      .execute();
    const preview = (
      await call(t, 'GET', `/api/invitations/preview/${tokenOf(created.link)}`)
    ).data();
    expect(preview).toMatchObject({ state: 'expired', institution: null });
    expect(preview.message).toMatch(/expired.*send a new one/);
    const accept = await call(t, 'POST', '/api/invitations/accept', {
      body: { token: tokenOf(created.link), name: 'Late', password: 'long enough password' },
    });
    expect(accept.data().error.code).toBe('LINK_EXPIRED');
    // The expired invitation no longer blocks a fresh one.
    expect(
      (
        await call(t, 'POST', '/api/invitations', {
          as: tenant.admin,
          body: { email: 'late@example.test', roles: ['practitioner'] },
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('members', () => {
  it('lets managers see the team but not change it', async () => {
    const tenant = await createTenant(t);
    const list = await call(t, 'GET', '/api/members', { as: tenant.manager });
    expect(list.statusCode).toBe(200);
    expect(list.data().members).toHaveLength(4);
    const target = list.data().members[0];
    expect(
      (
        await call(t, 'PATCH', `/api/members/${target.id}`, {
          as: tenant.manager,
          body: { roles: ['admin'] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('changes roles, records who changed what, and the person gains access at once', async () => {
    const tenant = await createTenant(t);
    const members = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members;
    const p = members.find((m: { userId: string }) => m.userId === tenant.practitioner.userId);
    expect((await call(t, 'GET', '/api/members', { as: tenant.practitioner })).statusCode).toBe(
      403,
    );
    const res = await call(t, 'PATCH', `/api/members/${p.id}`, {
      as: tenant.admin,
      body: { roles: ['manager', 'practitioner'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data().roles).toEqual(['manager', 'practitioner']);
    expect((await call(t, 'GET', '/api/members', { as: tenant.practitioner })).statusCode).toBe(
      200,
    );
    const event = (
      await call(t, 'GET', '/api/audit?action=role-change', { as: tenant.admin })
    ).data().events[0];
    expect(event).toMatchObject({
      actor: tenant.admin.email,
      subject: tenant.practitioner.email,
      detail: 'Practitioner → Manager, Practitioner',
    });
  });

  it('deactivates a member: their session and tokens stop working here, and reactivation restores them', async () => {
    const tenant = await createTenant(t);
    const token = (
      await call(t, 'POST', '/api/me/tokens', { as: tenant.assessor, body: { name: 'script' } })
    ).data().secret;
    const members = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members;
    const m = members.find((x: { userId: string }) => x.userId === tenant.assessor.userId);
    const off = await call(t, 'PATCH', `/api/members/${m.id}`, {
      as: tenant.admin,
      body: { status: 'deactivated' },
    });
    expect(off.data().status).toBe('deactivated');
    expect((await call(t, 'GET', '/api/institution', { as: tenant.assessor })).statusCode).toBe(
      403,
    );
    expect((await call(t, 'GET', '/api/institution', { token })).statusCode).toBe(403);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: tenant.assessor.email, password: PASSWORD },
    });
    expect(signIn.json().error.code).toBe('ACCOUNT_DEACTIVATED');
    await call(t, 'PATCH', `/api/members/${m.id}`, {
      as: tenant.admin,
      body: { status: 'active' },
    });
    expect((await call(t, 'GET', '/api/institution', { as: tenant.assessor })).statusCode).toBe(
      200,
    );
    const actions = (await call(t, 'GET', '/api/audit', { as: tenant.admin }))
      .data()
      .events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member-deactivated', 'member-reactivated']));
  });

  it('never leaves an institution without an active administrator', async () => {
    const tenant = await createTenant(t);
    const members = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members;
    const admin = members.find((x: { userId: string }) => x.userId === tenant.admin.userId);
    for (const body of [{ roles: ['practitioner'] }, { status: 'deactivated' }]) {
      const res = await call(t, 'PATCH', `/api/members/${admin.id}`, { as: tenant.admin, body });
      expect(res.statusCode).toBe(409);
      expect(res.data().error).toMatchObject({ code: 'LAST_ADMIN' });
      expect(res.data().error.message).toMatch(/Give someone else the administrator role first/);
    }
    await createUser(t, { institutionId: tenant.institutionId, roles: ['admin'] });
    const ok = await call(t, 'PATCH', `/api/members/${admin.id}`, {
      as: tenant.admin,
      body: { roles: ['practitioner'] },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('rejects empty, unknown or malformed role changes with the fields to fix', async () => {
    const tenant = await createTenant(t);
    const id = (await call(t, 'GET', '/api/members', { as: tenant.admin })).data().members[0].id;
    const empty = await call(t, 'PATCH', `/api/members/${id}`, {
      as: tenant.admin,
      body: { roles: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.data().error.fields).toEqual([
      { path: 'roles', message: 'choose at least one role' },
    ]);
    const unknown = await call(t, 'PATCH', `/api/members/${id}`, {
      as: tenant.admin,
      body: { roles: ['superuser'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data().error.fields[0].path).toBe('roles.0');
    const nothing = await call(t, 'PATCH', `/api/members/${id}`, { as: tenant.admin, body: {} });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.data().error.message).toMatch(/send roles, status or both/);
  });
});
