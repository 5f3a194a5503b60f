import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';

const memberColumns = [
  'm.id',
  'm.user_id',
  'm.roles',
  'm.status',
  'm.created_at',
  'u.name',
  'u.email',
  'u.last_sign_in_at',
] as const;

export async function listMembers(db: Db, institutionId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.institution_id', '=', institutionId)
    .orderBy('u.name')
    .execute();
}

export async function findMember(db: Db, institutionId: string, membershipId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.institution_id', '=', institutionId)
    .where('m.id', '=', membershipId)
    .executeTakeFirst();
}

export async function findMemberByEmail(db: Db, institutionId: string, email: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.institution_id', '=', institutionId)
    .where('u.email', '=', email)
    .executeTakeFirst();
}

export async function updateMembership(
  db: Db,
  institutionId: string,
  membershipId: string,
  patch: { roles?: string; status?: string },
) {
  await db
    .updateTable('memberships')
    .set(patch)
    .where('institution_id', '=', institutionId)
    .where('id', '=', membershipId)
    .execute();
}

/** Active administrators other than `exceptMembershipId`. */
export async function countOtherActiveAdmins(
  db: Db,
  institutionId: string,
  exceptMembershipId: string,
) {
  const rows = await db
    .selectFrom('memberships')
    .select('roles')
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .where('id', '!=', exceptMembershipId)
    .execute();
  return rows.filter((r) => r.roles.split(',').includes('admin')).length;
}

// Invitations

const invitationColumns = [
  'i.id',
  'i.institution_id',
  'i.email',
  'i.name',
  'i.roles',
  'i.created_at',
  'i.expires_at',
  'i.accepted_at',
  'i.revoked_at',
  'u.name as invited_by',
] as const;

export async function listInvitations(db: Db, institutionId: string) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by_user_id')
    .select(invitationColumns)
    .where('i.institution_id', '=', institutionId)
    .orderBy('i.created_at', 'desc')
    .execute();
}

export async function findInvitation(db: Db, institutionId: string, id: string) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by_user_id')
    .select(invitationColumns)
    .where('i.institution_id', '=', institutionId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** Looked up by its secret alone: the link is the credential, so no institution is known yet. */
export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by_user_id')
    .innerJoin('institutions as inst', 'inst.id', 'i.institution_id')
    .select([
      ...invitationColumns,
      'inst.name as institution_name',
      'inst.slug as institution_slug',
      'inst.sector as institution_sector',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findOpenInvitationForEmail(db: Db, institutionId: string, email: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'created_at'])
    .where('institution_id', '=', institutionId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
}

export async function insertInvitation(
  db: Db,
  i: {
    institutionId: string;
    email: string;
    name: string | null;
    roles: string;
    tokenHash: string;
    invitedBy: string;
    expiresAt: string;
  },
) {
  const id = newId();
  await db
    .insertInto('invitations')
    .values({
      id,
      institution_id: i.institutionId,
      email: i.email,
      name: i.name,
      roles: i.roles,
      token_hash: i.tokenHash,
      invited_by_user_id: i.invitedBy,
      created_at: nowIso(),
      expires_at: i.expiresAt,
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  return id;
}

export async function markInvitation(
  db: Db,
  institutionId: string,
  id: string,
  patch: { accepted_at?: string; revoked_at?: string },
) {
  await db
    .updateTable('invitations')
    .set(patch)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}
