import { z } from 'zod';
import {
  ZEmail,
  ZId,
  ZInstitutionName,
  ZNewPassword,
  ZPersonName,
  ZRole,
  ZSector,
  ZTimestamp,
} from './common';

export const ZInstitutionSummary = z.object({
  id: ZId,
  name: z.string(),
  slug: z.string(),
  sector: ZSector,
});
export type TInstitutionSummary = z.infer<typeof ZInstitutionSummary>;

export const ZMembershipSummary = z.object({
  institution: ZInstitutionSummary,
  roles: z.array(ZRole),
});

/** Who is signed in, and in which institution they are working now. */
export const ZMe = z.object({
  user: z.object({
    id: ZId,
    email: z.string(),
    name: z.string(),
    createdAt: ZTimestamp,
  }),
  institution: ZInstitutionSummary.nullable(),
  roles: z.array(ZRole),
  memberships: z.array(ZMembershipSummary),
  /** How the request was authenticated: a browser session or a personal API token. */
  via: z.enum(['session', 'token']),
});
export type TMe = z.infer<typeof ZMe>;

export const ZSetupStatus = z.object({
  needsSetup: z.boolean(),
  version: z.string(),
});

export const ZSetupBody = z.object({
  institutionName: ZInstitutionName,
  sector: ZSector,
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TSetupBody = z.input<typeof ZSetupBody>;

export const ZSignInBody = z.object({
  email: ZEmail,
  password: z.string().min(1, { message: 'is required' }).max(200),
});
export type TSignInBody = z.input<typeof ZSignInBody>;

export const ZPasswordResetRequestBody = z.object({ email: ZEmail });

export const ZLinkState = z.enum(['valid', 'expired', 'used', 'invalid']);
export type TLinkState = z.infer<typeof ZLinkState>;

export const ZPasswordResetCheck = z.object({
  state: ZLinkState,
  email: z.string().nullable(),
  message: z.string(),
});

export const ZPasswordResetCompleteBody = z.object({
  token: z.string().min(10).max(200),
  password: ZNewPassword,
});

export const ZUpdateProfileBody = z.object({ name: ZPersonName });

export const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1, { message: 'is required' }).max(200),
  newPassword: ZNewPassword,
});

export const ZSwitchInstitutionBody = z.object({ institutionId: ZId });

export const ZCreateInstitutionBody = z.object({
  name: ZInstitutionName,
  sector: ZSector,
});

export const ZDeleteAccountBody = z.object({
  password: z.string().min(1, { message: 'is required' }).max(200),
  confirm: z.literal('DELETE', {
    message: 'type DELETE in capitals to confirm',
  }),
});

export const ZDeletionImpact = z.object({
  /** Plain-language statements of what deletion does, shown before confirming. */
  consequences: z.array(z.string()),
  /** Reasons deletion cannot go ahead yet (e.g. the only administrator of an institution with other members). */
  blockers: z.array(z.string()),
});
export type TDeletionImpact = z.infer<typeof ZDeletionImpact>;

export const ZApiToken = z.object({
  id: ZId,
  name: z.string(),
  prefix: z.string(),
  institution: z.object({ id: ZId, name: z.string() }),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp.nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZCreateApiTokenBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(80, { message: 'must be at most 80 characters' }),
  expiresInDays: z
    .number()
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(730, { message: 'must be at most 730 days' })
    .nullable()
    .optional(),
});

export const ZCreatedApiToken = z.object({
  token: ZApiToken,
  /** The secret, shown once. Only a hash is stored. */
  secret: z.string(),
});
