import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps';
import { DAY, HOUR } from '../../lib/time';
import { notify } from '../notifications/service';
import * as repo from './repository';
import { addDays, assessmentLink, issueMissingCredentials, submissionLink } from './submissions';

/*
 * Deadline reminders, computed from the database every hour and sent through notify(), whose
 * dedupe key makes each reminder go once:
 * - assessors: a judgement is due assignedAt + assessorDaysToJudge; reminded 7 days before, on
 *   the day, and once overdue (only the latest stage that applies, so a late run does not send
 *   three at once);
 * - coordinators: a submission waiting for assessors more than 7 days, and a submission past
 *   the scheme's turnaround target without a decision.
 */

export type AssignmentRow = {
  submissionId: string;
  schemeName: string;
  institutionId: string;
  portfolioTitle: string;
  assessorId: string;
  role: 'lead' | 'second';
  assignedAt: string;
  daysToJudge: number;
  judged: boolean;
};

export type OpenSubmissionRow = {
  submissionId: string;
  schemeName: string;
  institutionId: string;
  portfolioTitle: string;
  state: string;
  submittedAt: string;
  dueOn: string;
  coordinatorIds: string[];
};

export type Reminder = {
  userId: string;
  institutionId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
};

export const UNASSIGNED_AFTER_DAYS = 7;

/** The reminders due at `now` (pure: the same rows and time give the same reminders). */
export function dueReminders(
  now: Date,
  rows: { assignments: AssignmentRow[]; submissions: OpenSubmissionRow[] },
): Reminder[] {
  const today = now.toISOString().slice(0, 10);
  const out: Reminder[] = [];
  for (const a of rows.assignments) {
    if (a.judged) continue;
    const due = addDays(a.assignedAt, a.daysToJudge);
    const weekBefore = addDays(`${due}T00:00:00.000Z`, -7);
    const stage =
      today > due ? 'overdue' : today === due ? 'today' : today >= weekBefore ? 'week' : null;
    if (!stage) continue;
    const title = {
      week: `${a.schemeName}: your judgement is due in ${Math.round((Date.parse(due) - Date.parse(today)) / DAY)} days`,
      today: `${a.schemeName}: your judgement is due today`,
      overdue: `${a.schemeName}: your judgement is overdue`,
    }[stage];
    out.push({
      userId: a.assessorId,
      institutionId: a.institutionId,
      kind: `judgement-${stage}`,
      title,
      body: `Your judgement of "${a.portfolioTitle}" as ${a.role} assessor is due on ${due}.`,
      link: assessmentLink(a.submissionId),
      dedupeKey: `judgement-${stage}:${a.submissionId}:${a.assessorId}:${a.assignedAt}`,
    });
  }
  for (const s of rows.submissions) {
    const reminders: { kind: string; title: string; body: string }[] = [];
    if (
      s.state === 'awaiting-assignment' &&
      now.getTime() - Date.parse(s.submittedAt) > UNASSIGNED_AFTER_DAYS * DAY
    ) {
      reminders.push({
        kind: 'awaiting-assignment',
        title: `${s.schemeName}: a submission has waited over ${UNASSIGNED_AFTER_DAYS} days for assessors`,
        body: `"${s.portfolioTitle}" was submitted on ${s.submittedAt.slice(0, 10)} and has no assessors yet.`,
      });
    }
    if (today > s.dueOn) {
      reminders.push({
        kind: 'past-turnaround',
        title: `${s.schemeName}: a submission is past the turnaround target`,
        body: `"${s.portfolioTitle}" was due a decision by ${s.dueOn}.`,
      });
    }
    for (const r of reminders) {
      for (const userId of s.coordinatorIds) {
        out.push({
          ...r,
          userId,
          institutionId: s.institutionId,
          link: submissionLink(s.submissionId),
          dedupeKey: `${r.kind}:${s.submissionId}`,
        });
      }
    }
  }
  return out;
}

/** Reads what reminders need and sends those due; returns how many went out. */
export async function sendDueReminders(deps: Deps, now = new Date()): Promise<number> {
  const open = await deps.db
    .selectFrom('review_submissions')
    .selectAll()
    .where('state', 'in', ['awaiting-assignment', 'in-assessment', 'awaiting-decision'])
    .execute();
  const schemes = new Map<string, repo.SchemeRow>();
  const coordinators = new Map<string, string[]>();
  const assignments: AssignmentRow[] = [];
  const submissions: OpenSubmissionRow[] = [];
  for (const row of open) {
    let scheme = schemes.get(row.scheme_id);
    if (!scheme) {
      scheme = (await repo.findScheme(deps.db, row.scheme_id))!;
      schemes.set(scheme.id, scheme);
      coordinators.set(
        scheme.id,
        (await repo.coordinatorsOf(deps.db, scheme)).map((c) => c.userId),
      );
    }
    submissions.push({
      submissionId: row.id,
      schemeName: scheme.name,
      institutionId: scheme.institution_id,
      portfolioTitle: row.portfolio_title,
      state: row.state,
      submittedAt: row.submitted_at,
      dueOn: row.due_on,
      coordinatorIds: coordinators.get(scheme.id) ?? [],
    });
    if (row.state !== 'in-assessment') continue;
    const judgements = await repo.judgementsOf(deps.db, row.id);
    for (const [role, id, at] of [
      ['lead', row.lead_id, row.lead_assigned_at],
      ['second', row.second_id, row.second_assigned_at],
    ] as const) {
      if (!id || !at) continue;
      assignments.push({
        submissionId: row.id,
        schemeName: scheme.name,
        institutionId: scheme.institution_id,
        portfolioTitle: row.portfolio_title,
        assessorId: id,
        role,
        assignedAt: at,
        daysToJudge: scheme.assessor_days_to_judge,
        judged: judgements.some((j) => j.assessor_id === id && j.status === 'submitted'),
      });
    }
  }
  let sent = 0;
  for (const r of dueReminders(now, { assignments, submissions })) {
    if (await notify(deps, r)) sent++;
  }
  return sent;
}

/** Sends due reminders now and then hourly (and issues credentials a pass is still owed). */
export function startReviewReminders(
  deps: Deps,
  log: FastifyBaseLogger,
  everyMs = HOUR,
): { stop: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running
      .then(async () => {
        if (stopped) return;
        await sendDueReminders(deps);
        await issueMissingCredentials(deps, log);
      })
      .catch((err: unknown) => log.error({ err }, 'sending review reminders failed'));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
