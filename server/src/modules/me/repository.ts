import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';

export async function listTokens(db: Db, userId: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('institutions as i', 'i.id', 't.institution_id')
    .select([
      't.id',
      't.name',
      't.prefix',
      't.created_at',
      't.last_used_at',
      't.expires_at',
      'i.id as institution_id',
      'i.name as institution_name',
    ])
    .where('t.user_id', '=', userId)
    .where('t.revoked_at', 'is', null)
    .orderBy('t.created_at', 'desc')
    .execute();
}

export async function insertToken(
  db: Db,
  t: {
    userId: string;
    institutionId: string;
    name: string;
    prefix: string;
    tokenHash: string;
    expiresAt: string | null;
  },
) {
  const id = newId();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: t.userId,
      institution_id: t.institutionId,
      name: t.name,
      prefix: t.prefix,
      token_hash: t.tokenHash,
      created_at: nowIso(),
      last_used_at: null,
      expires_at: t.expiresAt,
      revoked_at: null,
    })
    .execute();
  return id;
}

export async function findOwnToken(db: Db, userId: string, id: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'institution_id'])
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeToken(db: Db, userId: string, id: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso() })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .execute();
}

export async function listSessions(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export async function listMembershipsForExport(db: Db, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['i.name as institution', 'm.roles', 'm.status', 'm.created_at as joined_at'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .execute();
}

export async function listInvitationsSent(db: Db, userId: string) {
  return db
    .selectFrom('invitations as v')
    .innerJoin('institutions as i', 'i.id', 'v.institution_id')
    .select([
      'i.name as institution',
      'v.email',
      'v.roles',
      'v.created_at',
      'v.accepted_at',
      'v.revoked_at',
    ])
    .where('v.invited_by_user_id', '=', userId)
    .orderBy('v.created_at')
    .execute();
}

/** Institutions the person belongs to, with how many other active members and admins each has. */
export async function membershipFootprint(db: Db, userId: string) {
  const mine = await db
    .selectFrom('memberships as m')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['m.institution_id', 'm.roles', 'm.status', 'i.name'])
    .where('m.user_id', '=', userId)
    .execute();
  if (mine.length === 0) return [];
  const others = await db
    .selectFrom('memberships')
    .select(['institution_id', 'roles'])
    .where(
      'institution_id',
      'in',
      mine.map((m) => m.institution_id),
    )
    .where('user_id', '!=', userId)
    .where('status', '=', 'active')
    .execute();
  return mine.map((m) => {
    const rest = others.filter((o) => o.institution_id === m.institution_id);
    return {
      institutionId: m.institution_id,
      name: m.name,
      roles: m.roles,
      status: m.status,
      otherMembers: rest.length,
      otherAdmins: rest.filter((o) => o.roles.split(',').includes('admin')).length,
    };
  });
}

export async function deleteUser(db: Db, userId: string) {
  await db.deleteFrom('users').where('id', '=', userId).execute();
}
