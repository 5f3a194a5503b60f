import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return !!(await db
    .selectFrom('institutions')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst());
}

export async function insertInstitution(db: Db, i: { name: string; slug: string; sector: string }) {
  const id = newId();
  await db
    .insertInto('institutions')
    .values({ id, ...i, created_at: nowIso() })
    .execute();
  return id;
}

export async function insertMembership(
  db: Db,
  m: { institutionId: string; userId: string; roles: string; status?: string },
) {
  const id = newId();
  await db
    .insertInto('memberships')
    .values({
      id,
      institution_id: m.institutionId,
      user_id: m.userId,
      roles: m.roles,
      status: m.status ?? 'active',
      created_at: nowIso(),
    })
    .execute();
  return id;
}

export async function findInstitution(db: Db, id: string) {
  const row = await db
    .selectFrom('institutions as i')
    .select((eb) => [
      'i.id',
      'i.name',
      'i.slug',
      'i.sector',
      'i.created_at',
      eb
        .selectFrom('memberships as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.institution_id', '=', 'i.id')
        .where('m.status', '=', 'active')
        .as('member_count'),
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
  return row;
}

export async function updateInstitution(
  db: Db,
  id: string,
  patch: { name?: string; sector?: string },
) {
  await db.updateTable('institutions').set(patch).where('id', '=', id).execute();
}

export async function deleteInstitution(db: Db, id: string) {
  await db.deleteFrom('institutions').where('id', '=', id).execute();
}

export async function findActiveMembership(db: Db, userId: string, institutionId: string) {
  return db
    .selectFrom('memberships')
    .select(['id', 'roles'])
    .where('user_id', '=', userId)
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .executeTakeFirst();
}
