import type { Kysely } from 'kysely';

/**
 * Careers (module 5): a career profile per person and institution (with the classification of
 * the job title, the person's correction and their target), self-assessments against any
 * framework with a rating per item, the institution's own role profiles (built-in ones are
 * data in code), and the career plan, whose goals are CPD goals with plan data and milestones.
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('career_profiles')
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('job_title', 'text')
    .addColumn('employer', 'text')
    .addColumn('sector', 'varchar(40)')
    .addColumn('country', 'varchar(2)')
    .addColumn('backgrounds', 'text', (c) => c.notNull()) // JSON array of background keys
    .addColumn('background_note', 'text')
    .addColumn('years_in_field', 'real')
    .addColumn('qualifications', 'text', (c) => c.notNull()) // JSON array
    .addColumn('certifications', 'text', (c) => c.notNull()) // JSON array
    .addColumn('memberships', 'text', (c) => c.notNull()) // JSON array
    .addColumn('classification', 'text') // JSON: the classifier's answer for job_title
    .addColumn('correction', 'text') // JSON: { family, seniority, note, at }
    .addColumn('target', 'text') // JSON: a TCareerTarget
    .addColumn('share_with_managers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('career_profiles_pk', ['institution_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('career_assessments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('framework_id', 'varchar(36)', (c) =>
      c.notNull().references('frameworks.id').onDelete('cascade'),
    )
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // draft | complete
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('completed_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('career_assessments_owner')
    .on('career_assessments')
    .columns(['institution_id', 'user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('career_assessment_ratings')
    .addColumn('assessment_id', 'varchar(36)', (c) =>
      c.notNull().references('career_assessments.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'varchar(36)', (c) =>
      c.notNull().references('framework_items.id').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('evidence_entry_ids', 'text', (c) => c.notNull()) // JSON array of CPD entry ids
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('career_assessment_ratings_pk', ['assessment_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('career_role_profiles')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('family', 'varchar(40)')
    .addColumn('seniority', 'varchar(20)')
    .addColumn('scope', 'text')
    .addColumn('framework_id', 'varchar(36)', (c) =>
      c.notNull().references('frameworks.id').onDelete('cascade'),
    )
    .addColumn('requirements', 'text', (c) => c.notNull()) // JSON: [{ itemId, level }]
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_role_profiles_institution')
    .on('career_role_profiles')
    .column('institution_id')
    .execute();

  // A plan goal is a CPD goal plus plan data: deleting either deletes the plan goal.
  await db.schema
    .createTable('career_plan_goals')
    .addColumn('cpd_goal_id', 'varchar(36)', (c) =>
      c.primaryKey().references('cpd_goals.id').onDelete('cascade'),
    )
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('recommendation_key', 'varchar(80)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_plan_goals_owner')
    .on('career_plan_goals')
    .columns(['institution_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('career_plan_milestones')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('goal_id', 'varchar(36)', (c) =>
      c.notNull().references('career_plan_goals.cpd_goal_id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)')
    .addColumn('done_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_plan_milestones_goal')
    .on('career_plan_milestones')
    .columns(['goal_id', 'position'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'career_plan_milestones',
    'career_plan_goals',
    'career_role_profiles',
    'career_assessment_ratings',
    'career_assessments',
    'career_profiles',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
