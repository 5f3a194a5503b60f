import { type Kysely, sql } from 'kysely';

/** Open Badges 3.0 credentials (module 4): scheme signing keys and issued credentials. */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credential_keys')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('scheme_id', 'varchar(36)', (c) =>
      c.notNull().references('review_schemes.id').onDelete('cascade'),
    )
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    )
    // The did:key of the Ed25519 public key (did:key:z6Mk...): the issuer id of what it signed.
    .addColumn('controller', 'text', (c) => c.notNull().unique())
    .addColumn('public_key_multibase', 'text', (c) => c.notNull())
    // AES-256-GCM under the key-encryption secret: v1.<iv>.<tag>.<ciphertext>, base64url.
    .addColumn('secret_key_encrypted', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('retired_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('credential_keys_scheme')
    .on('credential_keys')
    .columns(['scheme_id', 'created_at'])
    .execute();
  // At most one current key per scheme, so two first issues at once cannot both create one.
  await db.schema
    .createIndex('credential_keys_one_current')
    .on('credential_keys')
    .column('scheme_id')
    .unique()
    .where(sql.ref('retired_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('credentials')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('institution_id', 'varchar(36)', (c) =>
      c.notNull().references('institutions.id').onDelete('cascade'),
    ) // the scheme's institution
    .addColumn('scheme_id', 'varchar(36)', (c) =>
      c.notNull().references('review_schemes.id').onDelete('cascade'),
    )
    .addColumn('key_id', 'varchar(36)', (c) =>
      c.notNull().references('credential_keys.id').onDelete('cascade'),
    )
    .addColumn('holder_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('submission_id', 'varchar(36)')
    .addColumn('achievement_name', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'varchar(32)', (c) => c.notNull())
    .addColumn('valid_until', 'varchar(32)') // the three-year review date; null: no review
    .addColumn('document', 'text', (c) => c.notNull()) // the signed JSON, byte for byte
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('revoked_reason', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credentials_holder').on('credentials').column('holder_id').execute();
  await db.schema
    .createIndex('credentials_scheme')
    .on('credentials')
    .columns(['scheme_id', 'valid_from'])
    .execute();
  await db.schema
    .createIndex('credentials_valid_until')
    .on('credentials')
    .column('valid_until')
    .execute();

  // Review reminders already sent (one per credential and lead time).
  await db.schema
    .createTable('credential_reminders')
    .addColumn('credential_id', 'varchar(36)', (c) =>
      c.notNull().references('credentials.id').onDelete('cascade'),
    )
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('credential_reminders_pk', ['credential_id', 'days_before'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credential_reminders').execute();
  await db.schema.dropTable('credentials').execute();
  await db.schema.dropTable('credential_keys').execute();
}
