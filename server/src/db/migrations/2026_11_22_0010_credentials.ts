import type { Kysely } from 'kysely';

/** Open Badges 3.0 credentials (module 4): scheme signing keys and issued credentials. */
// Frozen: never edit a migration that has shipped; add a new one instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
export async function up(_db: Kysely<any>): Promise<void> {}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(_db: Kysely<any>): Promise<void> {}
