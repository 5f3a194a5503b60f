import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { TPortfolio } from '../../../../contracts/portfolios';
import {
  OUTCOME_LABELS,
  SUBMISSION_STATE_LABELS,
  type TAssignment,
  type TJudgement,
  type TReviewPortfolio,
  type TSubmission,
  type TSubmissionKind,
  type TSubmissionState,
  type ZAssignBody,
  type ZCreateSubmissionBody,
  type ZDecisionBody,
  type ZJudgementBody,
  ZJudgementSection,
} from '../../../../contracts/reviews';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { sendStoredFile } from '../../lib/stored-files';
import { DAY, nowIso } from '../../lib/time';
import { issueCredential } from '../credentials/service';
import { caseBase } from '../frameworks/case';
import { notify } from '../notifications/service';
import { findOwnPortfolio } from '../portfolios/repository';
import { createSnapshot } from '../portfolios/versions';
import { prepareForIntake } from './intake';
import * as repo from './repository';
import {
  achievementOf,
  assessorViews,
  openOn,
  relationTo,
  schemeForCoordinator,
  type Viewer,
  windowsOf,
} from './schemes';
import { initialState, isFinalDecision, isOpen, transition } from './states';

/*
 * Submissions: intake, assignment, judgements and the decision. Who may see what:
 * - the candidate: their submission, judgements only after the decision, and assessors'
 *   names only when the scheme shows them;
 * - assessors: only submissions assigned to them (others are 404), the frozen portfolio, and
 *   the other assessor's judgement only once both have submitted;
 * - coordinators: every submission of their schemes.
 */

export const submissionLink = (id: string) => `/reviews/submissions/${id}`;
/** Where an assessor judges a submission. */
export const assessmentLink = (id: string) => `/reviews/assessing/${id}`;
const dayOf = (iso: string) => iso.slice(0, 10);
export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

type Who = {
  row: repo.SubmissionRow;
  scheme: repo.SchemeRow;
  candidate: boolean;
  coordinator: boolean;
  role: 'lead' | 'second' | null;
};

/** The submission and how the person relates to it; 404 for anyone unrelated. */
export async function access(db: Db, userId: string, id: string): Promise<Who> {
  const row = await repo.findSubmission(db, id);
  if (!row) throw AppError.notFound('That submission');
  const scheme = (await repo.findScheme(db, row.scheme_id))!;
  const candidate = row.candidate_id === userId;
  const role = row.lead_id === userId ? 'lead' : row.second_id === userId ? 'second' : null;
  // A candidate's own submission is seen as a candidate, even by a coordinator of the scheme.
  const coordinator = !candidate && (await relationTo(db, scheme, userId)).coordinator;
  if (!candidate && !coordinator && !role) throw AppError.notFound('That submission');
  return { row, scheme, candidate, coordinator, role };
}

const judgeByOf = (assignedAt: string | null, scheme: repo.SchemeRow) =>
  assignedAt ? addDays(assignedAt, scheme.assessor_days_to_judge) : null;

export async function toSubmission(
  db: Db,
  who: Omit<Who, 'row'> & { row: repo.SubmissionRow },
  now = new Date(),
): Promise<TSubmission> {
  const { row, scheme } = who;
  const asCandidate = who.candidate;
  const hideNames = asCandidate && scheme.show_assessor_names !== 1;
  const judgements = await repo.judgementsOf(db, row.id);
  const submittedAt = (userId: string | null) =>
    judgements.find((j) => j.assessor_id === userId && j.status === 'submitted')?.submitted_at ??
    null;
  const names = await repo.userNames(db, [row.candidate_id, row.lead_id, row.second_id]);
  const institutions = await repo.institutionNames(db, [row.candidate_institution_id]);
  const assessor = (userId: string | null, assignedAt: string | null) =>
    userId
      ? {
          userId: hideNames ? null : userId,
          name: hideNames ? null : (names.get(userId) ?? null),
          judgementSubmittedAt: submittedAt(userId),
          judgeBy: judgeByOf(assignedAt, scheme),
        }
      : null;
  const today = now.toISOString().slice(0, 10);
  const state = row.state as TSubmissionState;
  const events = await repo.eventsOf(db, row.id);
  return {
    id: row.id,
    schemeId: row.scheme_id,
    schemeName: scheme.name,
    candidate: {
      userId: row.candidate_id,
      name: names.get(row.candidate_id) ?? '',
      institutionName: institutions.get(row.candidate_institution_id) ?? null,
    },
    portfolioId: row.portfolio_id,
    portfolioVersionId: row.portfolio_version_id,
    portfolioTitle: row.portfolio_title,
    kind: row.kind as TSubmissionKind,
    previousSubmissionId: row.previous_submission_id,
    state,
    submittedAt: row.submitted_at,
    dueOn: row.due_on,
    ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(row.submitted_at)) / DAY)),
    overdue: isOpen(state) && today > row.due_on,
    intake: {
      passed: row.intake_passed === 1,
      checkedAt: row.intake_checked_at,
      problems: JSON.parse(row.intake_problems),
    },
    // Nominated conflicts stay between the candidate and the coordinators.
    conflicts:
      asCandidate || who.coordinator
        ? {
            userIds: JSON.parse(row.conflict_user_ids) as string[],
            sameInstitution: row.conflict_same_institution === 1,
          }
        : null,
    assessors: {
      lead: assessor(row.lead_id, row.lead_assigned_at),
      second: assessor(row.second_id, row.second_assigned_at),
    },
    decision:
      row.outcome && row.decided_at
        ? {
            outcome: row.outcome as 'pass' | 'referral' | 'fail',
            changesRequired: row.changes_required,
            feedback: row.decision_feedback ?? '',
            decidedAt: row.decided_at,
            final: isFinalDecision(row.kind as TSubmissionKind) || row.outcome !== 'referral',
          }
        : null,
    credentialId: row.credential_id,
    history: events.map((e) => ({
      at: e.at,
      event: e.event,
      actor: hideNames && e.by_assessor === 1 ? null : (e.actor_name ?? null),
    })),
    my: { candidate: asCandidate, coordinator: who.coordinator, role: who.role },
  };
}

export async function getSubmission(db: Db, viewer: Viewer, id: string) {
  return toSubmission(db, await access(db, viewer.userId, id));
}

// ---- Submitting -------------------------------------------------------------------------------

async function notifyCoordinators(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  scheme: repo.SchemeRow,
  n: { kind: string; title: string; body: string; link: string; dedupeKey: string },
) {
  for (const c of await repo.coordinatorsOf(deps.db, scheme)) {
    await notify(deps, { ...n, userId: c.userId, institutionId: scheme.institution_id });
  }
}

/** Refuses kinds that do not fit the candidate's history with the scheme (409 saying what to do). */
async function checkKind(
  db: Db,
  scheme: repo.SchemeRow,
  candidateId: string,
  kind: TSubmissionKind,
  previousId: string | undefined,
): Promise<string | null> {
  const mine = await db
    .selectFrom('review_submissions')
    .selectAll()
    .where('scheme_id', '=', scheme.id)
    .where('candidate_id', '=', candidateId)
    .orderBy('submitted_at', 'desc')
    .execute();
  const open = mine.find((s) => isOpen(s.state as TSubmissionState));
  if (open) {
    throw AppError.conflict(
      `You already have a submission to ${scheme.name} under review (${SUBMISSION_STATE_LABELS[open.state as TSubmissionState].toLowerCase()}). Wait for its decision, or withdraw it first.`,
    );
  }
  const referredUnanswered = mine.filter(
    (s) =>
      s.state === 'referred' &&
      !mine.some(
        (r) =>
          r.previous_submission_id === s.id &&
          r.kind === 'resubmission' &&
          !['intake-failed', 'withdrawn'].includes(r.state),
      ),
  );
  if (kind === 'first') {
    if (referredUnanswered.length) {
      throw AppError.conflict(
        'Your earlier submission was referred: submit this one as a resubmission (kind "resubmission") answering the changes required.',
      );
    }
    if (mine.some((s) => s.state === 'passed')) {
      throw AppError.conflict(
        `You already passed ${scheme.name}: submit a periodic review (kind "review") instead of a first submission.`,
      );
    }
    return null;
  }
  if (kind === 'resubmission') {
    const prev = mine.find((s) => s.id === previousId);
    if (!prev) throw AppError.notFound('That earlier submission');
    if (prev.state !== 'referred' || !referredUnanswered.includes(prev)) {
      throw AppError.conflict(
        'A resubmission answers a referral: the submission you named was not referred, or was already answered by a resubmission.',
      );
    }
    return prev.id;
  }
  // A periodic review needs a pass of this scheme.
  const passed = mine.filter((s) => s.state === 'passed');
  const prev = previousId ? passed.find((s) => s.id === previousId) : passed[0];
  if (!prev) {
    throw AppError.conflict(
      `A periodic review needs an earlier pass of ${scheme.name} by you${previousId ? ' (the submission you named did not pass)' : ''}. Make a first submission instead.`,
    );
  }
  return prev.id;
}

export async function createSubmission(
  deps: Deps,
  viewer: Viewer & { institutionId: string },
  body: z.output<typeof ZCreateSubmissionBody>,
): Promise<TSubmission> {
  const db = deps.db;
  const scheme = await repo.findScheme(db, body.schemeId);
  if (!scheme) throw AppError.notFound('That scheme');
  const rel = await relationTo(db, scheme, viewer.userId);
  if (!rel.candidate) {
    if (rel.coordinator || rel.assessor)
      throw AppError.conflict(
        scheme.status !== 'active'
          ? 'This scheme is archived and takes no submissions.'
          : 'This scheme takes submissions only from members of the institution that runs it.',
      );
    throw AppError.notFound('That scheme');
  }
  const owner = { institutionId: viewer.institutionId, userId: viewer.userId };
  const p = await findOwnPortfolio(db, owner, body.portfolioId);
  if (!p) throw AppError.notFound('That portfolio');
  const accepted = JSON.parse(scheme.accepted_template_ids) as string[];
  if (!accepted.includes(p.template_id)) {
    const titles = await db
      .selectFrom('portfolio_templates')
      .select('title')
      .where('id', 'in', accepted.length ? accepted : [''])
      .execute();
    throw AppError.validation(
      [{ path: 'portfolioId', message: 'is built on a template this scheme does not accept' }],
      `${scheme.name} accepts portfolios built on ${titles.map((t) => t.title).join(' or ') || 'no template yet'}; this portfolio uses another template. Start a portfolio from an accepted template.`,
    );
  }
  const now = nowIso();
  if (!openOn(scheme, dayOf(now))) {
    const next = windowsOf(scheme)
      .filter((w) => w.opensOn > dayOf(now))
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
    throw AppError.conflict(
      `${scheme.name} takes submissions only in its submission windows, and none is open today.${next ? ` The next window opens on ${next.opensOn} and closes on ${next.closesOn}.` : ' No window is planned yet: ask the scheme coordinators.'}`,
    );
  }
  const previousId = await checkKind(
    db,
    scheme,
    viewer.userId,
    body.kind,
    body.previousSubmissionId,
  );

  const { portfolio, problems } = await prepareForIntake(deps, owner, p);
  const version = await createSnapshot(
    db,
    owner,
    p.id,
    `Submitted to ${scheme.name} ${dayOf(now)}`,
  );
  const frozen: TPortfolio = { ...portfolio, mine: true };
  const passed = problems.length === 0;
  const id = newId();
  const state = initialState(passed);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('review_submissions')
      .values({
        id,
        scheme_id: scheme.id,
        candidate_id: viewer.userId,
        candidate_institution_id: viewer.institutionId,
        portfolio_id: p.id,
        portfolio_version_id: version.id,
        portfolio_title: p.title,
        snapshot: JSON.stringify(frozen),
        kind: body.kind,
        previous_submission_id: previousId,
        state,
        submitted_at: now,
        due_on: addDays(now, scheme.turnaround_days),
        intake_passed: passed ? 1 : 0,
        intake_checked_at: now,
        intake_problems: JSON.stringify(problems),
        conflict_user_ids: JSON.stringify(body.conflictUserIds),
        conflict_same_institution: body.conflictSameInstitution ? 1 : 0,
        lead_id: null,
        lead_assigned_at: null,
        second_id: null,
        second_assigned_at: null,
        outcome: null,
        changes_required: null,
        decision_feedback: null,
        decided_at: null,
        decided_by: null,
        credential_id: null,
        updated_at: now,
      })
      .execute();
    await repo.addEvent(trx, id, 'Submitted', viewer.userId, false, now);
    await repo.addEvent(
      trx,
      id,
      passed
        ? 'Intake check passed'
        : `Intake check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix`,
      null,
      false,
      now,
    );
  });
  const link = submissionLink(id);
  if (passed) {
    await notify(deps, {
      userId: viewer.userId,
      institutionId: viewer.institutionId,
      kind: 'submission-received',
      title: `${scheme.name}: your portfolio was received`,
      body: `"${p.title}" passed the intake check and waits for assessors. The target for a decision is ${addDays(now, scheme.turnaround_days)}.`,
      link,
      dedupeKey: `submission-received:${id}`,
    });
    await notifyCoordinators(deps, scheme, {
      kind: 'submission-awaiting-assignment',
      title: `${scheme.name}: a submission waits for assessors`,
      body: `"${p.title}" passed the intake check. Assign a lead and a second assessor.`,
      link,
      dedupeKey: `submission-awaiting-assignment:${id}`,
    });
  } else {
    await notify(deps, {
      userId: viewer.userId,
      institutionId: viewer.institutionId,
      kind: 'intake-failed',
      title: `${scheme.name}: your portfolio did not pass the intake check`,
      body: `Fix these and submit again:\n${problems.map((x) => `- ${x.message}`).join('\n')}`,
      link,
      dedupeKey: `intake-failed:${id}`,
    });
  }
  return getSubmission(db, viewer, id);
}

export async function withdraw(deps: Deps, viewer: Viewer, id: string): Promise<TSubmission> {
  const who = await access(deps.db, viewer.userId, id);
  if (!who.candidate) throw AppError.forbidden('Only the candidate withdraws a submission.');
  const t = transition(who.row.state as TSubmissionState, { type: 'withdraw' });
  if (!t.ok) throw AppError.conflict(t.message);
  const now = nowIso();
  const done = await deps.db
    .updateTable('review_submissions')
    .set({ state: t.to, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', who.row.state)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1)
    throw AppError.conflict('This submission changed meanwhile: reload it.');
  await repo.addEvent(deps.db, id, 'Withdrawn by the candidate', viewer.userId, false, now);
  for (const a of [who.row.lead_id, who.row.second_id]) {
    if (!a) continue;
    await notify(deps, {
      userId: a,
      institutionId: who.scheme.institution_id,
      kind: 'submission-withdrawn',
      title: `${who.scheme.name}: a submission you were assessing was withdrawn`,
      body: `"${who.row.portfolio_title}" was withdrawn by the candidate; nothing more is needed from you.`,
      link: assessmentLink(id),
      dedupeKey: `withdrawn:${id}`,
    });
  }
  return getSubmission(deps.db, viewer, id);
}

// ---- Lists -------------------------------------------------------------------------------------

export async function listMine(db: Db, viewer: Viewer) {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const own = await db
    .selectFrom('review_submissions')
    .selectAll()
    .where('candidate_id', '=', viewer.userId)
    .orderBy('submitted_at', 'desc')
    .execute();
  const asCandidate: TSubmission[] = [];
  for (const row of own) {
    const scheme = (await repo.findScheme(db, row.scheme_id))!;
    asCandidate.push(
      await toSubmission(db, { row, scheme, candidate: true, coordinator: false, role: null }, now),
    );
  }
  const assigned = await db
    .selectFrom('review_submissions')
    .selectAll()
    .where((eb) => eb.or([eb('lead_id', '=', viewer.userId), eb('second_id', '=', viewer.userId)]))
    .orderBy('submitted_at', 'desc')
    .execute();
  const asAssessor: TAssignment[] = [];
  for (const row of assigned) {
    const scheme = (await repo.findScheme(db, row.scheme_id))!;
    const role = row.lead_id === viewer.userId ? 'lead' : 'second';
    const assignedAt =
      (role === 'lead' ? row.lead_assigned_at : row.second_assigned_at) ?? row.submitted_at;
    const j = (await repo.judgementsOf(db, row.id)).find((x) => x.assessor_id === viewer.userId);
    const judgeBy = addDays(assignedAt, scheme.assessor_days_to_judge);
    const names = await repo.userNames(db, [row.candidate_id]);
    asAssessor.push({
      submissionId: row.id,
      schemeId: scheme.id,
      schemeName: scheme.name,
      candidateName: names.get(row.candidate_id) ?? '',
      portfolioTitle: row.portfolio_title,
      kind: row.kind as TSubmissionKind,
      state: row.state as TSubmissionState,
      role,
      assignedAt,
      judgeBy,
      overdue:
        j?.status !== 'submitted' && isOpen(row.state as TSubmissionState) && today > judgeBy,
      judgementStatus: j ? (j.status as 'draft' | 'submitted') : 'not-started',
      judgementSubmittedAt: j?.submitted_at ?? null,
      decision:
        row.outcome && row.decided_at
          ? {
              outcome: row.outcome as 'pass' | 'referral' | 'fail',
              changesRequired: row.changes_required,
              feedback: row.decision_feedback ?? '',
              decidedAt: row.decided_at,
              final: isFinalDecision(row.kind as TSubmissionKind) || row.outcome !== 'referral',
            }
          : null,
    });
  }
  const ms = await repo.activeMemberships(db, viewer.userId);
  const schemes = await repo.schemesNear(
    db,
    viewer.userId,
    ms.map((m) => m.institutionId),
  );
  const coordinating = [];
  for (const s of schemes) {
    if (!(await relationTo(db, s, viewer.userId, ms)).coordinator) continue;
    const open = await db
      .selectFrom('review_submissions')
      .select(['due_on'])
      .where('scheme_id', '=', s.id)
      .where('state', 'in', ['awaiting-assignment', 'in-assessment', 'awaiting-decision'])
      .execute();
    coordinating.push({
      schemeId: s.id,
      name: s.name,
      openCount: open.length,
      overdueCount: open.filter((o) => today > o.due_on).length,
    });
  }
  // Where the person assesses: their counts and whether they may lead, scheme by scheme
  // (prior experience is recorded per scheme by its coordinators).
  const assessingIn = await db
    .selectFrom('review_scheme_assessors as a')
    .innerJoin('review_schemes as s', 's.id', 'a.scheme_id')
    .select(['s.id', 's.name'])
    .where('a.user_id', '=', viewer.userId)
    .where('a.active', '=', 1)
    .orderBy('s.name')
    .execute();
  const standing = [];
  for (const s of assessingIn) {
    const [v] = await assessorViews(db, s.id, viewer.userId);
    if (!v) continue;
    standing.push({
      schemeId: s.id,
      schemeName: s.name,
      completedAsSecond: v.completedAsSecond,
      completedAsLead: v.completedAsLead,
      priorSecondAssessments: v.priorSecondAssessments,
      leadEligible: v.leadEligible,
    });
  }
  return { asCandidate, asAssessor, coordinating, standing };
}

export async function dashboard(db: Db, viewer: Viewer, schemeId: string) {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  const rows = await db
    .selectFrom('review_submissions')
    .selectAll()
    .where('scheme_id', '=', scheme.id)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const now = new Date();
  const subs: TSubmission[] = [];
  for (const row of rows) {
    const candidate = row.candidate_id === viewer.userId;
    subs.push(
      await toSubmission(db, { row, scheme, candidate, coordinator: !candidate, role: null }, now),
    );
  }
  const rank = (s: TSubmission) => (s.overdue ? 0 : isOpen(s.state) ? 1 : 2);
  subs.sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r) return r;
    // Overdue and open: oldest first. Closed: most recent first.
    return rank(a) === 2
      ? b.submittedAt.localeCompare(a.submittedAt)
      : a.submittedAt.localeCompare(b.submittedAt);
  });
  return { counts: await repo.stateCounts(db, scheme.id), submissions: subs };
}

// ---- Assignment --------------------------------------------------------------------------------

export async function assign(
  deps: Deps,
  viewer: Viewer,
  id: string,
  body: z.output<typeof ZAssignBody>,
): Promise<TSubmission> {
  const db = deps.db;
  const who = await access(db, viewer.userId, id);
  if (!who.coordinator) {
    if (who.candidate || who.role)
      throw AppError.forbidden('Only the scheme coordinators assign assessors.');
  }
  const { row, scheme } = who;
  const t = transition(row.state as TSubmissionState, { type: 'assign' });
  if (!t.ok) throw AppError.conflict(t.message);
  const views = await assessorViews(db, scheme.id);
  const lead = views.find((a) => a.userId === body.leadUserId);
  const second = views.find((a) => a.userId === body.secondUserId);
  const fields = [];
  if (!lead?.active)
    fields.push({
      path: 'leadUserId',
      message: 'is not an active assessor of this scheme: add them as an assessor first',
    });
  if (!second?.active)
    fields.push({
      path: 'secondUserId',
      message: 'is not an active assessor of this scheme: add them as an assessor first',
    });
  if (fields.length) throw AppError.validation(fields);
  const conflicts = JSON.parse(row.conflict_user_ids) as string[];
  for (const a of [lead!, second!]) {
    if (a.userId === row.candidate_id) {
      throw AppError.conflict(`${a.name} is the candidate and cannot assess their own portfolio.`);
    }
    if (conflicts.includes(a.userId)) {
      throw AppError.conflict(
        `The candidate named ${a.name} as a conflict of interest: choose another assessor.`,
      );
    }
    if (
      row.conflict_same_institution === 1 &&
      (await repo.isActiveMember(db, a.userId, row.candidate_institution_id))
    ) {
      throw AppError.conflict(
        `The candidate asked for assessors from outside their own institution, and ${a.name} belongs to it: choose an assessor from another institution.`,
      );
    }
  }
  if (!lead!.leadEligible) {
    throw AppError.conflict(
      `${lead!.name} is not yet eligible to lead: a lead needs 3 completed assessments as second assessor (${lead!.name} has ${lead!.completedAsSecond + lead!.priorSecondAssessments}). Choose another lead, or make ${lead!.name} the second assessor.`,
    );
  }
  const judgements = await repo.judgementsOf(db, row.id);
  const submitted = (userId: string | null) =>
    judgements.some((j) => j.assessor_id === userId && j.status === 'submitted');
  const now = nowIso();
  const changes: { role: 'lead' | 'second'; from: string | null; to: string }[] = [];
  if (row.lead_id !== body.leadUserId)
    changes.push({ role: 'lead', from: row.lead_id, to: body.leadUserId });
  if (row.second_id !== body.secondUserId)
    changes.push({ role: 'second', from: row.second_id, to: body.secondUserId });
  if (changes.length === 0) return getSubmission(db, viewer, id);
  for (const c of changes) {
    if (c.from && submitted(c.from)) {
      const name = (await repo.userNames(db, [c.from])).get(c.from);
      throw AppError.conflict(
        `${name} already submitted their judgement as ${c.role} assessor, so they stay on this submission.`,
      );
    }
    if (submitted(c.to)) {
      throw AppError.conflict(
        `${c.to === lead!.userId ? lead!.name : second!.name} already submitted a judgement in the other role.`,
      );
    }
  }
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('review_submissions')
      .set({
        state: t.to,
        lead_id: body.leadUserId,
        second_id: body.secondUserId,
        lead_assigned_at: row.lead_id === body.leadUserId ? row.lead_assigned_at : now,
        second_assigned_at: row.second_id === body.secondUserId ? row.second_assigned_at : now,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('state', '=', row.state)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw AppError.conflict('This submission changed meanwhile: reload it.');
    // Drafts of people who leave the submission, or change role, go with them.
    const leaving = changes
      .flatMap((c) => (c.from ? [c.from] : []))
      .concat(changes.map((c) => c.to));
    await trx
      .deleteFrom('review_judgements')
      .where('submission_id', '=', id)
      .where('assessor_id', 'in', leaving)
      .where('status', '=', 'draft')
      .execute();
    await repo.addEvent(
      trx,
      id,
      row.lead_id || row.second_id ? 'Assessors changed' : 'Assessors assigned',
      viewer.userId,
      false,
      now,
    );
  });
  for (const c of changes) {
    await notify(deps, {
      userId: c.to,
      institutionId: scheme.institution_id,
      kind: 'assessment-assigned',
      title: `${scheme.name}: a portfolio to assess as ${c.role} assessor`,
      body: `You were assigned "${row.portfolio_title}" as ${c.role} assessor. Your judgement is due on ${addDays(now, scheme.assessor_days_to_judge)}.`,
      link: assessmentLink(id),
      dedupeKey: `assigned:${id}:${c.role}:${c.to}:${now}`,
    });
  }
  return getSubmission(db, viewer, id);
}

// ---- The frozen portfolio ---------------------------------------------------------------------

const snapshotOf = (row: repo.SubmissionRow) => JSON.parse(row.snapshot) as TPortfolio;

export const reviewFileUrl = (submissionId: string, evidenceId: string) =>
  `/api/review-submissions/${submissionId}/evidence/${evidenceId}/file`;

export async function reviewPortfolio(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<TReviewPortfolio> {
  const { row } = await access(db, viewer.userId, id);
  const p = snapshotOf(row);
  return {
    submissionId: row.id,
    title: p.title,
    templateTitle: p.template.title,
    candidateName: p.owner.name,
    frozenAt: row.submitted_at,
    sections: p.sectionList.map((s) => ({
      key: s.key,
      title: s.customTitle ? `${s.title}: ${s.customTitle}` : s.title,
      guidance: s.guidance,
      parts: s.parts,
      descriptionHtml: s.descriptionHtml ?? '',
      reflectionHtml: s.reflectionHtml ?? '',
      declarations: s.declarations,
      evidence: s.evidence.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        url: e.kind === 'url' ? e.url : e.kind === 'file' ? reviewFileUrl(row.id, e.id) : null,
        note: e.note,
        fileName: e.fileName,
        mediaType: e.mediaType,
        cpdEntry: e.cpdEntry
          ? {
              title: e.cpdEntry.title,
              date: e.cpdEntry.date,
              hours: e.cpdEntry.hours,
              type: e.cpdEntry.type,
              reflectionHtml: e.cpdEntry.reflectionHtml,
            }
          : null,
      })),
    })),
  };
}

/** A file of the frozen portfolio: only evidence that is in the submitted version. */
export async function sendEvidenceFile(
  deps: Deps,
  viewer: Viewer,
  id: string,
  evidenceId: string,
  reply: FastifyReply,
) {
  const { row } = await access(deps.db, viewer.userId, id);
  const inVersion = snapshotOf(row).sectionList.some((s) =>
    s.evidence.some((e) => e.id === evidenceId && e.kind === 'file'),
  );
  if (!inVersion) throw AppError.notFound('That evidence file');
  const file = await deps.db
    .selectFrom('portfolio_evidence')
    .select(['storage_key', 'media_type', 'file_name'])
    .where('id', '=', evidenceId)
    .where('user_id', '=', row.candidate_id)
    .where('kind', '=', 'file')
    .executeTakeFirst();
  if (!file) throw AppError.notFound('That evidence file');
  reply.header('referrer-policy', 'no-referrer');
  return sendStoredFile(deps.store, reply, file);
}

// ---- Judgements --------------------------------------------------------------------------------

function toJudgement(
  j: repo.JudgementRow,
  showName: boolean,
  names: Map<string, string>,
): TJudgement {
  return {
    id: j.id,
    submissionId: j.submission_id,
    role: j.role as 'lead' | 'second',
    assessorName: showName ? (names.get(j.assessor_id) ?? null) : null,
    sections: JSON.parse(j.sections),
    overallFeedback: j.overall_feedback,
    recommendation: j.recommendation as TJudgement['recommendation'],
    status: j.status as TJudgement['status'],
    submittedAt: j.submitted_at,
    updatedAt: j.updated_at,
  };
}

export async function judgements(db: Db, viewer: Viewer, id: string) {
  const who = await access(db, viewer.userId, id);
  const all = await repo.judgementsOf(db, id);
  const names = await repo.userNames(
    db,
    all.map((j) => j.assessor_id),
  );
  const current = all.filter(
    (j) => j.assessor_id === who.row.lead_id || j.assessor_id === who.row.second_id,
  );
  const bothIn = current.length === 2 && current.every((j) => j.status === 'submitted');
  const decided = !!who.row.decided_at;
  if (who.candidate) {
    if (!decided) return { mine: null, others: [] };
    const show = who.scheme.show_assessor_names === 1;
    return {
      mine: null,
      others: current
        .filter((j) => j.status === 'submitted')
        .map((j) => toJudgement(j, show, names)),
    };
  }
  const mine = current.find((j) => j.assessor_id === viewer.userId) ?? null;
  return {
    mine: mine ? toJudgement(mine, true, names) : null,
    others: bothIn ? current.filter((j) => j !== mine).map((j) => toJudgement(j, true, names)) : [],
  };
}

async function assessorOf(db: Db, viewer: Viewer, id: string) {
  const who = await access(db, viewer.userId, id);
  if (!who.role)
    throw AppError.forbidden('Only the assessors assigned to this submission judge it.');
  if (who.row.state !== 'in-assessment') {
    throw AppError.conflict(
      `Judgements are written while a submission is in assessment; this one is ${SUBMISSION_STATE_LABELS[who.row.state as TSubmissionState].toLowerCase()}.`,
    );
  }
  const existing = (await repo.judgementsOf(db, id)).find((j) => j.assessor_id === viewer.userId);
  if (existing?.status === 'submitted') {
    throw AppError.conflict('You already submitted your judgement; it cannot be changed.');
  }
  return { who, existing };
}

export async function saveJudgement(
  db: Db,
  viewer: Viewer,
  id: string,
  body: z.output<typeof ZJudgementBody>,
): Promise<TJudgement> {
  const { who, existing } = await assessorOf(db, viewer, id);
  const sections = snapshotOf(who.row).sectionList;
  const fields = body.sections.flatMap((s, i) =>
    sections.some((x) => x.key === s.sectionKey)
      ? []
      : [{ path: `sections.${i}.sectionKey`, message: 'is not a section of this portfolio' }],
  );
  const keys = body.sections.map((s) => s.sectionKey);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i)
      fields.push({ path: `sections.${i}.sectionKey`, message: 'is judged twice' });
  });
  if (fields.length) throw AppError.validation(fields);
  // Stored in the portfolio's order, with each section's title as the candidate sees it.
  const stored = sections.flatMap((x) => {
    const s = body.sections.find((b) => b.sectionKey === x.key);
    return s
      ? [{ ...s, sectionTitle: x.customTitle ? `${x.title}: ${x.customTitle}` : x.title }]
      : [];
  });
  const now = nowIso();
  const values = {
    sections: JSON.stringify(stored),
    overall_feedback: body.overallFeedback,
    recommendation: body.recommendation,
    updated_at: now,
  };
  if (existing) {
    await db.updateTable('review_judgements').set(values).where('id', '=', existing.id).execute();
  } else {
    await db
      .insertInto('review_judgements')
      .values({
        id: newId(),
        submission_id: id,
        assessor_id: viewer.userId,
        role: who.role!,
        status: 'draft',
        submitted_at: null,
        created_at: now,
        ...values,
      })
      .execute();
  }
  const row = (await repo.judgementsOf(db, id)).find((j) => j.assessor_id === viewer.userId)!;
  return toJudgement(row, true, await repo.userNames(db, [viewer.userId]));
}

/** What a judgement still lacks before it can be submitted (pure). */
export function judgementGaps(
  sections: { key: string; title: string; customTitle: string | null; parts: string[] }[],
  j: {
    sections: {
      sectionKey: string;
      description: string | null;
      evidence: string | null;
      reflection: string | null;
    }[];
    overallFeedback: string;
    recommendation: string | null;
  },
): { path: string; message: string }[] {
  const gaps: { path: string; message: string }[] = [];
  for (const s of sections) {
    const title = s.customTitle ? `${s.title}: ${s.customTitle}` : s.title;
    const judged = j.sections.find((x) => x.sectionKey === s.key);
    const parts = (['description', 'evidence', 'reflection'] as const).filter((p) =>
      s.parts.includes(p),
    );
    const missing = parts.filter((p) => !judged?.[p]);
    if (missing.length)
      gaps.push({
        path: `sections.${s.key}`,
        message: `${title}: judge ${missing.join(', ')} (met or not yet)`,
      });
  }
  if (!j.overallFeedback.trim())
    gaps.push({ path: 'overallFeedback', message: 'write the overall feedback' });
  if (!j.recommendation)
    gaps.push({
      path: 'recommendation',
      message: 'choose a recommendation: pass, referral or fail',
    });
  return gaps;
}

export async function submitJudgement(deps: Deps, viewer: Viewer, id: string): Promise<TJudgement> {
  const db = deps.db;
  const { who, existing } = await assessorOf(db, viewer, id);
  const sections = snapshotOf(who.row).sectionList;
  const gaps = judgementGaps(sections, {
    sections: existing ? ZJudgementSection.array().parse(JSON.parse(existing.sections)) : [],
    overallFeedback: existing?.overall_feedback ?? '',
    recommendation: existing?.recommendation ?? null,
  });
  if (gaps.length) {
    throw new AppError(
      422,
      'VALIDATION_FAILED',
      `Your judgement is not complete: ${gaps.map((g) => g.message).join('; ')}.`,
      gaps,
    );
  }
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('review_judgements')
      .set({ status: 'submitted', submitted_at: now, updated_at: now })
      .where('id', '=', existing!.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw AppError.conflict('You already submitted your judgement.');
    await repo.addEvent(
      trx,
      id,
      `${who.role === 'lead' ? 'Lead' : 'Second'} assessor's judgement submitted`,
      viewer.userId,
      true,
      now,
    );
  });
  // Read after committing, and move on conditionally: when both assessors submit at the same
  // moment, each sees the other's judgement here and exactly one moves the state.
  const all = await repo.judgementsOf(db, id);
  const bothIn = [who.row.lead_id, who.row.second_id].every((a) =>
    all.some((j) => j.assessor_id === a && j.status === 'submitted'),
  );
  let moved = false;
  if (bothIn) {
    const t = transition('in-assessment', { type: 'both-judged' });
    if (t.ok) {
      const done = await db
        .updateTable('review_submissions')
        .set({ state: t.to, updated_at: now })
        .where('id', '=', id)
        .where('state', '=', 'in-assessment')
        .executeTakeFirst();
      moved = Number(done.numUpdatedRows) === 1;
      if (moved)
        await repo.addEvent(db, id, 'Both judgements in: awaiting the decision', null, false, now);
    }
  }
  if (moved && who.row.lead_id) {
    await notify(deps, {
      userId: who.row.lead_id,
      institutionId: who.scheme.institution_id,
      kind: 'judgements-in',
      title: `${who.scheme.name}: both judgements are in`,
      body: `Both assessors have judged "${who.row.portfolio_title}". Read the other judgement and record the decision.`,
      link: assessmentLink(id),
      dedupeKey: `judgements-in:${id}`,
    });
  }
  const row = (await repo.judgementsOf(db, id)).find((j) => j.assessor_id === viewer.userId)!;
  return toJudgement(row, true, await repo.userNames(db, [viewer.userId]));
}

// ---- Decision and credential ------------------------------------------------------------------

type IssueFn = typeof issueCredential;

/** The same calendar day `years` later (29 February becomes 1 March in other years). */
export function yearsLater(from: Date, years: number): string {
  return new Date(Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth(), from.getUTCDate()))
    .toISOString()
    .slice(0, 10);
}

/** The credential for a pass: the scheme's achievement, aligned with the framework it covers. */
export async function issueFor(
  deps: Deps,
  row: repo.SubmissionRow,
  scheme: repo.SchemeRow,
  issue: IssueFn,
) {
  const achievement = achievementOf(scheme);
  const snapshot = snapshotOf(row);
  const frameworkId = achievement.frameworkId ?? snapshot.templateSpec?.frameworkId ?? null;
  const alignments: Parameters<IssueFn>[1]['achievement']['alignments'] = [];
  if (frameworkId) {
    const f = await deps.db
      .selectFrom('frameworks')
      .select(['identifier', 'title', 'description'])
      .where('id', '=', frameworkId)
      .executeTakeFirst();
    if (f) {
      const base = caseBase(deps.config.publicUrl);
      alignments.push({
        targetName: f.title,
        targetUrl: `${base}/CFDocuments/${f.identifier}`,
        targetFramework: f.title,
        ...(f.description ? { targetDescription: f.description.slice(0, 1000) } : {}),
      });
      const seen = new Set<string>();
      for (const spec of snapshot.templateSpec?.sectionSpecs ?? []) {
        for (const item of spec.items) {
          if (seen.has(item.identifier) || item.framework.id !== frameworkId) continue;
          seen.add(item.identifier);
          alignments.push({
            targetName: item.title ?? item.statement.slice(0, 200),
            targetUrl: `${base}/CFItems/${item.identifier}`,
            targetFramework: f.title,
            targetDescription: item.statement.slice(0, 1000),
            ...(item.code ? { targetCode: item.code } : {}),
          });
        }
      }
    }
  }
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', '=', row.candidate_id)
    .executeTakeFirstOrThrow();
  const decided = new Date(row.decided_at ?? nowIso());
  const reviewDueOn =
    scheme.review_interval_years === null
      ? null
      : yearsLater(decided, scheme.review_interval_years);
  const issued = await issue(deps, {
    schemeId: scheme.id,
    submissionId: row.id,
    recipient: { userId: user.id, name: user.name, email: user.email },
    achievement: {
      name: achievement.name,
      description: achievement.description,
      criteriaNarrative: achievement.criteriaNarrative,
      achievementType: achievement.achievementType,
      alignments,
    },
    validFrom: decided,
    reviewDueOn,
  });
  await deps.db
    .updateTable('review_submissions')
    .set({ credential_id: issued.id })
    .where('id', '=', row.id)
    .execute();
  return issued.id;
}

/** Passes whose credential could not be issued at the time (tried again by the hourly job). */
export async function issueMissingCredentials(
  deps: Deps,
  log?: { error: (o: object, m: string) => void },
) {
  const rows = await deps.db
    .selectFrom('review_submissions')
    .selectAll()
    .where('state', '=', 'passed')
    .where('credential_id', 'is', null)
    .limit(20)
    .execute();
  for (const row of rows) {
    const scheme = (await repo.findScheme(deps.db, row.scheme_id))!;
    try {
      await issueFor(deps, row, scheme, issueCredential);
    } catch (err) {
      log?.error({ err, submissionId: row.id }, 'issuing a credential for a pass failed');
    }
  }
}

export async function decide(
  deps: Deps,
  viewer: Viewer,
  id: string,
  body: z.output<typeof ZDecisionBody>,
  log?: { error: (o: object, m: string) => void },
  /** false: leave the credential to the hourly job (the demo loader has no signing setup). */
  issueNow = true,
): Promise<TSubmission> {
  const db = deps.db;
  const who = await access(db, viewer.userId, id);
  if (who.role !== 'lead') throw AppError.forbidden('Only the lead assessor records the decision.');
  const t = transition(who.row.state as TSubmissionState, {
    type: 'decide',
    outcome: body.outcome,
    kind: who.row.kind as TSubmissionKind,
  });
  if (!t.ok) throw AppError.conflict(t.message);
  const now = nowIso();
  const done = await db
    .updateTable('review_submissions')
    .set({
      state: t.to,
      outcome: body.outcome,
      changes_required: body.outcome === 'referral' ? (body.changesRequired ?? null) : null,
      decision_feedback: body.feedback,
      decided_at: now,
      decided_by: viewer.userId,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('state', '=', 'awaiting-decision')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1)
    throw AppError.conflict('A decision was recorded meanwhile: reload the submission.');
  await repo.addEvent(
    db,
    id,
    `Decision: ${OUTCOME_LABELS[body.outcome].toLowerCase()}`,
    viewer.userId,
    true,
    now,
  );
  if (body.outcome === 'pass' && issueNow) {
    const row = (await repo.findSubmission(db, id))!;
    try {
      await issueFor(deps, row, who.scheme, issueCredential);
      await repo.addEvent(db, id, 'Credential issued', null, false);
    } catch (err) {
      // The pass stands; the hourly job issues the credential when it can.
      log?.error({ err, submissionId: id }, 'issuing a credential for a pass failed');
    }
  }
  const outcomeText = {
    pass: `Your portfolio "${who.row.portfolio_title}" passed.${body.outcome === 'pass' ? ' Your credential is under Credentials, ready to download and share.' : ''}`,
    referral: `Your portfolio "${who.row.portfolio_title}" was referred: read the changes required, revise it and resubmit.`,
    fail: `Your resubmission "${who.row.portfolio_title}" did not pass. Read the feedback.`,
  }[body.outcome];
  await notify(deps, {
    userId: who.row.candidate_id,
    institutionId: who.row.candidate_institution_id,
    kind: 'decision',
    title: `${who.scheme.name}: a decision on your submission`,
    body: outcomeText,
    link: submissionLink(id),
    dedupeKey: `decision:${id}`,
  });
  return getSubmission(db, viewer, id);
}
