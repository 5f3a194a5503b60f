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
import {
  addAssessor,
  addLink,
  createScheme,
  fullJudgement,
  judge,
  linkServer,
  newPortfolio,
  smallTemplate,
  writeSection,
} from './test-support';

/**
 * One candidate's way through a scheme over HTTP: an intake failure, a passing submission,
 * assignment with a conflict refused, judgements hidden until both are in, a referral, the
 * resubmission and its final pass with a credential.
 */

let t: TestApp;
let links: Awaited<ReturnType<typeof linkServer>>;
let a: Tenant; // Harbour University: runs the scheme; the candidate is its practitioner
let b: Tenant; // another institution on the same server
let lead: Session; // from institution B, experienced
let newcomer: Session; // from institution B, no experience yet
let templateId: string;
let schemeId: string;

beforeAll(async () => {
  t = await createTestApp({ LINK_CHECK_ALLOW_PRIVATE: 'true' });
  links = await linkServer();
  a = await createTenant(t, 'Harbour University');
  b = await createTenant(t, 'Bayside College');
  lead = await createUser(t, {
    institutionId: b.institutionId,
    roles: ['assessor'],
    name: 'Bea Lead',
  });
  newcomer = await createUser(t, {
    institutionId: b.institutionId,
    roles: ['assessor'],
    name: 'Nick New',
  });
  templateId = await smallTemplate(t, a);
  schemeId = await createScheme(t, a, templateId, { reviewIntervalYears: 3 });
});
afterAll(async () => {
  await links.close();
  await t.close();
});

const notifications = async (who: Session) =>
  (await call(t, 'GET', '/api/notifications', { as: who })).data().notifications as {
    kind: string;
    title: string;
    body: string;
    link: string;
  }[];

describe('a submission from intake to credential', () => {
  let portfolio: Awaited<ReturnType<typeof newPortfolio>>;
  let first: string;
  let resubmission: string;

  it('fails intake with the reasons when sections are incomplete or a link is broken', async () => {
    portfolio = await newPortfolio(t, a.practitioner, templateId);
    await writeSection(t, a.practitioner, portfolio, 'practice', { description: 'I run the VLE.' });
    await addLink(t, a.practitioner, portfolio, 'practice', `${links.base}/gone`);
    const res = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: { schemeId, portfolioId: portfolio.id, kind: 'first' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.data();
    expect(s.state).toBe('intake-failed');
    expect(s.intake.passed).toBe(false);
    const problems = s.intake.problems.map(
      (p: { sectionKey: string; message: string }) => `${p.sectionKey}: ${p.message}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^practice: .*no reflection yet/),
        expect.stringMatching(
          /^practice: .*the link "Workshop recording" does not answer \(404 Not Found\)/,
        ),
        expect.stringMatching(/^plans: Future plans has no description yet/),
      ]),
    );
    const n = await notifications(a.practitioner);
    expect(n[0]).toMatchObject({ kind: 'intake-failed', link: `/reviews/submissions/${s.id}` });
    expect(n[0]!.body).toContain('no reflection yet');
    // It never reaches assessors: a coordinator cannot assign it.
    await addAssessor(t, a.admin, schemeId, lead.email, 3);
    await addAssessor(t, a.admin, schemeId, a.assessor.email);
    await addAssessor(t, a.admin, schemeId, newcomer.email);
    const assign = await call(t, 'PUT', `/api/review-submissions/${s.id}/assessors`, {
      as: a.admin,
      body: { leadUserId: lead.userId, secondUserId: a.assessor.userId },
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.data().error.message).toMatch(/never goes to assessors/);
  });

  it('passes intake once fixed, freezing a version while the draft stays editable', async () => {
    await writeSection(t, a.practitioner, portfolio, 'practice', {
      reflection: 'Small-group training worked better than webinars.',
    });
    await writeSection(t, a.practitioner, portfolio, 'plans', {
      description: 'Lead the assessment redesign.',
    });
    const p = (
      await call(t, 'GET', `/api/portfolios/${portfolio.id}`, { as: a.practitioner })
    ).data();
    const broken = p.sectionList[0].evidence[0].id;
    await call(
      t,
      'DELETE',
      `/api/portfolios/${portfolio.id}/sections/${portfolio.sections.practice!.id}/evidence/${broken}`,
      {
        as: a.practitioner,
      },
    );
    await addLink(t, a.practitioner, portfolio, 'practice', `${links.base}/ok`);
    const res = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: {
        schemeId,
        portfolioId: portfolio.id,
        kind: 'first',
        conflictUserIds: [newcomer.userId],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.data();
    first = s.id;
    expect(s).toMatchObject({
      state: 'awaiting-assignment',
      kind: 'first',
      intake: { passed: true, problems: [] },
      conflicts: { userIds: [newcomer.userId], sameInstitution: false },
      assessors: { lead: null, second: null },
      decision: null,
      credentialId: null,
    });
    expect(s.portfolioVersionId).toMatch(/^[0-9a-f-]{36}$/);
    const submittedDay = s.submittedAt.slice(0, 10);
    expect(s.dueOn > submittedDay).toBe(true);
    // The draft can still change; the submitted version does not.
    await writeSection(t, a.practitioner, portfolio, 'plans', {
      description: 'Changed after submitting.',
    });
    const frozen = (
      await call(t, 'GET', `/api/review-submissions/${first}/portfolio`, { as: a.practitioner })
    ).data();
    expect(
      frozen.sections.find((x: { key: string }) => x.key === 'plans').descriptionHtml,
    ).toContain('Lead the assessment redesign.');
    expect((await notifications(a.practitioner))[0]).toMatchObject({ kind: 'submission-received' });
    expect((await notifications(a.manager))[0]).toMatchObject({
      kind: 'submission-awaiting-assignment',
    });
    // A second first submission while this one is open is refused.
    const again = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: { schemeId, portfolioId: portfolio.id, kind: 'first' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.data().error.message).toMatch(/already have a submission .* under review/);
  });

  it('refuses assessors against the rules, naming the rule, then assigns two', async () => {
    const put = (leadUserId: string, secondUserId: string) =>
      call(t, 'PUT', `/api/review-submissions/${first}/assessors`, {
        as: a.admin,
        body: { leadUserId, secondUserId },
      });
    const conflict = await put(lead.userId, newcomer.userId);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.data().error.message).toBe(
      'The candidate named Nick New as a conflict of interest: choose another assessor.',
    );
    const notEligible = await put(a.assessor.userId, lead.userId);
    expect(notEligible.statusCode).toBe(409);
    expect(notEligible.data().error.message).toMatch(
      /not yet eligible to lead: a lead needs 3 completed assessments/,
    );
    const same = await put(lead.userId, lead.userId);
    expect(same.statusCode).toBe(400);
    expect(same.data().error.fields[0]).toMatchObject({ path: 'secondUserId' });
    const stranger = await put(lead.userId, b.admin.userId);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.data().error.message).toMatch(/not an active assessor of this scheme/);

    const ok = await put(lead.userId, a.assessor.userId);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.data()).toMatchObject({
      state: 'in-assessment',
      assessors: {
        lead: { userId: lead.userId, name: 'Bea Lead' },
        second: { userId: a.assessor.userId },
      },
    });
    expect(ok.data().assessors.lead.judgeBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await notifications(lead))[0]).toMatchObject({ kind: 'assessment-assigned' });
    expect((await notifications(a.assessor))[0]!.title).toMatch(/as second assessor/);
  });

  it('shows the candidate no assessor names, and an assessor from another institution only the assigned portfolio', async () => {
    const mine = (
      await call(t, 'GET', `/api/review-submissions/${first}`, { as: a.practitioner })
    ).data();
    expect(mine.assessors.lead).toMatchObject({ userId: null, name: null });
    expect(JSON.stringify(mine)).not.toContain('Bea Lead');
    expect(JSON.stringify(mine)).not.toContain(lead.userId);

    const seen = (await call(t, 'GET', `/api/review-submissions/${first}`, { as: lead })).data();
    expect(seen.conflicts).toBeNull();
    expect(seen.my).toEqual({ candidate: false, coordinator: false, role: 'lead' });
    const frozen = await call(t, 'GET', `/api/review-submissions/${first}/portfolio`, { as: lead });
    expect(frozen.statusCode).toBe(200);
    expect(frozen.data().sections.map((s: { key: string }) => s.key)).toEqual([
      'practice',
      'plans',
    ]);
    expect(frozen.data().sections[0].evidence[0]).toMatchObject({
      kind: 'url',
      url: `${links.base}/ok`,
    });
    // Nothing else of Harbour: not the live portfolio, not the scheme's assessors.
    expect((await call(t, 'GET', `/api/portfolios/${portfolio.id}`, { as: lead })).statusCode).toBe(
      404,
    );
    expect(
      (await call(t, 'GET', `/api/review-schemes/${schemeId}/assessors`, { as: lead })).statusCode,
    ).toBe(404);
    // An assessor of the scheme who is not assigned sees nothing of it.
    for (const path of ['', '/portfolio', '/judgements']) {
      expect(
        (await call(t, 'GET', `/api/review-submissions/${first}${path}`, { as: newcomer }))
          .statusCode,
      ).toBe(404);
    }
  });

  it('keeps each judgement hidden from the other assessor until both are submitted', async () => {
    const draft = await call(t, 'PUT', `/api/review-submissions/${first}/judgement`, {
      as: lead,
      body: { sections: [{ sectionKey: 'practice', description: 'met' }], overallFeedback: '' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.data()).toMatchObject({ status: 'draft', role: 'lead' });
    const early = await call(t, 'POST', `/api/review-submissions/${first}/judgement/submit`, {
      as: lead,
    });
    expect(early.statusCode).toBe(422);
    expect(early.data().error.message).toBe(
      'Your judgement is not complete: Operational practice: judge evidence, reflection (met or not yet); Future plans: judge description (met or not yet); write the overall feedback; choose a recommendation: pass, referral or fail.',
    );
    const unknown = await call(t, 'PUT', `/api/review-submissions/${first}/judgement`, {
      as: lead,
      body: { sections: [{ sectionKey: 'nope', description: 'met' }] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data().error.fields).toEqual([
      { path: 'sections.0.sectionKey', message: 'is not a section of this portfolio' },
    ]);

    await judge(t, lead, first, 'referral');
    const secondView = (
      await call(t, 'GET', `/api/review-submissions/${first}/judgements`, { as: a.assessor })
    ).data();
    expect(secondView).toEqual({ mine: null, others: [] });
    const tooSoon = await call(t, 'POST', `/api/review-submissions/${first}/decision`, {
      as: lead,
      body: { outcome: 'pass', feedback: 'Good.' },
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.data().error.message).toMatch(/needs both judgements/);
    const resubmitEdit = await call(t, 'PUT', `/api/review-submissions/${first}/judgement`, {
      as: lead,
      body: fullJudgement('pass'),
    });
    expect(resubmitEdit.statusCode).toBe(409);

    await judge(t, a.assessor, first, 'referral');
    const after = (
      await call(t, 'GET', `/api/review-submissions/${first}/judgements`, { as: a.assessor })
    ).data();
    expect(after.mine.status).toBe('submitted');
    expect(after.others).toHaveLength(1);
    expect(after.others[0]).toMatchObject({
      role: 'lead',
      assessorName: 'Bea Lead',
      recommendation: 'referral',
    });
    expect(
      (await call(t, 'GET', `/api/review-submissions/${first}`, { as: a.admin })).data().state,
    ).toBe('awaiting-decision');
    expect((await notifications(lead))[0]).toMatchObject({ kind: 'judgements-in' });
    // The candidate reads nothing before the decision.
    expect(
      (
        await call(t, 'GET', `/api/review-submissions/${first}/judgements`, { as: a.practitioner })
      ).data(),
    ).toEqual({
      mine: null,
      others: [],
    });
  });

  it('lets only the lead decide, and a first submission ends in pass or referral', async () => {
    const decide = (who: Session, body: unknown) =>
      call(t, 'POST', `/api/review-submissions/${first}/decision`, { as: who, body });
    expect((await decide(a.assessor, { outcome: 'pass', feedback: 'x' })).statusCode).toBe(403);
    expect((await decide(a.admin, { outcome: 'pass', feedback: 'x' })).statusCode).toBe(403);
    const fail = await decide(lead, { outcome: 'fail', feedback: 'Not there yet.' });
    expect(fail.statusCode).toBe(409);
    expect(fail.data().error.message).toMatch(/Fail is only for a resubmission/);
    const noChanges = await decide(lead, { outcome: 'referral', feedback: 'Nearly.' });
    expect(noChanges.statusCode).toBe(400);
    expect(noChanges.data().error.fields[0]).toMatchObject({ path: 'changesRequired' });
    const referral = await decide(lead, {
      outcome: 'referral',
      feedback: 'Nearly there.',
      changesRequired: 'Add evidence of evaluating the training.',
    });
    expect(referral.statusCode, referral.body).toBe(200);
    expect(referral.data()).toMatchObject({
      state: 'referred',
      decision: {
        outcome: 'referral',
        changesRequired: 'Add evidence of evaluating the training.',
        final: false,
      },
      credentialId: null,
    });
    const n = (await notifications(a.practitioner))[0]!;
    expect(n.kind).toBe('decision');
    expect(n.body).toMatch(/was referred/);
    const j = (
      await call(t, 'GET', `/api/review-submissions/${first}/judgements`, { as: a.practitioner })
    ).data();
    expect(j.others).toHaveLength(2);
    expect(j.others.every((x: { assessorName: string | null }) => x.assessorName === null)).toBe(
      true,
    );
    const history = (
      await call(t, 'GET', `/api/review-submissions/${first}`, { as: a.practitioner })
    ).data().history;
    expect(history.map((h: { event: string }) => h.event)).toEqual([
      'Submitted',
      'Intake check passed',
      'Assessors assigned',
      "Lead assessor's judgement submitted",
      "Second assessor's judgement submitted",
      'Both judgements in: awaiting the decision',
      'Decision: referral: changes required',
    ]);
    expect(JSON.stringify(history)).not.toContain('Bea Lead');
  });

  it('takes a resubmission whose decision is final: referral refused, pass issues the credential', async () => {
    const asFirst = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: { schemeId, portfolioId: portfolio.id, kind: 'first' },
    });
    expect(asFirst.statusCode).toBe(409);
    expect(asFirst.data().error.message).toMatch(/submit this one as a resubmission/);
    const res = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: {
        schemeId,
        portfolioId: portfolio.id,
        kind: 'resubmission',
        previousSubmissionId: first,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    resubmission = res.data().id;
    expect(res.data()).toMatchObject({
      kind: 'resubmission',
      previousSubmissionId: first,
      state: 'awaiting-assignment',
    });
    const assign = await call(t, 'PUT', `/api/review-submissions/${resubmission}/assessors`, {
      as: a.manager,
      body: { leadUserId: lead.userId, secondUserId: a.assessor.userId },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    await judge(t, lead, resubmission);
    await judge(t, a.assessor, resubmission);
    const referral = await call(t, 'POST', `/api/review-submissions/${resubmission}/decision`, {
      as: lead,
      body: { outcome: 'referral', feedback: 'Again?', changesRequired: 'More.' },
    });
    expect(referral.statusCode).toBe(409);
    expect(referral.data().error.message).toMatch(/decision is final: record pass or fail/);
    const pass = await call(t, 'POST', `/api/review-submissions/${resubmission}/decision`, {
      as: lead,
      body: { outcome: 'pass', feedback: 'The evaluation evidence settles it.' },
    });
    expect(pass.statusCode, pass.body).toBe(200);
    const s = pass.data();
    expect(s).toMatchObject({ state: 'passed', decision: { outcome: 'pass', final: true } });
    expect(s.credentialId).toMatch(/^[0-9a-f-]{36}$/);

    const row = await t.deps.db
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', s.credentialId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      holder_id: a.practitioner.userId,
      submission_id: resubmission,
      scheme_id: schemeId,
    });
    const credential = JSON.parse(row.document);
    const achievement = credential.credentialSubject.achievement;
    expect(achievement.name).toBe('Certified Member (Harbour CMALT)');
    expect(achievement.criteria.narrative).toBe(
      'A portfolio judged by two assessors to meet every section.',
    );
    const targets = achievement.alignment.map((x: { targetUrl: string }) => x.targetUrl);
    expect(targets[0]).toMatch(/^http:\/\/cairn\.test\/ims\/case\/v1p1\/CFDocuments\//);
    expect(targets.some((u: string) => u.includes('/CFItems/'))).toBe(true);
    // The review is due three years after the decision.
    const decided = s.decision.decidedAt.slice(0, 10);
    expect(credential.validUntil.slice(0, 10)).toBe(
      `${Number(decided.slice(0, 4)) + 3}${decided.slice(4)}`,
    );
    expect(
      (await call(t, 'GET', `/api/review-submissions/${resubmission}`, { as: a.practitioner }))
        .data()
        .history.at(-1).event,
    ).toBe('Credential issued');
  });

  it('lists history for the candidate, the assessors and the coordinators', async () => {
    const mine = (await call(t, 'GET', '/api/review-submissions', { as: a.practitioner })).data();
    expect(mine.asCandidate.map((s: { state: string }) => s.state)).toEqual([
      'passed',
      'referred',
      'intake-failed',
    ]);
    const assessed = (await call(t, 'GET', '/api/review-submissions', { as: a.assessor })).data();
    expect(assessed.asAssessor).toHaveLength(2);
    expect(assessed.asAssessor[0]).toMatchObject({
      role: 'second',
      judgementStatus: 'submitted',
      decision: { outcome: 'pass' },
    });
    const coord = (await call(t, 'GET', '/api/review-submissions', { as: a.admin })).data();
    expect(coord.coordinating).toEqual([
      { schemeId, name: 'Harbour CMALT', openCount: 0, overdueCount: 0 },
    ]);
    const dash = (
      await call(t, 'GET', `/api/review-schemes/${schemeId}/dashboard`, { as: a.manager })
    ).data();
    expect(dash.counts).toEqual({ 'intake-failed': 1, referred: 1, passed: 1 });
    const assessors = (
      await call(t, 'GET', `/api/review-schemes/${schemeId}/assessors`, { as: a.admin })
    ).data().assessors;
    const second = assessors.find((x: { userId: string }) => x.userId === a.assessor.userId);
    expect(second).toMatchObject({
      completedAsSecond: 2,
      completedAsLead: 0,
      leadEligible: false,
      activeAssignments: 0,
    });
    expect(assessors.find((x: { userId: string }) => x.userId === lead.userId)).toMatchObject({
      completedAsLead: 2,
      priorSecondAssessments: 3,
      leadEligible: true,
      institutionName: 'Bayside College',
    });
  });

  it('takes a periodic review only after a pass', async () => {
    const other = await newPortfolio(t, a.manager, templateId);
    const refused = await call(t, 'POST', '/api/review-submissions', {
      as: a.manager,
      body: { schemeId, portfolioId: other.id, kind: 'review' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.data().error.message).toMatch(/periodic review needs an earlier pass/);
    const review = await call(t, 'POST', '/api/review-submissions', {
      as: a.practitioner,
      body: { schemeId, portfolioId: portfolio.id, kind: 'review' },
    });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.data()).toMatchObject({ kind: 'review', previousSubmissionId: resubmission });
    const withdrawn = await call(
      t,
      'POST',
      `/api/review-submissions/${review.data().id}/withdraw`,
      { as: a.practitioner },
    );
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.data().state).toBe('withdrawn');
    const twice = await call(t, 'POST', `/api/review-submissions/${review.data().id}/withdraw`, {
      as: a.practitioner,
    });
    expect(twice.statusCode).toBe(409);
  });
  it("puts submissions, decisions, credentials and written judgements in each person's data download", async () => {
    const mine = (await call(t, 'GET', '/api/me/export', { as: a.practitioner })).data();
    const outcomes = mine.peerReview.submissions.map((s: { outcome: string | null }) => s.outcome);
    expect(outcomes).toContain('referral');
    expect(outcomes).toContain('pass');
    expect(mine.credentials).toHaveLength(1);
    expect(mine.credentials[0].credential.type).toContain('OpenBadgeCredential');
    expect(mine.peerReview.judgementsWritten).toEqual([]);
    expect(mine.peerReview.notifications.length).toBeGreaterThan(0);
    const theirs = (await call(t, 'GET', '/api/me/export', { as: lead })).data();
    expect(theirs.peerReview.submissions).toEqual([]);
    expect(theirs.peerReview.judgementsWritten.length).toBeGreaterThanOrEqual(2);
    expect(theirs.peerReview.judgementsWritten[0]).toMatchObject({
      role: 'lead',
      status: 'submitted',
    });
    expect(theirs.peerReview.assessorIn.map((x: { scheme: string }) => x.scheme)).toHaveLength(1);
  });
});
