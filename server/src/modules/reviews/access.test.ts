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
import { sendDueReminders } from './reminders';
import {
  addAssessor,
  completePortfolio,
  createScheme,
  judge,
  linkServer,
  newPortfolio,
  smallTemplate,
} from './test-support';

/** Who may see and do what in peer review, the lead-eligibility count, and bad input. */

let t: TestApp;
let links: Awaited<ReturnType<typeof linkServer>>;
let a: Tenant;
let b: Tenant;
let templateId: string;
let schemeId: string;
let veteran: Session; // lead-eligible through recorded experience

beforeAll(async () => {
  t = await createTestApp({ LINK_CHECK_ALLOW_PRIVATE: 'true' });
  links = await linkServer();
  a = await createTenant(t, 'Harbour University');
  b = await createTenant(t, 'Bayside College');
  templateId = await smallTemplate(t, a);
  schemeId = await createScheme(t, a, templateId);
  veteran = await createUser(t, {
    institutionId: b.institutionId,
    roles: ['assessor'],
    name: 'Vera Veteran',
  });
  await addAssessor(t, a.admin, schemeId, veteran.email, 5);
  await addAssessor(t, a.admin, schemeId, a.assessor.email);
});
afterAll(async () => {
  await links.close();
  await t.close();
});

async function submit(
  who: Session,
  body: Record<string, unknown> = {},
  scheme = schemeId,
  template = templateId,
) {
  const p = await completePortfolio(t, who, template, links.base);
  const res = await call(t, 'POST', '/api/review-submissions', {
    as: who,
    body: { schemeId: scheme, portfolioId: p.id, kind: 'first', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.data().state).toBe('awaiting-assignment');
  return res.data().id as string;
}

const assign = (id: string, leadUserId: string, secondUserId: string, as: Session = a.admin) =>
  call(t, 'PUT', `/api/review-submissions/${id}/assessors`, {
    as,
    body: { leadUserId, secondUserId },
  });

describe('lead eligibility', () => {
  it('comes with the third completed assessment as second, counted by Cairn', async () => {
    const learner = await createUser(t, {
      institutionId: a.institutionId,
      roles: ['assessor'],
      name: 'Lee Learner',
    });
    await addAssessor(t, a.admin, schemeId, learner.email);
    const status = async () =>
      (await call(t, 'GET', `/api/review-schemes/${schemeId}/assessors`, { as: a.admin }))
        .data()
        .assessors.find((x: { userId: string }) => x.userId === learner.userId);
    for (let i = 1; i <= 3; i++) {
      const candidate = await createUser(t, {
        institutionId: a.institutionId,
        name: `Candidate ${i}`,
      });
      const id = await submit(candidate);
      if (i < 3) {
        const refused = await assign(id, learner.userId, veteran.userId);
        expect(refused.statusCode).toBe(409);
        expect(refused.data().error.message).toContain(`Lee Learner has ${i - 1})`);
      }
      expect((await assign(id, veteran.userId, learner.userId)).statusCode).toBe(200);
      expect((await status()).activeAssignments).toBe(1);
      await judge(t, veteran, id);
      await judge(t, learner, id);
      expect(await status()).toMatchObject({
        completedAsSecond: i,
        leadEligible: i >= 3,
        activeAssignments: 0,
      });
    }
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Candidate 4' });
    const id = await submit(candidate);
    const now = await assign(id, learner.userId, veteran.userId);
    expect(now.statusCode, now.body).toBe(200);
    expect(now.data().assessors.lead.name).toBe('Lee Learner');
  });

  it('counts experience recorded by a coordinator', async () => {
    const fresh = await createUser(t, { institutionId: b.institutionId, name: 'Fay Fresh' });
    const added = await addAssessor(t, a.admin, schemeId, fresh.email);
    expect(added).toMatchObject({
      leadEligible: false,
      priorSecondAssessments: 0,
      institutionName: 'Bayside College',
    });
    const patched = await call(
      t,
      'PATCH',
      `/api/review-schemes/${schemeId}/assessors/${fresh.userId}`,
      {
        as: a.manager,
        body: { priorSecondAssessments: 3 },
      },
    );
    expect(patched.statusCode).toBe(200);
    expect(patched.data()).toMatchObject({ leadEligible: true, priorSecondAssessments: 3 });
    // The assessor sees the same standing on their own lists.
    const mine = (await call(t, 'GET', '/api/review-submissions', { as: fresh })).data();
    expect(mine.standing).toEqual([
      {
        schemeId,
        schemeName: expect.any(String),
        completedAsSecond: 0,
        completedAsLead: 0,
        priorSecondAssessments: 3,
        leadEligible: true,
      },
    ]);
    expect(
      (await call(t, 'GET', '/api/review-submissions', { as: b.admin })).data().standing,
    ).toEqual([]);
  });
});

describe('who sees what', () => {
  it('shows schemes to their candidates, assessors and coordinators only', async () => {
    const names = async (who: Session) =>
      (await call(t, 'GET', '/api/review-schemes', { as: who }))
        .data()
        .schemes.map((s: { name: string; my: object }) => [s.name, s.my]);
    expect(await names(a.practitioner)).toEqual([
      ['Harbour CMALT', { coordinator: false, assessor: false, candidate: true }],
    ]);
    expect(await names(a.admin)).toEqual([
      ['Harbour CMALT', { coordinator: true, assessor: false, candidate: true }],
    ]);
    expect(await names(veteran)).toEqual([
      ['Harbour CMALT', { coordinator: false, assessor: true, candidate: false }],
    ]);
    expect(await names(b.practitioner)).toEqual([]);
    expect(
      (await call(t, 'GET', `/api/review-schemes/${schemeId}`, { as: b.admin })).statusCode,
    ).toBe(404);
    const forCandidate = (
      await call(t, 'GET', `/api/review-schemes/${schemeId}`, { as: a.practitioner })
    ).data();
    expect(forCandidate.counts).toBeNull();
    expect(
      (await call(t, 'GET', `/api/review-schemes/${schemeId}`, { as: a.admin })).data().counts,
    ).toMatchObject({
      'in-assessment': 1,
    });
    // A candidate or an assessor is not a coordinator.
    for (const who of [a.practitioner, veteran, a.assessor]) {
      expect(
        (await call(t, 'GET', `/api/review-schemes/${schemeId}/dashboard`, { as: who })).statusCode,
      ).toBe(404);
      expect(
        (
          await call(t, 'PATCH', `/api/review-schemes/${schemeId}`, {
            as: who,
            body: { name: 'Mine now' },
          })
        ).statusCode,
      ).toBe(404);
    }
  });

  it('lets a named coordinator from another institution run the scheme', async () => {
    const added = await call(t, 'POST', `/api/review-schemes/${schemeId}/coordinators`, {
      as: a.admin,
      body: { email: b.manager.email },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.data()).toMatchObject({ userId: b.manager.userId, source: 'named' });
    expect(
      (await call(t, 'GET', `/api/review-schemes/${schemeId}/dashboard`, { as: b.manager }))
        .statusCode,
    ).toBe(200);
    const list = (
      await call(t, 'GET', `/api/review-schemes/${schemeId}/coordinators`, { as: b.manager })
    ).data();
    expect(
      list.coordinators.map((c: { userId: string; source: string }) => [c.userId, c.source]),
    ).toEqual(
      expect.arrayContaining([
        [a.admin.userId, 'role'],
        [a.manager.userId, 'role'],
        [b.manager.userId, 'named'],
      ]),
    );
    const roleOne = await call(
      t,
      'DELETE',
      `/api/review-schemes/${schemeId}/coordinators/${a.admin.userId}`,
      {
        as: b.manager,
      },
    );
    expect(roleOne.statusCode).toBe(409);
    expect(roleOne.data().error.message).toMatch(
      /as an administrator or manager of Harbour University/,
    );
    expect(
      (
        await call(
          t,
          'DELETE',
          `/api/review-schemes/${schemeId}/coordinators/${b.manager.userId}`,
          { as: a.admin },
        )
      ).statusCode,
    ).toBe(204);
    expect(
      (await call(t, 'GET', `/api/review-schemes/${schemeId}/dashboard`, { as: b.manager }))
        .statusCode,
    ).toBe(404);
  });

  it('orders the dashboard with submissions past the turnaround target first', async () => {
    const one = await submit(
      await createUser(t, { institutionId: a.institutionId, name: 'Old One' }),
    );
    const two = await submit(
      await createUser(t, { institutionId: a.institutionId, name: 'Older Two' }),
    );
    await t.deps.db
      .updateTable('review_submissions')
      .set({ due_on: '2020-01-01', submitted_at: '2019-10-01T00:00:00.000Z' })
      .where('id', '=', two)
      .execute();
    const dash = (
      await call(t, 'GET', `/api/review-schemes/${schemeId}/dashboard`, { as: a.admin })
    ).data();
    expect(dash.submissions[0]).toMatchObject({ id: two, overdue: true });
    expect(dash.submissions[0].ageDays).toBeGreaterThan(365);
    expect(dash.submissions.findIndex((s: { id: string }) => s.id === one)).toBeGreaterThan(0);
    expect(
      (await call(t, 'GET', '/api/review-submissions', { as: a.admin })).data().coordinating[0]
        .overdueCount,
    ).toBe(1);
  });

  it('shows assessor names to the candidate only when the scheme allows it', async () => {
    const open = await createScheme(t, a, templateId, {
      name: 'Open scheme',
      showAssessorNames: true,
      openTo: 'any-institution',
    });
    await addAssessor(t, a.admin, open, veteran.email, 5);
    await addAssessor(t, a.admin, open, a.assessor.email);
    // Open to any institution: a practitioner of Bayside sees it and submits (with their own template copy? no: the same template id).
    expect(
      (await call(t, 'GET', `/api/review-schemes/${open}`, { as: b.practitioner })).statusCode,
    ).toBe(200);
    const id = await submit(a.practitioner, {}, open);
    expect((await assign(id, veteran.userId, a.assessor.userId)).statusCode).toBe(200);
    const mine = (
      await call(t, 'GET', `/api/review-submissions/${id}`, { as: a.practitioner })
    ).data();
    expect(mine.assessors.lead).toMatchObject({ userId: veteran.userId, name: 'Vera Veteran' });
  });

  it('keeps assessors from the candidate institution off when the candidate asks', async () => {
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Sam Separate' });
    const id = await submit(candidate, { conflictSameInstitution: true });
    const refused = await assign(id, veteran.userId, a.assessor.userId);
    expect(refused.statusCode).toBe(409);
    expect(refused.data().error.message).toMatch(
      /outside their own institution, and Assessor of Harbour University belongs to it/,
    );
    const self = await call(t, 'POST', `/api/review-schemes/${schemeId}/assessors`, {
      as: a.admin,
      body: { email: candidate.email },
    });
    expect(self.statusCode).toBe(201);
    const own = await assign(id, veteran.userId, candidate.userId);
    expect(own.statusCode).toBe(409);
    expect(own.data().error.message).toMatch(
      /is the candidate and cannot assess their own portfolio/,
    );
  });

  it('reassigns an assessor until they have submitted, and keeps removed assessors out', async () => {
    const other = await createUser(t, { institutionId: b.institutionId, name: 'Otto Other' });
    await addAssessor(t, a.admin, schemeId, other.email);
    const id = await submit(
      await createUser(t, { institutionId: a.institutionId, name: 'Rea Assign' }),
    );
    expect((await assign(id, veteran.userId, a.assessor.userId)).statusCode).toBe(200);
    await judge(t, a.assessor, id);
    const swapSecond = await assign(id, veteran.userId, other.userId);
    expect(swapSecond.statusCode).toBe(409);
    expect(swapSecond.data().error.message).toMatch(
      /already submitted their judgement as second assessor/,
    );
    const removeBusy = await call(
      t,
      'DELETE',
      `/api/review-schemes/${schemeId}/assessors/${veteran.userId}`,
      { as: a.admin },
    );
    expect(removeBusy.statusCode).toBe(409);
    expect(removeBusy.data().error.message).toMatch(
      /Vera Veteran still has \d+ assessments? to finish/,
    );
    // The lead has not submitted: another eligible lead takes over.
    await call(t, 'PATCH', `/api/review-schemes/${schemeId}/assessors/${other.userId}`, {
      as: a.admin,
      body: { priorSecondAssessments: 4 },
    });
    const swapLead = await assign(id, other.userId, a.assessor.userId);
    expect(swapLead.statusCode, swapLead.body).toBe(200);
    expect(swapLead.data().history.at(-1).event).toBe('Assessors changed');
    expect(
      (await call(t, 'GET', `/api/review-submissions/${id}`, { as: veteran })).statusCode,
    ).toBe(404);
    expect(
      (await call(t, 'GET', `/api/review-submissions/${id}/judgements`, { as: other })).data(),
    ).toEqual({
      mine: null,
      others: [],
    });
  });

  it('lets only the candidate withdraw, before the decision', async () => {
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Wyn Withdraw' });
    const id = await submit(candidate);
    expect(
      (await call(t, 'POST', `/api/review-submissions/${id}/withdraw`, { as: a.admin })).statusCode,
    ).toBe(403);
    expect(
      (await call(t, 'POST', `/api/review-submissions/${id}/withdraw`, { as: b.admin })).statusCode,
    ).toBe(404);
    const res = await call(t, 'POST', `/api/review-submissions/${id}/withdraw`, { as: candidate });
    expect(res.statusCode).toBe(200);
    expect(res.data().state).toBe('withdrawn');
    // Withdrawn is closed: a new first submission is taken.
    await submit(candidate);
  });
});

describe('changing a scheme', () => {
  it('lets coordinators change settings, and an archived scheme takes no submissions', async () => {
    const id = await createScheme(t, a, templateId, { name: 'To change' });
    const toWindows = await call(t, 'PATCH', `/api/review-schemes/${id}`, {
      as: a.manager,
      body: { submissionMode: 'windows' },
    });
    expect(toWindows.statusCode).toBe(400);
    expect(toWindows.data().error.fields[0]).toMatchObject({ path: 'windows' });
    const changed = await call(t, 'PATCH', `/api/review-schemes/${id}`, {
      as: a.manager,
      body: {
        turnaroundDays: 60,
        showAssessorNames: true,
        reviewIntervalYears: null,
        description: 'Changed.',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.data()).toMatchObject({
      turnaroundDays: 60,
      showAssessorNames: true,
      reviewIntervalYears: null,
      description: 'Changed.',
      openNow: true,
    });
    const empty = await call(t, 'PATCH', `/api/review-schemes/${id}`, { as: a.manager, body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.data().error.message).toMatch(/send at least one field to change/);
    expect(
      (
        await call(t, 'PATCH', `/api/review-schemes/${id}`, {
          as: a.admin,
          body: { status: 'archived' },
        })
      ).data().status,
    ).toBe('archived');
    // Candidates no longer see it; coordinators still do, and are told why it takes nothing.
    expect(
      (await call(t, 'GET', `/api/review-schemes/${id}`, { as: a.practitioner })).statusCode,
    ).toBe(404);
    const p = await completePortfolio(t, a.admin, templateId, links.base);
    const refused = await call(t, 'POST', '/api/review-submissions', {
      as: a.admin,
      body: { schemeId: id, portfolioId: p.id, kind: 'first' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.data().error.message).toBe('This scheme is archived and takes no submissions.');
  });

  it('shows coordinators the judgements only once both are in', async () => {
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Jo Judged' });
    const id = await submit(candidate);
    expect((await assign(id, veteran.userId, a.assessor.userId)).statusCode).toBe(200);
    await judge(t, veteran, id);
    const early = (
      await call(t, 'GET', `/api/review-submissions/${id}/judgements`, { as: a.manager })
    ).data();
    expect(early).toEqual({ mine: null, others: [] });
    await judge(t, a.assessor, id);
    const both = (
      await call(t, 'GET', `/api/review-submissions/${id}/judgements`, { as: a.manager })
    ).data();
    expect(both.others.map((j: { role: string }) => j.role).sort()).toEqual(['lead', 'second']);
  });
});

describe('bad input', () => {
  it('says what to fix when a scheme is set up wrongly', async () => {
    const post = (body: Record<string, unknown>) =>
      call(t, 'POST', '/api/review-schemes', {
        as: a.admin,
        body: {
          name: 'X scheme',
          acceptedTemplateIds: ['cmalt'],
          achievement: { name: 'X', description: 'd', criteriaNarrative: 'c', frameworkId: null },
          ...body,
        },
      });
    const windows = await post({ submissionMode: 'windows' });
    expect(windows.statusCode).toBe(400);
    expect(windows.data().error.fields).toEqual([
      {
        path: 'windows',
        message: 'add at least one submission window, or choose rolling submission',
      },
    ]);
    const template = await post({ acceptedTemplateIds: ['no-such-template'] });
    expect(template.statusCode).toBe(400);
    expect(template.data().error.fields[0].path).toBe('acceptedTemplateIds.0');
    const backwards = await post({
      submissionMode: 'windows',
      windows: [{ opensOn: '2027-02-01', closesOn: '2027-01-01' }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.data().error.message).toMatch(/close on or after the day it opens/);
    const turnaround = await post({ turnaroundDays: 2 });
    expect(turnaround.statusCode).toBe(400);
    expect(turnaround.data().error.message).toMatch(/turnaroundDays must be at least 7 days/);
    expect(
      (await call(t, 'POST', '/api/review-schemes', { as: a.practitioner, body: {} })).statusCode,
    ).toBe(403);
    const nobody = await call(t, 'POST', `/api/review-schemes/${schemeId}/assessors`, {
      as: a.admin,
      body: { email: 'nobody@nowhere.test' },
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.data().error.message).toMatch(/^No Cairn account uses that email/);
    const twice = await call(t, 'POST', `/api/review-schemes/${schemeId}/assessors`, {
      as: a.admin,
      body: { email: veteran.email },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses submissions of the wrong template, outside windows, or of someone else’s portfolio', async () => {
    const cmalt = (await call(t, 'GET', '/api/portfolio-templates', { as: a.practitioner }))
      .data()
      .templates.find((x: { key: string }) => x.key === 'cmalt').id;
    const wrong = await newPortfolio(t, a.practitioner, cmalt);
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Wanda Wrong' });
    const res = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: { schemeId, portfolioId: wrong.id, kind: 'first' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toMatch(/accepts portfolios built on Short CMALT/);
    const notMine = await call(t, 'POST', '/api/review-submissions', {
      as: candidate,
      body: { schemeId, portfolioId: wrong.id, kind: 'first' },
    });
    expect(notMine.statusCode).toBe(404);
    const windowed = await createScheme(t, a, templateId, {
      name: 'Windowed',
      submissionMode: 'windows',
      windows: [{ opensOn: '2099-03-01', closesOn: '2099-03-31' }],
    });
    const p = await completePortfolio(t, candidate, templateId, links.base);
    const closed = await call(t, 'POST', '/api/review-submissions', {
      as: candidate,
      body: { schemeId: windowed, portfolioId: p.id, kind: 'first' },
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.data().error.message).toMatch(
      /The next window opens on 2099-03-01 and closes on 2099-03-31/,
    );
    const noPrevious = await call(t, 'POST', '/api/review-submissions', {
      as: candidate,
      body: { schemeId, portfolioId: p.id, kind: 'resubmission' },
    });
    expect(noPrevious.statusCode).toBe(400);
    expect(noPrevious.data().error.fields[0].path).toBe('previousSubmissionId');
    const badKind = await call(t, 'POST', '/api/review-submissions', {
      as: candidate,
      body: { schemeId, portfolioId: p.id, kind: 'second' },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.data().error.message).toMatch(/must be first/);
  });

  it('serves the files of the submitted version to its assessors, and nothing else', async () => {
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Finn Files' });
    const p = await completePortfolio(t, candidate, templateId, links.base);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const form = new FormData();
    form.append('title', 'Workshop photo');
    form.append('file', new Blob([png]), 'photo.png');
    const encoded = new Response(form);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/portfolios/${p.id}/sections/${p.sections.practice!.id}/evidence/file`,
      headers: {
        'content-type': encoded.headers.get('content-type') ?? '',
        cookie: candidate.cookie,
        'x-csrf-token': candidate.csrf,
      },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(up.statusCode, up.body).toBe(201);
    const fileId = JSON.parse(up.body).evidence.find((e: { kind: string }) => e.kind === 'file').id;
    const res = await call(t, 'POST', '/api/review-submissions', {
      as: candidate,
      body: { schemeId, portfolioId: p.id, kind: 'first' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.data().id;
    expect((await assign(id, veteran.userId, a.assessor.userId)).statusCode).toBe(200);
    const frozen = (
      await call(t, 'GET', `/api/review-submissions/${id}/portfolio`, { as: veteran })
    ).data();
    const evidence = frozen.sections[0].evidence.find((e: { kind: string }) => e.kind === 'file');
    expect(evidence).toMatchObject({
      fileName: 'photo.png',
      url: `/api/review-submissions/${id}/evidence/${fileId}/file`,
    });
    // The assessor from Bayside reads the file through the submission, not through Harbour's library.
    const file = await call(t, 'GET', evidence.url, { as: veteran });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(
      (await call(t, 'GET', `/api/portfolio-evidence/${fileId}/file`, { as: veteran })).statusCode,
    ).toBe(404);
    expect((await call(t, 'GET', evidence.url, { as: b.admin })).statusCode).toBe(404);
    const unknown = await call(
      t,
      'GET',
      `/api/review-submissions/${id}/evidence/00000000-0000-4000-8000-000000000000/file`,
      { as: veteran },
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('reminders sent by the hourly job', () => {
  it('go once each, to assessors and coordinators', async () => {
    const candidate = await createUser(t, { institutionId: a.institutionId, name: 'Rita Remind' });
    const id = await submit(candidate);
    expect((await assign(id, veteran.userId, a.assessor.userId)).statusCode).toBe(200);
    // Assigned 30 days ago with 28 days to judge: overdue.
    await t.deps.db
      .updateTable('review_submissions')
      .set({
        lead_assigned_at: '2026-01-01T00:00:00.000Z',
        second_assigned_at: '2026-01-01T00:00:00.000Z',
      })
      .where('id', '=', id)
      .execute();
    // Another submission waits for assessors since December, past its target of mid-January.
    const waiting = await submit(
      await createUser(t, { institutionId: a.institutionId, name: 'Wes Wait' }),
    );
    await t.deps.db
      .updateTable('review_submissions')
      .set({ submitted_at: '2025-12-01T00:00:00.000Z', due_on: '2026-01-15' })
      .where('id', '=', waiting)
      .execute();
    const now = new Date('2026-01-31T12:00:00Z');
    const count = async (who: Session, kind: string) =>
      (await call(t, 'GET', '/api/notifications', { as: who }))
        .data()
        .notifications.filter(
          (n: { kind: string; link: string }) =>
            n.kind === kind && n.link === `/reviews/assessing/${id}`,
        ).length;
    expect(await sendDueReminders(t.deps, now)).toBeGreaterThan(0);
    const again = await sendDueReminders(t.deps, now);
    expect(again).toBe(0);
    expect(await count(veteran, 'judgement-overdue')).toBe(1);
    expect(await count(a.assessor, 'judgement-overdue')).toBe(1);
    expect(
      t.mails.some(
        (m) => m.to === veteran.email && m.subject === 'Harbour CMALT: your judgement is overdue',
      ),
    ).toBe(true);
  });
});
