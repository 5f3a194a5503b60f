import { runCompiled, slot } from '../../db/compiled';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';
import type { TRole } from '../../../../contracts/common';

export const parseRoles = (roles: string | null | undefined): TRole[] =>
  roles ? (roles.split(',').filter(Boolean) as TRole[]) : [];
export const joinRoles = (roles: readonly TRole[]): string => [...new Set(roles)].sort().join(',');

export type Principal = {
  userId: string;
  email: string;
  name: string;
  userCreatedAt: string;
  institutionId: string | null;
  membershipId: string | null;
  /** Roles in the current institution; empty when the membership is missing or deactivated. */
  roles: TRole[];
  membershipStatus: string | null;
};

export type SessionPrincipal = Principal & {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
};

export type TokenPrincipal = Principal & { tokenId: string; lastUsedAt: string | null };

function toPrincipal(r: {
  user_id: string;
  email: string;
  name: string;
  user_created_at: string;
  institution_id: string | null;
  membership_id: string | null;
  roles: string | null;
  status: string | null;
}): Principal {
  const active = r.status === 'active';
  return {
    userId: r.user_id,
    email: r.email,
    name: r.name,
    userCreatedAt: r.user_created_at,
    institutionId: r.institution_id,
    membershipId: active ? r.membership_id : null,
    roles: active ? parseRoles(r.roles) : [],
    membershipStatus: r.status,
  };
}

/** One query: the session, its user and their membership in the session's institution. */
const sessionQuery = (db: Db) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('memberships as m', (j) =>
      j.onRef('m.user_id', '=', 's.user_id').onRef('m.institution_id', '=', 's.institution_id'),
    )
    .select([
      's.id as session_id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      's.institution_id',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.created_at as user_created_at',
      'm.id as membership_id',
      'm.roles',
      'm.status',
    ])
    .where('s.id', '=', slot('sessionId'));

/** One query: the session, its user and their membership in the session's institution. */
export async function findSessionPrincipal(
  db: Db,
  sessionId: string,
): Promise<SessionPrincipal | null> {
  const [r] = await runCompiled(db, 'session-principal', sessionQuery, { sessionId });
  if (!r) return null;
  return {
    ...toPrincipal(r),
    sessionId: r.session_id,
    csrfToken: r.csrf_token,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
  };
}

const tokenQuery = (db: Db) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('memberships as m', (j) =>
      j.onRef('m.user_id', '=', 't.user_id').onRef('m.institution_id', '=', 't.institution_id'),
    )
    .select([
      't.id as token_id',
      't.last_used_at',
      't.institution_id',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.created_at as user_created_at',
      'm.id as membership_id',
      'm.roles',
      'm.status',
    ])
    .where('t.token_hash', '=', slot('tokenHash'))
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', slot('now'))]));

export async function findTokenPrincipal(
  db: Db,
  tokenHash: string,
): Promise<TokenPrincipal | null> {
  const [r] = await runCompiled(db, 'token-principal', tokenQuery, { tokenHash, now: nowIso() });
  if (!r) return null;
  return { ...toPrincipal(r), tokenId: r.token_id, lastUsedAt: r.last_used_at };
}

export async function touchToken(db: Db, tokenId: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: nowIso() })
    .where('id', '=', tokenId)
    .execute();
}

export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: nowIso() })
    .where('id', '=', sessionId)
    .execute();
}

export async function createSession(
  db: Db,
  s: {
    id: string;
    userId: string;
    institutionId: string | null;
    csrfToken: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      institution_id: s.institutionId,
      csrf_token: s.csrfToken,
      created_at: now,
      expires_at: s.expiresAt,
      last_seen_at: now,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 400) ?? null,
    })
    .execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

export async function setSessionInstitution(db: Db, sessionId: string, institutionId: string) {
  await db
    .updateTable('sessions')
    .set({ institution_id: institutionId })
    .where('id', '=', sessionId)
    .execute();
}

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  u: { email: string; name: string; passwordHash: string | null },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id,
      email: u.email,
      name: u.name,
      password_hash: u.passwordHash,
      created_at: nowIso(),
      last_sign_in_at: null,
      last_institution_id: null,
    })
    .execute();
  return id;
}

export async function updateUser(
  db: Db,
  id: string,
  patch: Partial<{
    name: string;
    password_hash: string;
    last_sign_in_at: string;
    last_institution_id: string;
  }>,
) {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

const activeMembershipsQuery = (db: Db) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select([
      'm.id',
      'm.roles',
      'm.created_at',
      'i.id as institution_id',
      'i.name',
      'i.slug',
      'i.sector',
    ])
    .where('m.user_id', '=', slot('userId'))
    .where('m.status', '=', 'active')
    .orderBy('m.created_at')
    .orderBy('i.name');

/** Active memberships of a user with their institutions, oldest first. */
export async function listActiveMemberships(db: Db, userId: string) {
  const rows = await runCompiled(db, 'active-memberships', activeMembershipsQuery, { userId });
  return rows.map((r) => ({
    membershipId: r.id,
    roles: parseRoles(r.roles),
    institution: { id: r.institution_id, name: r.name, slug: r.slug, sector: r.sector },
  }));
}

export async function countMemberships(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// Password reset links

export async function insertPasswordReset(
  db: Db,
  userId: string,
  tokenHash: string,
  expiresAt: string,
) {
  await db
    .insertInto('password_resets')
    .values({
      id: newId(),
      user_id: userId,
      token_hash: tokenHash,
      created_at: nowIso(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
}

export async function findPasswordReset(db: Db, tokenHash: string) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'r.expires_at', 'r.used_at', 'u.email'])
    .where('r.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markPasswordResetUsed(db: Db, id: string) {
  await db.updateTable('password_resets').set({ used_at: nowIso() }).where('id', '=', id).execute();
}

/** A new link makes the older unused links of that person useless. */
export async function expireOpenPasswordResets(db: Db, userId: string) {
  await db
    .updateTable('password_resets')
    .set({ expires_at: nowIso() })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

// Failed sign-ins (kept for a day; counted over a window)

export async function recordSignInFailure(db: Db, email: string, ip: string) {
  const now = nowIso();
  await db
    .insertInto('sign_in_failures')
    .values({ id: newId(), email, ip, created_at: now })
    .execute();
  await db
    .deleteFrom('sign_in_failures')
    .where('created_at', '<', new Date(Date.now() - 86_400_000).toISOString())
    .execute();
}

export async function recentFailures(db: Db, by: 'email' | 'ip', value: string, sinceIso: string) {
  return db
    .selectFrom('sign_in_failures')
    .select('created_at')
    .where(by, '=', value)
    .where('created_at', '>', sinceIso)
    .orderBy('created_at')
    .execute();
}

export async function clearFailuresForEmail(db: Db, email: string) {
  await db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
}

export async function countInstitutions(db: Db): Promise<number> {
  const r = await db
    .selectFrom('institutions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
