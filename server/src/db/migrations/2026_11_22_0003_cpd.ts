import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cpd_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('occurred_on', 'varchar(10)', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('minutes', 'integer', (c) => c.notNull()) // hours × 60, whole minutes
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text') // Markdown, as written
    .addColumn('time_kind', 'varchar(20)') // protected | personal | null (not said)
    .addColumn('significant', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cpd_entries_owner_date')
    .on('cpd_entries')
    .columns(['institution_id', 'user_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('cpd_entry_tags')
    .addColumn('entry_id', 'varchar(36)', (c) =>
      c.notNull().references('cpd_entries.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'varchar(36)', (c) =>
      c.notNull().references('framework_items.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('cpd_entry_tags_pk', ['entry_id', 'item_id'])
    .execute();
  await db.schema
    .createIndex('cpd_entry_tags_item')
    .on('cpd_entry_tags')
    .column('item_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cpd_entry_tags').execute();
  await db.schema.dropTable('cpd_entries').execute();
}
