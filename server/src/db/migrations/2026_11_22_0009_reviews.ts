import type { Kysely } from 'kysely';

/**
 * Peer review and accreditation (module 4): schemes, their coordinators and assessors,
 * submissions (with the frozen portfolio and the intake result), one judgement per assessor per
 * submission, the history of each submission, and in-app notifications.
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  // Every column after updated_at has a default, so a scheme can be created with a name alone.
  await db.schema
    .createTable('review_schemes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    ) // the institution (or professional body) that runs the scheme
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accepted_template_ids', 'text', (c) => c.notNull().defaultTo('[]')) // JSON ids
    .addColumn('open_to', 'varchar(20)', (c) => c.notNull().defaultTo('institution'))
    .addColumn('submission_mode', 'varchar(20)', (c) => c.notNull().defaultTo('rolling'))
    .addColumn('windows', 'text', (c) => c.notNull().defaultTo('[]')) // JSON [{opensOn, closesOn}]
    .addColumn('turnaround_days', 'integer', (c) => c.notNull().defaultTo(91))
    .addColumn('assessor_days_to_judge', 'integer', (c) => c.notNull().defaultTo(28))
    .addColumn('show_assessor_names', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('review_interval_years', 'integer', (c) => c.defaultTo(3)) // null: no review
    .addColumn('achievement', 'text') // JSON; null: named after the scheme
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .execute();

  // Named coordinators (the scheme institution's admins and managers coordinate by role).
  await db.schema
    .createTable('review_scheme_coordinators')
    .addColumn('scheme_id', 'varchar(36)', (c) =>
      c.notNull().references('review_schemes.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_scheme_coordinators_pk', ['scheme_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('review_scheme_assessors')
    .addColumn('scheme_id', 'varchar(36)', (c) =>
      c.notNull().references('review_schemes.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('prior_second_assessments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_scheme_assessors_pk', ['scheme_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('review_scheme_assessors_user')
    .on('review_scheme_assessors')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('review_submissions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('scheme_id', 'varchar(36)', (c) =>
      c.notNull().references('review_schemes.id').onDelete('cascade'),
    )
    .addColumn('candidate_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('candidate_institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    // No foreign keys to the portfolio: the frozen copy below outlives the draft.
    .addColumn('portfolio_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('portfolio_version_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('portfolio_title', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull()) // JSON: the portfolio as submitted
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // first | resubmission | review
    .addColumn('previous_submission_id', 'varchar(36)')
    .addColumn('state', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('intake_passed', 'integer', (c) => c.notNull())
    .addColumn('intake_checked_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('intake_problems', 'text', (c) => c.notNull()) // JSON [{sectionKey, message}]
    .addColumn('conflict_user_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('conflict_same_institution', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('lead_assigned_at', 'varchar(32)')
    .addColumn('second_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('second_assigned_at', 'varchar(32)')
    .addColumn('outcome', 'varchar(20)') // pass | referral | fail
    .addColumn('changes_required', 'text')
    .addColumn('decision_feedback', 'text')
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('decided_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('credential_id', 'varchar(36)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_submissions_scheme')
    .on('review_submissions')
    .columns(['scheme_id', 'state'])
    .execute();
  await db.schema
    .createIndex('review_submissions_candidate')
    .on('review_submissions')
    .column('candidate_id')
    .execute();
  await db.schema
    .createIndex('review_submissions_lead')
    .on('review_submissions')
    .column('lead_id')
    .execute();
  await db.schema
    .createIndex('review_submissions_second')
    .on('review_submissions')
    .column('second_id')
    .execute();

  await db.schema
    .createTable('review_judgements')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('submission_id', 'varchar(36)', (c) =>
      c.notNull().references('review_submissions.id').onDelete('cascade'),
    )
    .addColumn('assessor_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('role', 'varchar(10)', (c) => c.notNull()) // lead | second
    .addColumn('sections', 'text', (c) => c.notNull()) // JSON
    .addColumn('overall_feedback', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'varchar(20)')
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // draft | submitted
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('review_judgements_one', ['submission_id', 'assessor_id'])
    .execute();
  await db.schema
    .createIndex('review_judgements_assessor')
    .on('review_judgements')
    .columns(['assessor_id', 'role', 'status'])
    .execute();

  await db.schema
    .createTable('review_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('submission_id', 'varchar(36)', (c) =>
      c.notNull().references('review_submissions.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull()) // order within the submission
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    // 1: an assessor's act, whose actor the candidate sees only when the scheme shows names
    .addColumn('by_assessor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('review_events_submission')
    .on('review_events')
    .columns(['submission_id', 'seq'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.references('institutions.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(60)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('emailed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(32)')
    .addUniqueConstraint('notifications_once', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'notifications',
    'review_events',
    'review_judgements',
    'review_submissions',
    'review_scheme_assessors',
    'review_scheme_coordinators',
    'review_schemes',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
