import type { Kysely } from 'kysely';

/**
 * The job-title classifier's survey-group keyword scheme, per institution (module 5): seed
 * 000's four groups as keywords and exceptions that managers can inspect and edit. No row
 * means the institution uses the built-in scheme.
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('title_group_schemes')
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.primaryKey().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('scheme', 'text', (c) => c.notNull()) // JSON: TTitleGroupScheme
    .addColumn('updated_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('title_group_schemes').execute();
}
