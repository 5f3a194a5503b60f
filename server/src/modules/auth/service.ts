import type { z } from 'zod';
import type { TSector } from '../../../../contracts/common';
import type { TLinkState, TMe, ZSetupBody } from '../../../../contracts/auth';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { hashSecret, newSecret } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { DAY, HOUR, isoIn, MINUTE, nowIso } from '../../lib/time';
import { recordAudit } from '../audit/service';
import { createInstitutionWithAdmin } from '../institutions/service';
import * as repo from './repository';

export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
export const RESET_LINK_MS = HOUR;

export type IssuedSession = { secret: string; csrfToken: string; expiresAt: string };
export type ClientInfo = { ip: string; userAgent: string | null };

/** Creates a session row; the caller sets the cookies. */
export async function issueSession(
  deps: Deps,
  db: Db,
  userId: string,
  institutionId: string | null,
  client: ClientInfo,
): Promise<IssuedSession> {
  const secret = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = isoIn(deps.config.sessionDays * DAY);
  await repo.createSession(db, {
    id: hashSecret(secret),
    userId,
    institutionId,
    csrfToken,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent,
  });
  return { secret, csrfToken, expiresAt };
}

/** The institution a person lands in: the one they used last if still active, else their oldest. */
export async function landingInstitution(db: Db, userId: string): Promise<string | null> {
  const [user, memberships] = await Promise.all([
    repo.findUserById(db, userId),
    repo.listActiveMemberships(db, userId),
  ]);
  const last = memberships.find((m) => m.institution.id === user?.last_institution_id);
  return (last ?? memberships[0])?.institution.id ?? null;
}

type Person = { id: string; email: string; name: string; createdAt: string };

/**
 * What /api/me answers. Pass `person` when the caller already has the user (the signed-in
 * principal does) to save a query on every page load.
 */
export async function buildMe(
  db: Db,
  p: { userId: string; institutionId: string | null; via: 'session' | 'token'; person?: Person },
): Promise<TMe> {
  const [user, memberships] = await Promise.all([
    p.person ??
      repo
        .findUserById(db, p.userId)
        .then((u) => u && { id: u.id, email: u.email, name: u.name, createdAt: u.created_at }),
    repo.listActiveMemberships(db, p.userId),
  ]);
  if (!user) throw AppError.unauthenticated();
  const current = memberships.find((m) => m.institution.id === p.institutionId) ?? null;
  const institution = (m: (typeof memberships)[number]) => ({
    ...m.institution,
    sector: m.institution.sector as TSector,
  });
  return {
    user,
    institution: current ? institution(current) : null,
    roles: current?.roles ?? [],
    memberships: memberships.map((m) => ({ institution: institution(m), roles: m.roles })),
    via: p.via,
  };
}

export async function needsSetup(db: Db): Promise<boolean> {
  return (await repo.countInstitutions(db)) === 0;
}

/** First run: the first institution and its administrator. Refused once any institution exists. */
export async function setup(deps: Deps, body: z.output<typeof ZSetupBody>, client: ClientInfo) {
  const passwordHash = await hashPassword(body.password);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await needsSetup(trx))) {
      throw new AppError(
        409,
        'ALREADY_SET_UP',
        'Cairn is already set up. Sign in, or ask an administrator for an invitation.',
      );
    }
    const userId = await repo.insertUser(trx, { email: body.email, name: body.name, passwordHash });
    const institutionId = await createInstitutionWithAdmin(trx, {
      name: body.institutionName,
      sector: body.sector,
      userId,
      actor: { userId, email: body.email },
      ip: client.ip,
    });
    await repo.updateUser(trx, userId, {
      last_sign_in_at: nowIso(),
      last_institution_id: institutionId,
    });
    const session = await issueSession(deps, trx, userId, institutionId, client);
    return { userId, institutionId, session };
  });
}

function tooMany(failures: { created_at: string }[], limit: number): number | null {
  if (failures.length < limit) return null;
  const oldest = failures[failures.length - limit];
  const freeAt = Date.parse(oldest?.created_at ?? nowIso()) + FAILURE_WINDOW_MS;
  return Math.max(1, Math.ceil((freeAt - Date.now()) / 1000));
}

export async function signIn(deps: Deps, email: string, password: string, client: ClientInfo) {
  const db = deps.db;
  const since = new Date(Date.now() - FAILURE_WINDOW_MS).toISOString();
  const [byAccount, byAddress] = await Promise.all([
    repo.recentFailures(db, 'email', email, since),
    repo.recentFailures(db, 'ip', client.ip, since),
  ]);
  const accountWait = tooMany(byAccount, ACCOUNT_FAILURE_LIMIT);
  if (accountWait) {
    const minutes = Math.ceil(accountWait / 60);
    throw new AppError(
      429,
      'RATE_LIMITED',
      `Too many failed sign-ins for this account. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or reset your password.`,
      undefined,
      accountWait,
    );
  }
  const addressWait = tooMany(byAddress, ADDRESS_FAILURE_LIMIT);
  if (addressWait) {
    const minutes = Math.ceil(addressWait / 60);
    throw new AppError(
      429,
      'RATE_LIMITED',
      `Too many failed sign-ins from your network address. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      undefined,
      addressWait,
    );
  }

  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) {
    await db.transaction().execute(async (trx) => {
      await repo.recordSignInFailure(trx, email, client.ip);
      if (user) {
        const memberships = await repo.listActiveMemberships(trx, user.id);
        await recordAudit(trx, {
          institutionIds: memberships.map((m) => m.institution.id),
          action: 'sign-in-failed',
          actor: null,
          subject: email,
          detail: 'wrong password',
          ip: client.ip,
        });
      }
    });
    throw new AppError(
      401,
      'INVALID_CREDENTIALS',
      'That email and password do not match. Check both, or reset your password.',
    );
  }

  const institutionId = await landingInstitution(db, user.id);
  if (!institutionId && (await repo.countMemberships(db, user.id)) > 0) {
    throw new AppError(
      403,
      'ACCOUNT_DEACTIVATED',
      'Your account has been deactivated by your institution. Ask its administrator to restore your access.',
    );
  }
  return db.transaction().execute(async (trx) => {
    await repo.clearFailuresForEmail(trx, email);
    await repo.updateUser(trx, user.id, {
      last_sign_in_at: nowIso(),
      ...(institutionId ? { last_institution_id: institutionId } : {}),
    });
    if (institutionId) {
      await recordAudit(trx, {
        institutionIds: [institutionId],
        action: 'sign-in',
        actor: { userId: user.id, email: user.email },
        ip: client.ip,
      });
    }
    const session = await issueSession(deps, trx, user.id, institutionId, client);
    return { userId: user.id, institutionId, session };
  });
}

export async function signOut(
  deps: Deps,
  p: { sessionId: string; userId: string; email: string; institutionId: string | null },
  ip: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, p.sessionId);
    if (p.institutionId) {
      await recordAudit(trx, {
        institutionIds: [p.institutionId],
        action: 'sign-out',
        actor: { userId: p.userId, email: p.email },
        ip,
      });
    }
  });
}

export async function requestPasswordReset(deps: Deps, email: string, ip: string): Promise<void> {
  const user = await repo.findUserByEmail(deps.db, email);
  if (!user) return; // Say nothing: the response must not reveal which addresses have accounts.
  const secret = newSecret();
  const link = `${deps.config.publicUrl}/reset-password?token=${secret}`;
  await deps.db.transaction().execute(async (trx) => {
    await repo.expireOpenPasswordResets(trx, user.id);
    await repo.insertPasswordReset(trx, user.id, hashSecret(secret), isoIn(RESET_LINK_MS));
    const memberships = await repo.listActiveMemberships(trx, user.id);
    await recordAudit(trx, {
      institutionIds: memberships.map((m) => m.institution.id),
      action: 'password-reset-requested',
      actor: null,
      subject: user.email,
      ip,
    });
  });
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your Cairn password',
    link,
    text: [
      `Hello ${user.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Cairn account.',
      `Open this link within the next hour to choose a new password:`,
      '',
      link,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  });
}

const LINK_MESSAGES: Record<TLinkState, string> = {
  valid: 'Choose a new password.',
  expired: 'This password reset link has expired (links last one hour). Ask for a new link.',
  used: 'This password reset link has already been used. If you need to change your password again, ask for a new link.',
  invalid:
    'This password reset link is not valid. Check that you copied the whole link from the email, or ask for a new one.',
};

export async function checkPasswordReset(db: Db, token: string) {
  const r = await repo.findPasswordReset(db, hashSecret(token));
  const state: TLinkState = !r
    ? 'invalid'
    : r.used_at
      ? 'used'
      : r.expires_at <= nowIso()
        ? 'expired'
        : 'valid';
  return {
    state,
    email: state === 'valid' ? (r?.email ?? null) : null,
    message: LINK_MESSAGES[state],
    reset: r,
  };
}

export async function completePasswordReset(
  deps: Deps,
  token: string,
  password: string,
  client: ClientInfo,
) {
  const check = await checkPasswordReset(deps.db, token);
  if (check.state !== 'valid' || !check.reset) {
    const code =
      check.state === 'expired'
        ? 'LINK_EXPIRED'
        : check.state === 'used'
          ? 'LINK_USED'
          : 'LINK_INVALID';
    throw new AppError(410, code, LINK_MESSAGES[check.state]);
  }
  const reset = check.reset;
  const passwordHash = await hashPassword(password);
  const institutionId = await landingInstitution(deps.db, reset.user_id);
  return deps.db.transaction().execute(async (trx) => {
    await repo.markPasswordResetUsed(trx, reset.id);
    await repo.updateUser(trx, reset.user_id, {
      password_hash: passwordHash,
      last_sign_in_at: nowIso(),
    });
    // A reset means the old password may be known to someone else: end every session.
    await repo.deleteSessionsOfUser(trx, reset.user_id);
    await repo.clearFailuresForEmail(trx, reset.email);
    const memberships = await repo.listActiveMemberships(trx, reset.user_id);
    await recordAudit(trx, {
      institutionIds: memberships.map((m) => m.institution.id),
      action: 'password-reset',
      actor: { userId: reset.user_id, email: reset.email },
      detail: 'password changed through an emailed link; all sessions ended',
      ip: client.ip,
    });
    const session = await issueSession(deps, trx, reset.user_id, institutionId, client);
    return { userId: reset.user_id, institutionId, session };
  });
}
