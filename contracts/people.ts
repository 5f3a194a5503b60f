import { z } from 'zod';
import { ZEmail, ZId, ZPersonName, ZRole, ZTimestamp } from './common';
import { ZInstitutionSummary, ZLinkState } from './auth';

const ZRoles = z
  .array(ZRole)
  .min(1, { message: 'choose at least one role' })
  .max(4)
  .transform((roles) => [...new Set(roles)].sort());

export const ZMembershipStatus = z.enum(['active', 'deactivated']);
export type TMembershipStatus = z.infer<typeof ZMembershipStatus>;

export const ZMember = z.object({
  /** The membership id: one person may have several, one per institution. */
  id: ZId,
  userId: ZId,
  name: z.string(),
  email: z.string(),
  roles: z.array(ZRole),
  status: ZMembershipStatus,
  joinedAt: ZTimestamp,
  lastSignInAt: ZTimestamp.nullable(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZUpdateMemberBody = z
  .object({
    roles: ZRoles.optional(),
    status: ZMembershipStatus.optional(),
  })
  .refine((b) => b.roles !== undefined || b.status !== undefined, {
    message: 'send roles, status or both',
  });

export const ZInvitationState = z.enum(['pending', 'accepted', 'expired', 'revoked']);

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(ZRole),
  state: ZInvitationState,
  invitedBy: z.string().nullable(),
  createdAt: ZTimestamp,
  expiresAt: ZTimestamp,
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZCreateInvitationBody = z.object({
  email: ZEmail,
  name: ZPersonName.optional(),
  roles: ZRoles,
});
export type TCreateInvitationBody = z.input<typeof ZCreateInvitationBody>;

export const ZCreatedInvitation = z.object({
  invitation: ZInvitation,
  /** The acceptance link. Also emailed when SMTP is configured; shown so an admin can pass it on. */
  link: z.string(),
  emailed: z.boolean(),
});

/** What the acceptance page shows before the invitee chooses a password. */
export const ZInvitationPreview = z.object({
  state: ZLinkState,
  message: z.string(),
  institution: ZInstitutionSummary.nullable(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  roles: z.array(ZRole),
  invitedBy: z.string().nullable(),
  /** True when the email already has a Cairn account: the invitee signs in with that password instead of choosing one. */
  accountExists: z.boolean(),
});
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZAcceptInvitationBody = z.object({
  token: z.string().min(10).max(200),
  name: ZPersonName.optional(),
  password: z.string().min(1, { message: 'is required' }).max(200),
});

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'password-reset-requested',
  'password-reset',
  'password-changed',
  'role-change',
  'member-deactivated',
  'member-reactivated',
  'invitation-created',
  'invitation-revoked',
  'invitation-accepted',
  'institution-created',
  'institution-updated',
  'api-token-created',
  'api-token-revoked',
  'export',
  'import',
  'deletion',
  'credential-issued',
  'credential-revoked',
  'credential-key-rotated',
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export const ZAuditEvent = z.object({
  id: ZId,
  action: ZAuditAction,
  actor: z.string().nullable(),
  subject: z.string().nullable(),
  detail: z.string(),
  ip: z.string().nullable(),
  createdAt: ZTimestamp,
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditQuery = z.object({
  action: ZAuditAction.optional(),
  /** Return events older than this timestamp (for paging). */
  before: z.iso.datetime({ message: 'must be an ISO 8601 date-time' }).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, { message: 'must be at least 1' })
    .max(200, { message: 'must be at most 200' })
    .default(50),
});

export const ZAuditPage = z.object({
  events: z.array(ZAuditEvent),
  nextBefore: z.string().nullable(),
});
