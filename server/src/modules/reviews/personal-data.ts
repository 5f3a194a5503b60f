import type { Db } from '../../db/connect';

const parse = (json: string | null): unknown => (json ? JSON.parse(json) : null);

/**
 * A person's peer-review data for "download my data": their submissions with decisions and
 * feedback, the judgements they wrote as an assessor, their roles in schemes and their
 * notifications. Other assessors' identities are not theirs to download.
 */
export async function reviewsPersonalData(db: Db, userId: string) {
  const submissions = await db
    .selectFrom('review_submissions as s')
    .innerJoin('review_schemes as r', 'r.id', 's.scheme_id')
    .select([
      's.id',
      'r.name as scheme',
      's.portfolio_title as portfolio',
      's.kind',
      's.state',
      's.submitted_at as submittedAt',
      's.due_on as dueOn',
      's.intake_passed as intakePassed',
      's.intake_problems as intakeProblems',
      's.outcome',
      's.changes_required as changesRequired',
      's.decision_feedback as feedback',
      's.decided_at as decidedAt',
      's.credential_id as credentialId',
    ])
    .where('s.candidate_id', '=', userId)
    .orderBy('s.submitted_at')
    .execute();
  const judgements = await db
    .selectFrom('review_judgements as j')
    .innerJoin('review_submissions as s', 's.id', 'j.submission_id')
    .innerJoin('review_schemes as r', 'r.id', 's.scheme_id')
    .select([
      'j.submission_id as submissionId',
      'r.name as scheme',
      'j.role',
      'j.sections',
      'j.overall_feedback as overallFeedback',
      'j.recommendation',
      'j.status',
      'j.submitted_at as submittedAt',
    ])
    .where('j.assessor_id', '=', userId)
    .orderBy('j.created_at')
    .execute();
  const assessing = await db
    .selectFrom('review_scheme_assessors as a')
    .innerJoin('review_schemes as r', 'r.id', 'a.scheme_id')
    .select(['r.name as scheme', 'a.added_at as since'])
    .where('a.user_id', '=', userId)
    .execute();
  const coordinating = await db
    .selectFrom('review_scheme_coordinators as c')
    .innerJoin('review_schemes as r', 'r.id', 'c.scheme_id')
    .select(['r.name as scheme'])
    .where('c.user_id', '=', userId)
    .execute();
  const notifications = await db
    .selectFrom('notifications')
    .select(['kind', 'title', 'body', 'link', 'created_at as createdAt', 'read_at as readAt'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return {
    submissions: submissions.map((s) => ({
      ...s,
      intakePassed: s.intakePassed === 1,
      intakeProblems: parse(s.intakeProblems),
    })),
    judgementsWritten: judgements.map((j) => ({ ...j, sections: parse(j.sections) })),
    assessorIn: assessing,
    coordinatorOf: coordinating,
    notifications,
  };
}
