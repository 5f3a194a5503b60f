import { z } from 'zod';
import { ZId } from './common';

/**
 * Open Badges 3.0 credentials (module 4): what a scheme issues on a pass, signed with the
 * scheme's key; anyone verifies it from the JSON alone, and Cairn adds what only it knows
 * (which scheme holds the key, revocation).
 */

export const CREDENTIAL_STATES = [
  'active',
  'review-due',
  'lapsed',
  'revoked',
  'not-yet-valid',
] as const;
export const ZCredentialState = z.enum(CREDENTIAL_STATES);
export type TCredentialState = z.infer<typeof ZCredentialState>;

export const CREDENTIAL_STATE_LABELS: Record<TCredentialState, string> = {
  active: 'Active',
  'review-due': 'Review due soon',
  lapsed: 'Lapsed',
  revoked: 'Revoked',
  'not-yet-valid': 'Not yet valid',
};

/** How long before validUntil a credential counts as "review due soon" (days). */
export const REVIEW_DUE_SOON_DAYS = 90;

export const ZAlignment = z.object({
  targetName: z.string(),
  targetUrl: z.string(),
  targetDescription: z.string().optional(),
  targetFramework: z.string().optional(),
  targetCode: z.string().optional(),
});
export type TAlignment = z.infer<typeof ZAlignment>;

export const ZCredentialSummary = z.object({
  id: ZId,
  schemeId: ZId,
  schemeName: z.string(),
  /** The institution (or professional body) that runs the scheme. */
  institutionName: z.string(),
  holderId: ZId,
  holderName: z.string(),
  achievementName: z.string(),
  submissionId: z.string().nullable(),
  validFrom: z.string(),
  /** When the three-year review is due (the credential's validUntil); null: no review. */
  validUntil: z.string().nullable(),
  state: ZCredentialState,
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
  /** Whether the public verification page answers (the holder's choice). */
  public: z.boolean(),
});
export type TCredentialSummary = z.infer<typeof ZCredentialSummary>;

export const ZCredentialDetail = ZCredentialSummary.extend({
  /** The signed OpenBadgeCredential, exactly as issued. */
  credential: z.record(z.string(), z.unknown()),
  /** Whether the person asking may revoke it (a coordinator of its scheme). */
  canRevoke: z.boolean(),
});
export type TCredentialDetail = z.infer<typeof ZCredentialDetail>;

export const ZRevokeBody = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { message: 'say why, in a few words (the holder and verifiers will see it)' })
    .max(1000),
});

export const ZPublicBody = z.object({ public: z.boolean() });

/** What verification found; every part is shown to the person who asked. */
export const ZVerificationReport = z.object({
  /** Signature valid and issuer known to this Cairn and not revoked or lapsed. */
  verified: z.boolean(),
  /** One sentence for the top of the page. */
  summary: z.string(),
  signature: z.object({
    valid: z.boolean(),
    reason: z.string().nullable(),
    verificationMethod: z.string().nullable(),
    cryptosuite: z.string().nullable(),
    created: z.string().nullable(),
  }),
  /** The parts of the structure an OpenBadgeCredential must have; problems name their path. */
  structure: z.object({ valid: z.boolean(), problems: z.array(z.string()) }),
  issuer: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    url: z.string().nullable(),
    /** Whether the signing key belongs to a scheme on this Cairn. */
    known: z.boolean(),
    schemeId: z.string().nullable(),
    schemeName: z.string().nullable(),
    institutionName: z.string().nullable(),
    key: z.enum(['current', 'retired']).nullable(),
    keyRetiredAt: z.string().nullable(),
  }),
  status: z.object({
    state: ZCredentialState,
    /** Whether Cairn holds this credential (revocation can only be known then). */
    recorded: z.boolean(),
    revokedAt: z.string().nullable(),
    revokedReason: z.string().nullable(),
    daysUntilReview: z.number().nullable(),
  }),
  credential: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    recipientName: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    achievement: z.object({
      name: z.string().nullable(),
      description: z.string().nullable(),
      criteria: z.string().nullable(),
      achievementType: z.string().nullable(),
      alignments: z.array(ZAlignment),
    }),
  }),
});
export type TVerificationReport = z.infer<typeof ZVerificationReport>;

export const ZPublicCredential = z.object({
  credential: z.record(z.string(), z.unknown()),
  report: ZVerificationReport,
});
export type TPublicCredential = z.infer<typeof ZPublicCredential>;

export const ZSchemeKey = z.object({
  id: ZId,
  /** The did:key that signs (and issues) the scheme's credentials while the key is current. */
  controller: z.string(),
  publicKeyMultibase: z.string(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  current: z.boolean(),
  credentialsSigned: z.number().int(),
});
export type TSchemeKey = z.infer<typeof ZSchemeKey>;

export const ZSchemeKeys = z.object({
  schemeId: ZId,
  schemeName: z.string(),
  keys: z.array(ZSchemeKey),
});
export type TSchemeKeys = z.infer<typeof ZSchemeKeys>;

/** The largest credential JSON the verifier accepts. */
export const VERIFY_MAX_BYTES = 256 * 1024;
