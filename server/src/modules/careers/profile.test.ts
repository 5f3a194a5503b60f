import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createUser,
  PASSWORD,
  createTestApp,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';
import { CMALT } from '../frameworks/builtin/cmalt';
import { builtinItemIdentifier } from '../frameworks/builtin/sync';
import { insertMembership } from '../institutions/repository';
import { certificationStatus } from './profile';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Careers Profile University');
  other = await createTenant(t, 'Another College');
});
afterAll(async () => t?.close());

const patch = (as: Session, body: unknown) =>
  call(t, 'PATCH', '/api/careers/profile', { as, body });

describe('the career profile', () => {
  it('starts empty: nulls and empty lists, not a 404', async () => {
    const res = await call(t, 'GET', '/api/careers/profile', { as: tenant.assessor });
    expect(res.statusCode).toBe(200);
    expect(res.data()).toEqual({
      jobTitle: null,
      employer: null,
      sector: null,
      country: null,
      backgrounds: [],
      backgroundNote: null,
      yearsInField: null,
      qualifications: [],
      certifications: [],
      memberships: [],
      classification: null,
      shareWithManagers: false,
      updatedAt: null,
    });
  });

  it('keeps every field, and gives certifications a status from their expiry date', async () => {
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const res = await patch(tenant.practitioner, {
      employer: 'Careers Profile University',
      sector: 'higher-education',
      country: 'GB',
      backgrounds: ['teaching', 'video-production'],
      backgroundNote: 'Taught secondary science for six years.',
      yearsInField: 4.5,
      qualifications: [
        {
          name: 'MA Digital Education',
          level: 'master',
          year: 2021,
          subject: 'educational technology',
        },
      ],
      certifications: [
        { name: 'CMALT', issuer: 'ALT', expiresOn: '2020-01-01', catalogueKey: 'cmalt' },
        { name: 'Google Certified Educator Level 1', expiresOn: soon },
        { name: 'ISTE Certification', expiresOn: '2099-01-01' },
        { name: 'PGCert', expiresOn: null },
      ],
      memberships: [{ name: 'ALT', kind: 'membership', since: 2019, catalogueKey: 'alt' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.data();
    expect(p).toMatchObject({
      employer: 'Careers Profile University',
      sector: 'higher-education',
      country: 'GB',
      backgrounds: ['teaching', 'video-production'],
      yearsInField: 4.5,
      shareWithManagers: false,
    });
    expect(p.certifications.map((c: { status: string }) => c.status)).toEqual([
      'expired',
      'expiring',
      'valid',
      'no-expiry',
    ]);
    expect(p.qualifications[0]).toMatchObject({ name: 'MA Digital Education', level: 'master' });
    expect(p.memberships[0]).toMatchObject({ name: 'ALT', kind: 'membership' });
    // A later change of one field leaves the others as they were.
    const again = (await patch(tenant.practitioner, { yearsInField: 5 })).data();
    expect(again).toMatchObject({ yearsInField: 5, employer: 'Careers Profile University' });
    expect(again.certifications).toHaveLength(4);
  });

  it('counts a certification expiring within 90 days as expiring, and on its last day still valid', () => {
    expect(certificationStatus('2026-03-01', '2026-03-01')).toBe('expiring');
    expect(certificationStatus('2026-02-28', '2026-03-01')).toBe('expired');
    expect(certificationStatus('2026-05-30', '2026-03-01')).toBe('expiring');
    expect(certificationStatus('2026-05-31', '2026-03-01')).toBe('valid');
    expect(certificationStatus(null, '2026-03-01')).toBe('no-expiry');
  });

  it('refuses bad input with messages that say what to fix, and keeps what was saved', async () => {
    const cases: [unknown, string][] = [
      [{}, 'send at least one field to change'],
      [{ jobTitle: 'x'.repeat(301) }, 'at most 300 characters'],
      [{ country: 'Britain' }, 'two-letter country code'],
      [{ yearsInField: -1 }, 'cannot be negative'],
      [{ backgrounds: ['astronaut'] }, 'must be one of'],
      [{ sector: 'space' }, ''],
      [
        { certifications: [{ name: 'CMALT', awardedOn: '2024-05-01', expiresOn: '2023-05-01' }] },
        'must not be before awardedOn',
      ],
      [{ certifications: [{ name: 'CMALT', expiresOn: '1 May 2027' }] }, 'a date like'],
    ];
    for (const [body, message] of cases) {
      const res = await patch(tenant.practitioner, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.body).toContain(message);
    }
    const p = (await call(t, 'GET', '/api/careers/profile', { as: tenant.practitioner })).data();
    expect(p).toMatchObject({ yearsInField: 5, country: 'GB' });
  });
});

describe('the classification of the job title', () => {
  it('classifies a new title and shows the cues', async () => {
    const p = (await patch(tenant.manager, { jobTitle: 'Senior Learning Technologist' })).data();
    expect(p.jobTitle).toBe('Senior Learning Technologist');
    expect(p.classification.automatic).toMatchObject({
      family: 'learning-technologist',
      seniority: 'senior',
      stage: 'career',
    });
    expect(p.classification.automatic.cues.length).toBeGreaterThan(0);
    expect(p.classification.corrected).toBeNull();
    expect(p.classification.effective).toEqual({
      family: 'learning-technologist',
      seniority: 'senior',
      stage: 'career',
    });
    expect(p.classification.groups).toContain('learning-technologist');
  });

  it('keeps a correction as the effective answer, through edits that leave the answer as it was', async () => {
    const res = await call(t, 'PUT', '/api/careers/profile/classification', {
      as: tenant.manager,
      body: {
        correction: {
          family: 'learning-designer',
          seniority: 'leadership',
          note: 'I lead the design team',
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.data().classification;
    expect(c.automatic.family).toBe('learning-technologist');
    expect(c.corrected).toMatchObject({
      family: 'learning-designer',
      seniority: 'leadership',
      note: 'I lead the design team',
    });
    expect(c.effective).toEqual({
      family: 'learning-designer',
      seniority: 'leadership',
      stage: 'advanced',
    });
    // Other edits, and a title with the same automatic answer, keep the correction.
    await patch(tenant.manager, { employer: 'Somewhere' });
    const same = (await patch(tenant.manager, { jobTitle: 'Snr Learning Technologist' })).data();
    expect(same.classification.corrected).toMatchObject({ family: 'learning-designer' });
    expect(same.classification.effective.family).toBe('learning-designer');
  });

  it('drops the correction when a new title changes the automatic answer', async () => {
    const p = (await patch(tenant.manager, { jobTitle: 'Instructional Designer' })).data();
    expect(p.classification.automatic.family).toBe('learning-designer');
    expect(p.classification.corrected).toBeNull();
    expect(p.classification.effective.family).toBe('learning-designer');
  });

  it('clears a correction with null, and removes the classification with the title', async () => {
    await call(t, 'PUT', '/api/careers/profile/classification', {
      as: tenant.manager,
      body: { correction: { family: 'trainer', seniority: 'entry' } },
    });
    const cleared = await call(t, 'PUT', '/api/careers/profile/classification', {
      as: tenant.manager,
      body: { correction: null },
    });
    expect(cleared.data().classification.corrected).toBeNull();
    const none = (await patch(tenant.manager, { jobTitle: null })).data();
    expect(none.jobTitle).toBeNull();
    expect(none.classification).toBeNull();
  });

  it('answers 422 to a correction when there is no job title, and 400 to an unknown family', async () => {
    const res = await call(t, 'PUT', '/api/careers/profile/classification', {
      as: tenant.admin,
      body: { correction: { family: 'trainer', seniority: 'entry' } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.data().error.message).toMatch(/no job title/);
    const bad = await call(t, 'PUT', '/api/careers/profile/classification', {
      as: tenant.manager,
      body: { correction: { family: 'wizard', seniority: 'entry' } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a title without letters, naming the field', async () => {
    const res = await patch(tenant.manager, { jobTitle: '!!! 123 ???' });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.fields[0].path).toBe('jobTitle');
  });
});

describe('privacy and the managers’ view', () => {
  it('shows a profile to managers and admins only while its owner shares it', async () => {
    const owner = tenant.practitioner;
    await patch(owner, { jobTitle: 'Learning Technologist', shareWithManagers: false });
    const url = `/api/team/careers/${owner.userId}`;
    expect((await call(t, 'GET', url, { as: tenant.manager })).statusCode).toBe(404);
    const list = (await call(t, 'GET', '/api/team/careers', { as: tenant.manager })).data().people;
    expect(list.map((p: { userId: string }) => p.userId)).not.toContain(owner.userId);

    await patch(owner, { shareWithManagers: true });
    await call(t, 'POST', '/api/careers/plan/goals', { as: owner, body: { title: 'Gain CMALT' } });
    for (const as of [tenant.manager, tenant.admin]) {
      const res = await call(t, 'GET', url, { as });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.data().profile).toMatchObject({
        jobTitle: 'Learning Technologist',
        yearsInField: 5,
      });
      expect(res.data().summary).toMatchObject({
        userId: owner.userId,
        jobTitle: 'Learning Technologist',
        classification: { family: 'learning-technologist' },
        planGoals: { open: 1, achieved: 0 },
      });
    }
    const shared = (await call(t, 'GET', '/api/team/careers', { as: tenant.admin })).data().people;
    expect(shared.map((p: { userId: string }) => p.userId)).toContain(owner.userId);

    // Practitioners and assessors do not get the team view; another institution gets 404.
    expect((await call(t, 'GET', url, { as: tenant.assessor })).statusCode).toBe(403);
    expect((await call(t, 'GET', url, { as: other.manager })).statusCode).toBe(404);
    const theirs = (await call(t, 'GET', '/api/team/careers', { as: other.admin })).data().people;
    expect(theirs).toEqual([]);

    await patch(owner, { shareWithManagers: false });
    expect((await call(t, 'GET', url, { as: tenant.manager })).statusCode).toBe(404);
  });

  it('keeps one profile per institution: the same person in another institution starts empty', async () => {
    const owner = tenant.practitioner;
    await insertMembership(t.database.db, {
      institutionId: other.institutionId,
      userId: owner.userId,
      roles: 'practitioner',
    });
    const switched = await call(t, 'POST', '/api/me/institution', {
      as: owner,
      body: { institutionId: other.institutionId },
    });
    expect(switched.statusCode, switched.body).toBe(200);
    const there = (await call(t, 'GET', '/api/careers/profile', { as: owner })).data();
    expect(there.jobTitle).toBeNull();
    await call(t, 'POST', '/api/me/institution', {
      as: owner,
      body: { institutionId: tenant.institutionId },
    });
    const here = (await call(t, 'GET', '/api/careers/profile', { as: owner })).data();
    expect(here.jobTitle).toBe('Learning Technologist');
  });
});

describe('personal data', () => {
  it('includes the careers data in the download, and account deletion removes it', async () => {
    const person = await createUser(t, {
      institutionId: tenant.institutionId,
      email: `leaver-${Date.now()}@example.test`,
    });
    await patch(person, { jobTitle: 'Learning Designer', country: 'IE' });
    await call(t, 'POST', '/api/careers/plan/goals', {
      as: person,
      body: { title: 'Finish the MEd', milestones: [{ title: 'Dissertation proposal' }] },
    });
    const a = (
      await call(t, 'POST', '/api/careers/assessments', {
        as: person,
        body: { frameworkId: CMALT.identifier },
      })
    ).data();
    await call(t, 'PATCH', `/api/careers/assessments/${a.id}/ratings`, {
      as: person,
      body: {
        ratings: [{ itemId: builtinItemIdentifier(CMALT, '2a'), level: 3, note: 'my note' }],
      },
    });
    const res = await call(t, 'GET', '/api/me/export', { as: person });
    expect(res.statusCode).toBe(200);
    const careers = res.data().careers;
    expect(careers.profiles[0]).toMatchObject({
      institution: 'Careers Profile University',
      jobTitle: 'Learning Designer',
      country: 'IE',
      classification: { effective: { family: 'learning-designer' } },
    });
    expect(careers.assessments[0]).toMatchObject({
      framework: CMALT.title,
      ratings: [{ code: '2a', level: 3, note: 'my note' }],
    });
    expect(careers.planGoals[0]).toMatchObject({
      title: 'Finish the MEd',
      milestones: [{ title: 'Dissertation proposal' }],
    });

    const del = await call(t, 'DELETE', '/api/me', {
      as: person,
      body: { password: PASSWORD, confirm: 'DELETE' },
    });
    expect(del.statusCode, del.body).toBeLessThan(300);
    const db = t.database.db;
    for (const table of ['career_profiles', 'career_assessments', 'career_plan_goals'] as const) {
      const left = await db
        .selectFrom(table)
        .select('user_id')
        .where('user_id', '=', person.userId)
        .execute();
      expect(left, table).toEqual([]);
    }
  });
});
