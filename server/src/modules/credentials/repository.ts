import type { Db } from '../../db/connect';
import type { CredentialKeysTable, CredentialsTable } from '../../db/schema-credentials';

/** The only Kysely code of the credentials module. */

export type KeyRow = CredentialKeysTable;
export type CredentialRow = CredentialsTable;

export async function findScheme(db: Db, schemeId: string) {
  return db
    .selectFrom('review_schemes as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .select(['s.id', 's.name', 's.institution_id', 'i.name as institution_name'])
    .where('s.id', '=', schemeId)
    .executeTakeFirst();
}

export async function findCurrentKey(db: Db, schemeId: string) {
  return db
    .selectFrom('credential_keys')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

export async function insertKey(db: Db, row: KeyRow): Promise<void> {
  await db.insertInto('credential_keys').values(row).execute();
}

export async function retireKeys(db: Db, schemeId: string, at: string): Promise<void> {
  await db
    .updateTable('credential_keys')
    .set({ retired_at: at })
    .where('scheme_id', '=', schemeId)
    .where('retired_at', 'is', null)
    .execute();
}

/** A scheme's keys, newest first, with how many credentials each signed. */
export async function listKeys(db: Db, schemeId: string) {
  return db
    .selectFrom('credential_keys as k')
    .select([
      'k.id',
      'k.controller',
      'k.public_key_multibase',
      'k.created_at',
      'k.retired_at',
      (eb) =>
        eb
          .selectFrom('credentials as c')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .whereRef('c.key_id', '=', 'k.id')
          .as('signed'),
    ])
    .where('k.scheme_id', '=', schemeId)
    .orderBy('k.created_at', 'desc')
    .orderBy('k.id')
    .execute();
}

/** A key by its did:key, with the scheme and institution that hold it. */
export async function findKeyByController(db: Db, controller: string) {
  return db
    .selectFrom('credential_keys as k')
    .innerJoin('review_schemes as s', 's.id', 'k.scheme_id')
    .innerJoin('institutions as i', 'i.id', 'k.institution_id')
    .select([
      'k.id',
      'k.scheme_id',
      'k.retired_at',
      's.name as scheme_name',
      'i.name as institution_name',
    ])
    .where('k.controller', '=', controller)
    .executeTakeFirst();
}

export async function insertCredential(db: Db, row: CredentialRow): Promise<void> {
  await db.insertInto('credentials').values(row).execute();
}

const summaryQuery = (db: Db) =>
  db
    .selectFrom('credentials as c')
    .innerJoin('review_schemes as s', 's.id', 'c.scheme_id')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .innerJoin('users as u', 'u.id', 'c.holder_id')
    .innerJoin('credential_keys as k', 'k.id', 'c.key_id')
    .select([
      'c.id',
      'c.institution_id',
      'c.scheme_id',
      'c.holder_id',
      'c.submission_id',
      'c.achievement_name',
      'c.valid_from',
      'c.valid_until',
      'c.public',
      'c.revoked_at',
      'c.revoked_reason',
      's.name as scheme_name',
      'i.name as institution_name',
      'u.name as holder_name',
      'k.controller',
    ]);
export type SummaryRow = Awaited<
  ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>
>;

export async function findCredential(db: Db, id: string) {
  return summaryQuery(db).select('c.document').where('c.id', '=', id).executeTakeFirst();
}

export async function listByHolder(db: Db, holderId: string) {
  return summaryQuery(db)
    .where('c.holder_id', '=', holderId)
    .orderBy('c.valid_from', 'desc')
    .orderBy('c.id')
    .execute();
}

export async function listByScheme(db: Db, schemeId: string) {
  return summaryQuery(db)
    .where('c.scheme_id', '=', schemeId)
    .orderBy('c.valid_from', 'desc')
    .orderBy('c.id')
    .execute();
}

export async function revoke(db: Db, id: string, at: string, reason: string): Promise<void> {
  await db
    .updateTable('credentials')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function setPublic(db: Db, id: string, holderId: string, value: boolean) {
  await db
    .updateTable('credentials')
    .set({ public: value ? 1 : 0 })
    .where('id', '=', id)
    .where('holder_id', '=', holderId)
    .execute();
}

/** Credentials not revoked whose review falls between now and the horizon, with reminders sent. */
export async function credentialsNearingReview(db: Db, now: string, horizon: string) {
  const rows = await db
    .selectFrom('credentials as c')
    .innerJoin('review_schemes as s', 's.id', 'c.scheme_id')
    .select([
      'c.id',
      'c.institution_id',
      'c.holder_id',
      'c.achievement_name',
      'c.valid_until',
      's.name as scheme_name',
    ])
    .where('c.revoked_at', 'is', null)
    .where('c.valid_until', 'is not', null)
    .where('c.valid_until', '>', now)
    .where('c.valid_until', '<=', horizon)
    .execute();
  if (rows.length === 0) return [];
  const sent = await db
    .selectFrom('credential_reminders')
    .select(['credential_id', 'days_before'])
    .where(
      'credential_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    ...r,
    valid_until: r.valid_until!,
    sent: sent.filter((s) => s.credential_id === r.id).map((s) => Number(s.days_before)),
  }));
}

/** Records reminders as sent; false when another process recorded the first one already. */
export async function recordReminders(
  db: Db,
  credentialId: string,
  daysBefore: number[],
  at: string,
): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('credential_reminders')
        .values(
          daysBefore.map((d) => ({ credential_id: credentialId, days_before: d, sent_at: at })),
        )
        .execute();
    });
    return true;
  } catch {
    return false;
  }
}
