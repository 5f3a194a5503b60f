import { type Kysely, sql } from 'kysely';

/**
 * A person's live CPD entries in the order the log lists them, carrying the columns that
 * counts, totals and aggregates read. bench/cpd.ts (10,000 entries for one person, 200,000 in
 * the institution) showed every list total, tag and evidence filter, yearly summary and
 * coverage map reading each of the person's entry rows (about 2 KB with reflection and search
 * text, scattered among colleagues' rows) just for deleted_at, draft and minutes, and lists
 * sorting on created_at in a temporary B-tree. Partial on deleted_at IS NULL because every
 * query of the log asks for live entries; deleted_at is listed as well so that SQLite treats
 * the index as covering. The same SQL on SQLite and PostgreSQL.
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('cpd_entries_live')
    .on('cpd_entries')
    .columns([
      'institution_id',
      'user_id',
      'occurred_on',
      'created_at',
      'draft',
      'type',
      'time_kind',
      'significant',
      'minutes',
      'id',
      'deleted_at',
    ])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cpd_entries_live').execute();
}
