import type { Kysely } from 'kysely';

/**
 * Portfolios for accreditation (module 3): templates (built-in schemes and an institution's
 * own), portfolios made of sections (description, evidence, reflection), an evidence library
 * per person whose items can serve several sections and portfolios, every saved revision of a
 * section, named and submitted snapshots, and shares with people or by secret link.
 */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('portfolio_templates')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.references('institutions.id').onDelete('cascade'),
    ) // null: built in
    .addColumn('builtin_key', 'varchar(60)')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull()) // JSON: sections and their rules
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('portfolios')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('template_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolio_templates.id'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // draft | submitted
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('portfolios_owner')
    .on('portfolios')
    .columns(['institution_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('portfolio_sections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('portfolio_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolios.id').onDelete('cascade'),
    )
    .addColumn('key', 'varchar(60)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('custom_title', 'text') // a specialist area's own name
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text', (c) => c.notNull())
    .addColumn('declarations', 'text', (c) => c.notNull()) // JSON array of strings
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_sections_portfolio')
    .on('portfolio_sections')
    .columns(['portfolio_id', 'position'])
    .execute();

  // Every save of a section, so nothing written is ever lost.
  await db.schema
    .createTable('portfolio_section_revisions')
    .addColumn('section_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolio_sections.id').onDelete('cascade'),
    )
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('custom_title', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text', (c) => c.notNull())
    .addColumn('declarations', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('portfolio_section_revisions_pk', ['section_id', 'revision'])
    .execute();

  // A person's evidence library: CPD entries, uploaded files and web links.
  await db.schema
    .createTable('portfolio_evidence')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(10)', (c) => c.notNull()) // cpd | file | url
    .addColumn('cpd_entry_id', 'varchar(36)', (c) =>
      c.references('cpd_entries.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('storage_key', 'varchar(200)')
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'varchar(100)')
    .addColumn('size_bytes', 'integer')
    .addColumn('link_status', 'varchar(20)') // unchecked | ok | broken (links only)
    .addColumn('link_detail', 'text')
    .addColumn('link_checked_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_evidence_owner')
    .on('portfolio_evidence')
    .columns(['institution_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('portfolio_section_evidence')
    .addColumn('section_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolio_sections.id').onDelete('cascade'),
    )
    .addColumn('evidence_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolio_evidence.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('portfolio_section_evidence_pk', ['section_id', 'evidence_id'])
    .execute();
  await db.schema
    .createIndex('portfolio_section_evidence_evidence')
    .on('portfolio_section_evidence')
    .column('evidence_id')
    .execute();

  // Named snapshots and submitted versions: the whole portfolio as JSON, never changed.
  await db.schema
    .createTable('portfolio_versions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('portfolio_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolios.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // snapshot | submitted
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_versions_portfolio')
    .on('portfolio_versions')
    .column('portfolio_id')
    .execute();

  await db.schema
    .createTable('portfolio_shares')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('portfolio_id', 'varchar(36)', (c) =>
      c.notNull().references('portfolios.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(10)', (c) => c.notNull()) // user | link
    .addColumn('user_id', 'varchar(36)', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'varchar(64)')
    .addColumn('expires_at', 'varchar(32)')
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_shares_portfolio')
    .on('portfolio_shares')
    .column('portfolio_id')
    .execute();
  await db.schema
    .createIndex('portfolio_shares_token')
    .on('portfolio_shares')
    .column('token_hash')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'portfolio_shares',
    'portfolio_versions',
    'portfolio_section_evidence',
    'portfolio_evidence',
    'portfolio_section_revisions',
    'portfolio_sections',
    'portfolios',
    'portfolio_templates',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
