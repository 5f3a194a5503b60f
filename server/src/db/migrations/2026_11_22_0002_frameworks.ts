import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  // One row per version of a framework. Built-in frameworks have no institution.
  await db.schema
    .createTable('frameworks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('identifier', 'varchar(64)', (c) => c.notNull().unique()) // CASE CFDocument identifier
    .addColumn('source_identifier', 'varchar(64)') // the package's identifier when it had to be renewed
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.references('institutions.id').onDelete('cascade'),
    )
    .addColumn('builtin_key', 'varchar(60)')
    .addColumn('lineage_id', 'varchar(36)', (c) => c.notNull()) // shared by all versions
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull()) // the label people see: "2023", "1.2"
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // draft | published
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('creator', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('description', 'text')
    .addColumn('source_url', 'text')
    .addColumn('language', 'varchar(20)')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('copied_from_id', 'varchar(36)')
    .addColumn('content_hash', 'varchar(64)')
    .addColumn('last_change_at', 'varchar(32)', (c) => c.notNull()) // CASE lastChangeDateTime
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('frameworks_institution')
    .on('frameworks')
    .column('institution_id')
    .execute();
  await db.schema.createIndex('frameworks_lineage').on('frameworks').column('lineage_id').execute();

  await db.schema
    .createTable('framework_levels')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('framework_id', 'varchar(36)', (c) =>
      c.notNull().references('frameworks.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .execute();
  await db.schema
    .createIndex('framework_levels_framework')
    .on('framework_levels')
    .column('framework_id')
    .execute();

  await db.schema
    .createTable('framework_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('identifier', 'varchar(64)', (c) => c.notNull().unique()) // CASE CFItem identifier
    .addColumn('source_identifier', 'varchar(64)')
    .addColumn('framework_id', 'varchar(36)', (c) =>
      c.notNull().references('frameworks.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'varchar(36)') // null: a top-level item
    // The CASE isChildOf association that places the item in the tree (kept through round trips).
    .addColumn('parent_association_identifier', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull()) // order among siblings
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('code', 'text') // CASE humanCodingScheme
    .addColumn('title', 'text') // CASE abbreviatedStatement
    .addColumn('statement', 'text', (c) => c.notNull()) // CASE fullStatement (Markdown)
    .addColumn('item_type', 'text') // CASE CFItemType
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull()) // lower-cased, accents removed
    .addColumn('last_change_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('framework_items_framework')
    .on('framework_items')
    .columns(['framework_id', 'depth', 'position'])
    .execute();

  // Associations other than the tree itself: crosswalks between frameworks, and whatever
  // else a CASE package carries (isPeerOf, precedes, links to frameworks elsewhere).
  await db.schema
    .createTable('framework_associations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('identifier', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.references('institutions.id').onDelete('cascade'),
    )
    .addColumn('framework_id', 'varchar(36)', (c) =>
      c.notNull().references('frameworks.id').onDelete('cascade'),
    ) // the framework whose package carries it
    .addColumn('association_type', 'varchar(80)', (c) => c.notNull())
    .addColumn('origin_item_id', 'varchar(36)', (c) =>
      c.references('framework_items.id').onDelete('cascade'),
    )
    .addColumn('destination_item_id', 'varchar(36)', (c) =>
      c.references('framework_items.id').onDelete('cascade'),
    )
    // When an end is not an item in Cairn: the CASE link (identifier, uri, title) as JSON.
    .addColumn('origin_link', 'text')
    .addColumn('destination_link', 'text')
    .addColumn('sequence_number', 'integer')
    .addColumn('rationale', 'text') // CASE notes: why the two correspond
    .addColumn('last_change_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('framework_associations_origin')
    .on('framework_associations')
    .column('origin_item_id')
    .execute();
  await db.schema
    .createIndex('framework_associations_destination')
    .on('framework_associations')
    .column('destination_item_id')
    .execute();
  await db.schema
    .createIndex('framework_associations_framework')
    .on('framework_associations')
    .column('framework_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['framework_associations', 'framework_items', 'framework_levels', 'frameworks']) {
    await db.schema.dropTable(t).execute();
  }
}
