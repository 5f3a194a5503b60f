import type { TApiToken, TDeletionImpact } from '../../../../contracts/auth';
import { ROLE_LABELS } from '../../../../contracts/common';
import type { Db } from '../../db/connect';
import { hashSecret, newSecret } from '../../lib/crypto';
import type { BlobStore } from '../../lib/storage';
import { storageKeysOf } from '../../lib/stored-files';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { DAY, isoIn } from '../../lib/time';
import { type Auth, type MemberAuth, TOKEN_PREFIX } from '../../plugins/auth';
import { anonymiseActor } from '../audit/repository';
import { recordAudit } from '../audit/service';
import * as authRepo from '../auth/repository';
import { removeFiles } from '../cpd/evidence';
import { countEntriesOfUser } from '../cpd/repository';
import { deleteInstitution } from '../institutions/repository';
import { collectPersonalData } from './personal-data';
import * as repo from './repository';

const actorOf = (a: Auth) => ({ userId: a.userId, email: a.email });

export async function changePassword(
  db: Db,
  auth: Auth,
  current: string,
  next: string,
  ip: string,
) {
  const user = await authRepo.findUserById(db, auth.userId);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw AppError.validation(
      [{ path: 'currentPassword', message: 'is not your current password' }],
      'Your current password is not right. Check it and try again.',
    );
  }
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await authRepo.updateUser(trx, auth.userId, { password_hash: passwordHash });
    // Other browsers signed in with the old password are signed out; this one stays.
    await authRepo.deleteSessionsOfUser(trx, auth.userId, auth.sessionId ?? undefined);
    const memberships = await authRepo.listActiveMemberships(trx, auth.userId);
    await recordAudit(trx, {
      institutionIds: memberships.map((m) => m.institution.id),
      action: 'password-changed',
      actor: actorOf(auth),
      detail: 'other sessions ended',
      ip,
    });
  });
}

export async function exportPersonalData(db: Db, auth: Auth, ip: string) {
  const data = await collectPersonalData(db, auth.userId);
  if (auth.institutionId && auth.membershipId) {
    await recordAudit(db, {
      institutionIds: [auth.institutionId],
      action: 'export',
      actor: actorOf(auth),
      detail: 'personal data (JSON)',
      ip,
    });
  }
  return data;
}

export async function deletionImpact(
  db: Db,
  auth: Auth,
): Promise<TDeletionImpact & { deleteInstitutions: string[] }> {
  const footprint = await repo.membershipFootprint(db, auth.userId);
  const tokens = await repo.listTokens(db, auth.userId);
  const consequences = [
    `Your account (${auth.email}) and your password are removed; you can no longer sign in.`,
    'Everything you recorded in Cairn that belongs only to you is deleted and cannot be recovered. Download your data first if you want a copy.',
  ];
  const blockers: string[] = [];
  const deleteInstitutions: string[] = [];
  for (const m of footprint) {
    const roles = authRepo
      .parseRoles(m.roles)
      .map((r) => ROLE_LABELS[r])
      .join(', ');
    if (m.otherMembers === 0) {
      consequences.push(
        `${m.name} has no other active members, so it is deleted too, with all its data.`,
      );
      deleteInstitutions.push(m.institutionId);
    } else if (
      m.status === 'active' &&
      m.roles.split(',').includes('admin') &&
      m.otherAdmins === 0
    ) {
      blockers.push(
        `You are the only administrator of ${m.name}, which has ${m.otherMembers} other member${m.otherMembers === 1 ? '' : 's'}. Make someone else an administrator first.`,
      );
    } else {
      consequences.push(
        `You leave ${m.name} (${roles}). Its audit log keeps its security events but no longer names you.`,
      );
    }
  }
  const entries = await countEntriesOfUser(db, auth.userId);
  if (entries > 0) {
    consequences.push(
      `Your ${entries} CPD entr${entries === 1 ? 'y is' : 'ies are'} deleted, reflections included.`,
    );
  }
  if (tokens.length > 0) {
    consequences.push(
      `Your ${tokens.length} personal API token${tokens.length === 1 ? '' : 's'} stop working at once.`,
    );
  }
  return { consequences, blockers, deleteInstitutions };
}

export async function deleteAccount(
  db: Db,
  auth: Auth,
  password: string,
  ip: string,
  store: BlobStore,
) {
  const user = await authRepo.findUserById(db, auth.userId);
  if (!user || !(await verifyPassword(user.password_hash, password))) {
    throw AppError.validation(
      [{ path: 'password', message: 'is not your password' }],
      'That is not your password. Your account was not deleted.',
    );
  }
  const impact = await deletionImpact(db, auth);
  if (impact.blockers.length > 0) throw AppError.conflict(impact.blockers.join(' '));
  const remaining = (await repo.membershipFootprint(db, auth.userId))
    .map((m) => m.institutionId)
    .filter((id) => !impact.deleteInstitutions.includes(id));
  // Their uploaded files (and those of institutions that go with them) are not rows that
  // cascade: collect the keys in the same transaction, remove the files once it commits.
  const files = await db.transaction().execute(async (trx) => {
    const who = { userId: auth.userId, institutionIds: impact.deleteInstitutions };
    const keys = await storageKeysOf(trx, who);
    await anonymiseActor(trx, auth.userId);
    await recordAudit(trx, {
      institutionIds: remaining,
      action: 'deletion',
      actor: null,
      subject: 'a member deleted their own account',
      ip,
    });
    for (const id of impact.deleteInstitutions) await deleteInstitution(trx, id);
    await repo.deleteUser(trx, auth.userId);
    return keys;
  });
  await removeFiles(store, files);
}

type TokenRow = Awaited<ReturnType<typeof repo.listTokens>>[number];
const toToken = (t: TokenRow): TApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  institution: { id: t.institution_id, name: t.institution_name },
  createdAt: t.created_at,
  lastUsedAt: t.last_used_at,
  expiresAt: t.expires_at,
});

export async function listTokens(db: Db, userId: string): Promise<TApiToken[]> {
  return (await repo.listTokens(db, userId)).map(toToken);
}

export async function createToken(
  db: Db,
  auth: MemberAuth,
  body: { name: string; expiresInDays?: number | null | undefined },
  ip: string,
) {
  const secret = `${TOKEN_PREFIX}${newSecret()}`;
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertToken(trx, {
      userId: auth.userId,
      institutionId: auth.institutionId,
      name: body.name,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashSecret(secret),
      expiresAt: body.expiresInDays ? isoIn(body.expiresInDays * DAY) : null,
    });
    await recordAudit(trx, {
      institutionIds: [auth.institutionId],
      action: 'api-token-created',
      actor: actorOf(auth),
      subject: body.name,
      detail: body.expiresInDays ? `expires in ${body.expiresInDays} days` : 'does not expire',
      ip,
    });
    const token = (await repo.listTokens(trx, auth.userId)).find((t) => t.id === id);
    if (!token) throw AppError.notFound('That token');
    return { token: toToken(token), secret };
  });
}

export async function revokeToken(db: Db, auth: Auth, id: string, ip: string) {
  await db.transaction().execute(async (trx) => {
    const token = await repo.findOwnToken(trx, auth.userId, id);
    if (!token) throw AppError.notFound('That API token');
    await repo.revokeToken(trx, auth.userId, id);
    await recordAudit(trx, {
      institutionIds: [token.institution_id],
      action: 'api-token-revoked',
      actor: actorOf(auth),
      subject: token.name,
      ip,
    });
  });
}
