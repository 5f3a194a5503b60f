import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, sessionFrom, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('belonging to several institutions', () => {
  it('switches between institutions, and everything seen belongs to the current one', async () => {
    const college = await createTenant(t, 'Lakeside College');
    const district = await createTenant(t, 'Pine Valley School District', 'k12');
    // The college's manager is also invited into the district as an admin.
    const inv = (
      await call(t, 'POST', '/api/invitations', {
        as: district.admin,
        body: { email: college.manager.email, roles: ['admin'] },
      })
    ).data();
    const token = new URL(inv.link).searchParams.get('token');
    const joined = await call(t, 'POST', '/api/invitations/accept', {
      body: { token, password: 'correct horse battery staple' },
    });
    const session = sessionFrom(joined);
    expect(joined.data().institution.name).toBe('Pine Valley School District');

    const districtMembers = (await call(t, 'GET', '/api/members', { as: session })).data().members;
    expect(districtMembers.map((m: { email: string }) => m.email)).toContain(district.admin.email);
    expect(districtMembers.map((m: { email: string }) => m.email)).not.toContain(
      college.admin.email,
    );

    const back = await call(t, 'POST', '/api/me/institution', {
      as: session,
      body: { institutionId: college.institutionId },
    });
    expect(back.statusCode).toBe(200);
    expect(back.data()).toMatchObject({
      institution: { name: 'Lakeside College' },
      roles: ['manager'],
    });
    const collegeMembers = (await call(t, 'GET', '/api/members', { as: session })).data().members;
    expect(collegeMembers.map((m: { email: string }) => m.email)).toContain(college.admin.email);
    expect(collegeMembers.map((m: { email: string }) => m.email)).not.toContain(
      district.admin.email,
    );
    // As a manager of the college, admin-only pages are closed again.
    expect((await call(t, 'GET', '/api/audit', { as: session })).statusCode).toBe(403);

    // The next sign-in returns to the institution used last.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: college.manager.email, password: 'correct horse battery staple' },
    });
    expect(again.json().institution.name).toBe('Lakeside College');
  });

  it('creates a new institution with the creator as its administrator', async () => {
    const tenant = await createTenant(t);
    const res = await call(t, 'POST', '/api/institutions', {
      as: tenant.practitioner,
      body: { name: 'Café Ñandú Académie', sector: 'corporate-training' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.data()).toMatchObject({
      institution: { name: 'Café Ñandú Académie', slug: 'cafe-nandu-academie' },
      roles: ['admin', 'practitioner'],
    });
    expect(res.data().memberships).toHaveLength(2);
    const same = await call(t, 'POST', '/api/institutions', {
      as: tenant.practitioner,
      body: { name: 'Café Ñandú Académie', sector: 'ngo' },
    });
    expect(same.data().institution.slug).toBe('cafe-nandu-academie-2');
  });

  it('can be turned off by the operator', async () => {
    const locked = await createTestApp({ ALLOW_INSTITUTION_CREATION: 'false' });
    try {
      const tenant = await createTenant(locked);
      const res = await call(locked, 'POST', '/api/institutions', {
        as: tenant.admin,
        body: { name: 'Nope', sector: 'ngo' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.data().error.message).toMatch(/does not let people create institutions/);
    } finally {
      await locked.close();
    }
  });

  it('lets an administrator rename the institution and records it', async () => {
    const tenant = await createTenant(t, 'Old Name Polytechnic');
    const res = await call(t, 'PATCH', '/api/institution', {
      as: tenant.admin,
      body: { name: 'New Name University', sector: 'higher-education' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data()).toMatchObject({ name: 'New Name University', memberCount: 4 });
    const event = (
      await call(t, 'GET', '/api/audit?action=institution-updated', { as: tenant.admin })
    ).data().events[0];
    expect(event.detail).toBe('name: Old Name Polytechnic → New Name University');
    const bad = await call(t, 'PATCH', '/api/institution', {
      as: tenant.admin,
      body: { sector: 'space-agency' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields[0].path).toBe('sector');
  });
});
