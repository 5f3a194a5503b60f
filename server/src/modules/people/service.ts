import type { z } from 'zod';
import type { TLinkState } from '../../../../contracts/auth';
import { ROLE_LABELS, type TRole, type TSector, ZNewPassword } from '../../../../contracts/common';
import type {
  TInvitation,
  TInvitationPreview,
  TMember,
  TMembershipStatus,
  ZCreateInvitationBody,
} from '../../../../contracts/people';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { hashSecret, newSecret } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { DAY, isoIn, nowIso } from '../../lib/time';
import type { MemberAuth } from '../../plugins/auth';
import { type AuditActor, recordAudit } from '../audit/service';
import * as authRepo from '../auth/repository';
import { type ClientInfo, issueSession } from '../auth/service';
import { insertMembership } from '../institutions/repository';
import * as repo from './repository';

export const INVITATION_MS = 14 * DAY;

const actorOf = (a: MemberAuth): AuditActor => ({ userId: a.userId, email: a.email });
const roleList = (roles: readonly TRole[]) => roles.map((r) => ROLE_LABELS[r]).join(', ');

type MemberRow = Awaited<ReturnType<typeof repo.listMembers>>[number];
const toMember = (r: MemberRow): TMember => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  email: r.email,
  roles: authRepo.parseRoles(r.roles),
  status: r.status as TMembershipStatus,
  joinedAt: r.created_at,
  lastSignInAt: r.last_sign_in_at,
});

export async function listMembers(db: Db, institutionId: string): Promise<TMember[]> {
  return (await repo.listMembers(db, institutionId)).map(toMember);
}

export async function updateMember(
  db: Db,
  auth: MemberAuth,
  membershipId: string,
  patch: { roles?: TRole[] | undefined; status?: TMembershipStatus | undefined },
  ip: string,
): Promise<TMember> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findMember(trx, auth.institutionId, membershipId);
    if (!before) throw AppError.notFound('That member');
    const beforeRoles = authRepo.parseRoles(before.roles);
    const roles = patch.roles ?? beforeRoles;
    const status = patch.status ?? (before.status as TMembershipStatus);
    const losesAdmin =
      beforeRoles.includes('admin') &&
      before.status === 'active' &&
      (!roles.includes('admin') || status !== 'active');
    if (
      losesAdmin &&
      (await repo.countOtherActiveAdmins(trx, auth.institutionId, membershipId)) === 0
    ) {
      throw new AppError(
        409,
        'LAST_ADMIN',
        `${before.name} is the only active administrator of this institution. Give someone else the administrator role first.`,
      );
    }
    await repo.updateMembership(trx, auth.institutionId, membershipId, {
      roles: authRepo.joinRoles(roles),
      status,
    });
    const newRoles = authRepo.joinRoles(roles);
    if (newRoles !== before.roles) {
      await recordAudit(trx, {
        institutionIds: [auth.institutionId],
        action: 'role-change',
        actor: actorOf(auth),
        subject: before.email,
        detail: `${roleList(beforeRoles)} → ${roleList(roles)}`,
        ip,
      });
    }
    if (status !== before.status) {
      await recordAudit(trx, {
        institutionIds: [auth.institutionId],
        action: status === 'active' ? 'member-reactivated' : 'member-deactivated',
        actor: actorOf(auth),
        subject: before.email,
        ip,
      });
    }
    const after = await repo.findMember(trx, auth.institutionId, membershipId);
    if (!after) throw AppError.notFound('That member');
    return toMember(after);
  });
}

// Invitations

type InvitationRow = Awaited<ReturnType<typeof repo.listInvitations>>[number];

function invitationState(r: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>) {
  if (r.accepted_at) return 'accepted' as const;
  if (r.revoked_at) return 'revoked' as const;
  if (r.expires_at <= nowIso()) return 'expired' as const;
  return 'pending' as const;
}

const toInvitation = (r: InvitationRow): TInvitation => ({
  id: r.id,
  email: r.email,
  name: r.name,
  roles: authRepo.parseRoles(r.roles),
  state: invitationState(r),
  invitedBy: r.invited_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export async function listInvitations(db: Db, institutionId: string): Promise<TInvitation[]> {
  const order = { pending: 0, expired: 1, accepted: 2, revoked: 3 };
  return (await repo.listInvitations(db, institutionId))
    .map(toInvitation)
    .sort((a, b) => order[a.state] - order[b.state]);
}

export async function createInvitation(
  deps: Deps,
  auth: MemberAuth,
  body: z.output<typeof ZCreateInvitationBody>,
  ip: string,
) {
  const secret = newSecret();
  const link = `${deps.config.publicUrl}/invitation?token=${secret}`;
  const { invitation, institutionName } = await deps.db.transaction().execute(async (trx) => {
    const member = await repo.findMemberByEmail(trx, auth.institutionId, body.email);
    if (member) {
      throw AppError.conflict(
        member.status === 'active'
          ? `${body.email} is already a member of this institution. Change their roles in the people list instead.`
          : `${body.email} is a deactivated member of this institution. Reactivate them in the people list instead.`,
      );
    }
    const open = await repo.findOpenInvitationForEmail(trx, auth.institutionId, body.email);
    if (open) {
      throw AppError.conflict(
        `${body.email} was already invited on ${open.created_at.slice(0, 10)} and has not answered yet. Revoke that invitation to send a new one.`,
      );
    }
    const id = await repo.insertInvitation(trx, {
      institutionId: auth.institutionId,
      email: body.email,
      name: body.name ?? null,
      roles: authRepo.joinRoles(body.roles),
      tokenHash: hashSecret(secret),
      invitedBy: auth.userId,
      expiresAt: isoIn(INVITATION_MS),
    });
    await recordAudit(trx, {
      institutionIds: [auth.institutionId],
      action: 'invitation-created',
      actor: actorOf(auth),
      subject: body.email,
      detail: `roles: ${roleList(body.roles)}`,
      ip,
    });
    const row = await repo.findInvitation(trx, auth.institutionId, id);
    const inst = await trx
      .selectFrom('institutions')
      .select('name')
      .where('id', '=', auth.institutionId)
      .executeTakeFirstOrThrow();
    if (!row) throw AppError.notFound('That invitation');
    return { invitation: toInvitation(row), institutionName: inst.name };
  });
  const emailed = await deps.mailer.send({
    to: body.email,
    subject: `${auth.name} invited you to ${institutionName} on Cairn`,
    link,
    text: [
      `Hello${body.name ? ` ${body.name}` : ''},`,
      '',
      `${auth.name} invited you to join ${institutionName} on Cairn as ${roleList(body.roles)}.`,
      'Cairn is where learning technologists record their CPD, build portfolios and plan their careers.',
      '',
      `Accept the invitation within 14 days: ${link}`,
    ].join('\n'),
  });
  return { invitation, link, emailed };
}

export async function revokeInvitation(
  db: Db,
  auth: MemberAuth,
  id: string,
  ip: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findInvitation(trx, auth.institutionId, id);
    if (!row) throw AppError.notFound('That invitation');
    if (invitationState(row) !== 'pending') {
      throw AppError.conflict(
        `This invitation is already ${invitationState(row)}; there is nothing to revoke.`,
      );
    }
    await repo.markInvitation(trx, auth.institutionId, id, { revoked_at: nowIso() });
    await recordAudit(trx, {
      institutionIds: [auth.institutionId],
      action: 'invitation-revoked',
      actor: actorOf(auth),
      subject: row.email,
      ip,
    });
  });
}

const PREVIEW_MESSAGES: Record<TLinkState, string> = {
  valid: 'You have been invited to join Cairn.',
  expired:
    'This invitation has expired (invitations last 14 days). Ask the administrator who invited you to send a new one.',
  used: 'This invitation has already been accepted. Sign in with your email and password instead.',
  invalid:
    'This invitation link is not valid: it may have been revoked, or the link was not copied whole. Ask your administrator for a new invitation.',
};

async function loadByToken(db: Db, token: string) {
  const row = await repo.findInvitationByTokenHash(db, hashSecret(token));
  const state: TLinkState = !row
    ? 'invalid'
    : row.revoked_at
      ? 'invalid'
      : row.accepted_at
        ? 'used'
        : row.expires_at <= nowIso()
          ? 'expired'
          : 'valid';
  return { row, state };
}

export async function previewInvitation(db: Db, token: string): Promise<TInvitationPreview> {
  const { row, state } = await loadByToken(db, token);
  if (!row || state !== 'valid') {
    return {
      state,
      message: PREVIEW_MESSAGES[state],
      institution: null,
      email: null,
      name: null,
      roles: [],
      invitedBy: null,
      accountExists: false,
    };
  }
  const existing = await authRepo.findUserByEmail(db, row.email);
  return {
    state,
    message: PREVIEW_MESSAGES.valid,
    institution: {
      id: row.institution_id,
      name: row.institution_name,
      slug: row.institution_slug,
      sector: row.institution_sector as TSector,
    },
    email: row.email,
    name: row.name,
    roles: authRepo.parseRoles(row.roles),
    invitedBy: row.invited_by,
    accountExists: !!existing,
  };
}

/**
 * Accepting creates the account (or, for someone who already has one, checks their
 * password) and the membership, then signs the person in to the inviting institution.
 */
export async function acceptInvitation(
  deps: Deps,
  body: { token: string; name?: string | undefined; password: string },
  client: ClientInfo,
) {
  const { row, state } = await loadByToken(deps.db, body.token);
  if (!row || state !== 'valid') {
    const code =
      state === 'expired' ? 'LINK_EXPIRED' : state === 'used' ? 'LINK_USED' : 'LINK_INVALID';
    throw new AppError(410, code, PREVIEW_MESSAGES[state]);
  }
  const existing = await authRepo.findUserByEmail(deps.db, row.email);
  let passwordHash: string | null = null;
  if (existing) {
    if (!(await verifyPassword(existing.password_hash, body.password))) {
      throw new AppError(
        401,
        'INVALID_CREDENTIALS',
        `${row.email} already has a Cairn account: enter that account's password to accept. Forgot it? Reset it from the sign-in page.`,
      );
    }
  } else {
    const fields = [];
    const name = (body.name ?? row.name ?? '').trim();
    if (!name) fields.push({ path: 'name', message: 'is required' });
    const pw = ZNewPassword.safeParse(body.password);
    if (!pw.success)
      fields.push({ path: 'password', message: pw.error.issues[0]?.message ?? 'is not valid' });
    if (fields.length) throw AppError.validation(fields);
    passwordHash = await hashPassword(body.password);
  }
  return deps.db.transaction().execute(async (trx) => {
    const userId =
      existing?.id ??
      (await authRepo.insertUser(trx, {
        email: row.email,
        name: (body.name ?? row.name ?? '').trim(),
        passwordHash,
      }));
    const member = await repo.findMemberByEmail(trx, row.institution_id, row.email);
    if (member) {
      await repo.updateMembership(trx, row.institution_id, member.id, {
        roles: row.roles,
        status: 'active',
      });
    } else {
      await insertMembership(trx, { institutionId: row.institution_id, userId, roles: row.roles });
    }
    await repo.markInvitation(trx, row.institution_id, row.id, { accepted_at: nowIso() });
    await authRepo.updateUser(trx, userId, {
      last_sign_in_at: nowIso(),
      last_institution_id: row.institution_id,
    });
    await recordAudit(trx, {
      institutionIds: [row.institution_id],
      action: 'invitation-accepted',
      actor: { userId, email: row.email },
      detail: `roles: ${roleList(authRepo.parseRoles(row.roles))}`,
      ip: client.ip,
    });
    const session = await issueSession(deps, trx, userId, row.institution_id, client);
    return { userId, institutionId: row.institution_id, session };
  });
}
