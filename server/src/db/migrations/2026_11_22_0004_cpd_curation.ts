import type { Kysely } from 'kysely';

/**
 * The rest of the CPD log: soft deletion (undo), drafts from calendar imports, entries shared
 * with managers, evidence (files and links), goals linked to framework items, and per-person
 * settings (yearly target, summary sharing, the frameworks on the dashboard).
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cpd_entries').addColumn('deleted_at', 'varchar(32)').execute();
  await db.schema
    .alterTable('cpd_entries')
    .addColumn('draft', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Reflection and evidence of this entry are visible to the institution's managers.
  await db.schema
    .alterTable('cpd_entries')
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Where an imported entry came from (e.g. "ical:<UID>"), so a second import does not duplicate it.
  await db.schema.alterTable('cpd_entries').addColumn('source', 'varchar(300)').execute();
  await db.schema
    .createIndex('cpd_entries_owner_source')
    .on('cpd_entries')
    .columns(['institution_id', 'user_id', 'source'])
    .execute();

  await db.schema
    .createTable('cpd_evidence')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('entry_id', 'varchar(36)', (c) =>
      c.notNull().references('cpd_entries.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(10)', (c) => c.notNull()) // file | link
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text') // links only
    .addColumn('storage_key', 'varchar(200)') // files only
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'varchar(100)')
    .addColumn('size_bytes', 'integer')
    .addColumn('sha256', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cpd_evidence_entry').on('cpd_evidence').column('entry_id').execute();
  await db.schema
    .createIndex('cpd_evidence_owner')
    .on('cpd_evidence')
    .columns(['institution_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('cpd_goals')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cpd_goals_owner')
    .on('cpd_goals')
    .columns(['institution_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('cpd_goal_items')
    .addColumn('goal_id', 'varchar(36)', (c) =>
      c.notNull().references('cpd_goals.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'varchar(36)', (c) =>
      c.notNull().references('framework_items.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('cpd_goal_items_pk', ['goal_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('cpd_settings')
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('target_minutes', 'integer', (c) => c.notNull())
    .addColumn('share_summary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('coverage_framework_ids', 'text', (c) => c.notNull()) // JSON array
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('cpd_settings_pk', ['institution_id', 'user_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cpd_settings').execute();
  await db.schema.dropTable('cpd_goal_items').execute();
  await db.schema.dropTable('cpd_goals').execute();
  await db.schema.dropTable('cpd_evidence').execute();
  await db.schema.dropIndex('cpd_entries_owner_source').execute();
  for (const c of ['source', 'shared', 'draft', 'deleted_at']) {
    await db.schema.alterTable('cpd_entries').dropColumn(c).execute();
  }
}
