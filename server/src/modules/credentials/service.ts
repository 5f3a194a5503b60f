import type { TRole } from '../../../../contracts/common';
import type {
  TCredentialDetail,
  TCredentialSummary,
  TPublicCredential,
  TSchemeKeys,
  TVerificationReport,
} from '../../../../contracts/credentials';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/service';
import { nowIso } from '../../lib/time';
import {
  decryptSecret,
  didKeyOf,
  encryptSecret,
  generateKeyPair,
  type KeyPairText,
  keyEncryptionKey,
} from './keys';
import * as reviewSchemes from '../reviews/schemes';
import * as repo from './repository';
import { buildCredential, type Json, signCredential, validUntilOf } from './signing';
import { credentialState, type Lookup, verifyCredentialJson } from './verify';

/** The person asking, as far as credentials care. */
export type Viewer = {
  userId: string;
  institutionId: string | null;
  roles: readonly TRole[];
  /** For the audit log, where the person acts on a scheme's keys or credentials. */
  email?: string;
  ip?: string | null;
};

const actorOf = (v: Viewer) => (v.email ? { userId: v.userId, email: v.email } : null);

/**
 * Whether the person coordinates the scheme, by the peer-review module's rule: an
 * administrator or manager of the institution that runs it, or named on the scheme.
 */
export async function coordinates(db: Db, viewer: Viewer, schemeId: string): Promise<boolean> {
  try {
    await reviewSchemes.schemeForCoordinator(db, viewer.userId, schemeId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return false;
    throw error;
  }
}

async function schemeForCoordinator(db: Db, viewer: Viewer, schemeId: string) {
  const scheme = await repo.findScheme(db, schemeId);
  if (!scheme || !(await coordinates(db, viewer, schemeId))) throw AppError.notFound('That scheme');
  return scheme;
}

// --- keys ---------------------------------------------------------------------------------

/** The stored key cannot be decrypted: the key-encryption secret is not the one it was stored with. */
export class KeySecretError extends Error {
  constructor(readonly schemeId: string) {
    super(
      `The signing key of scheme ${schemeId} cannot be decrypted: CREDENTIAL_KEY_SECRET (or DATA_DIR/credential-key-secret) is not the secret it was stored with. Restore that secret (every server must share one), or rotate the scheme's key; credentials already issued keep verifying either way.`,
    );
  }
}

async function createKey(deps: Deps, scheme: { id: string; institution_id: string }) {
  const pair = await generateKeyPair();
  const id = newId();
  const row: repo.KeyRow = {
    id,
    scheme_id: scheme.id,
    institution_id: scheme.institution_id,
    controller: didKeyOf(pair.publicKeyMultibase).controller,
    public_key_multibase: pair.publicKeyMultibase,
    secret_key_encrypted: encryptSecret(keyEncryptionKey(deps.config), id, pair.secretKeyMultibase),
    created_at: nowIso(),
    retired_at: null,
  };
  return { row, pair };
}

/** The scheme's current key pair, created on first use. */
export async function currentKeyPair(
  deps: Deps,
  scheme: { id: string; institution_id: string },
): Promise<{ row: repo.KeyRow; pair: KeyPairText }> {
  const existing = await repo.findCurrentKey(deps.db, scheme.id);
  if (existing) {
    let secretKeyMultibase: string;
    try {
      secretKeyMultibase = decryptSecret(
        keyEncryptionKey(deps.config),
        existing.id,
        existing.secret_key_encrypted,
      );
    } catch {
      throw new KeySecretError(scheme.id);
    }
    return {
      row: existing,
      pair: { publicKeyMultibase: existing.public_key_multibase, secretKeyMultibase },
    };
  }
  const created = await createKey(deps, scheme);
  try {
    await repo.insertKey(deps.db, created.row);
    return created;
  } catch (error) {
    // Another request created the scheme's first key at the same moment: use that one.
    if (await repo.findCurrentKey(deps.db, scheme.id)) return currentKeyPair(deps, scheme);
    throw error;
  }
}

export async function listKeys(deps: Deps, viewer: Viewer, schemeId: string): Promise<TSchemeKeys> {
  const scheme = await schemeForCoordinator(deps.db, viewer, schemeId);
  const rows = await repo.listKeys(deps.db, scheme.id);
  return {
    schemeId: scheme.id,
    schemeName: scheme.name,
    keys: rows.map((k) => ({
      id: k.id,
      controller: k.controller,
      publicKeyMultibase: k.public_key_multibase,
      createdAt: k.created_at,
      retiredAt: k.retired_at,
      current: k.retired_at === null,
      credentialsSigned: Number(k.signed ?? 0),
    })),
  };
}

/** A new current key; the old one is retired but still names its scheme when verifying. */
export async function rotateKey(
  deps: Deps,
  viewer: Viewer,
  schemeId: string,
): Promise<TSchemeKeys> {
  const scheme = await schemeForCoordinator(deps.db, viewer, schemeId);
  const created = await createKey(deps, scheme);
  await deps.db.transaction().execute(async (trx) => {
    await repo.retireKeys(trx, scheme.id, created.row.created_at);
    await repo.insertKey(trx, created.row);
    await recordAudit(trx, {
      institutionIds: [scheme.institution_id],
      action: 'credential-key-rotated',
      actor: actorOf(viewer),
      subject: scheme.name,
      detail: `new signing key ${created.row.controller}; earlier keys retired but still verify`,
      ip: viewer.ip ?? null,
    });
  });
  return listKeys(deps, viewer, schemeId);
}

// --- issuing ------------------------------------------------------------------------------

export type IssueInput = {
  schemeId: string;
  submissionId: string | null;
  recipient: { userId: string; name: string; email: string };
  achievement: {
    name: string;
    description: string;
    criteriaNarrative: string;
    achievementType?: string;
    alignments: {
      targetName: string;
      targetUrl: string;
      targetDescription?: string;
      targetFramework?: string;
      targetCode?: string;
    }[];
  };
  validFrom?: Date;
  /** ISO date the three-year review is due (validUntil); null: no review. */
  reviewDueOn: string | null;
};

/** Signs and records an OpenBadgeCredential for a pass; the scheme's key is created if needed. */
export async function issueCredential(
  deps: Deps,
  input: IssueInput,
): Promise<{ id: string; credential: Record<string, unknown> }> {
  const scheme = await repo.findScheme(deps.db, input.schemeId);
  if (!scheme) throw AppError.notFound('That scheme');
  if (input.reviewDueOn !== null && Number.isNaN(Date.parse(validUntilOf(input.reviewDueOn))))
    throw AppError.validation([
      { path: 'reviewDueOn', message: 'must be a date such as 2029-11-22' },
    ]);
  const { row: key, pair } = await currentKeyPair(deps, scheme);
  const id = newId();
  const validFrom = input.validFrom ?? new Date();
  const unsigned = buildCredential(
    {
      id,
      issuer: {
        name: scheme.name,
        url: deps.config.publicUrl,
        description: `An accreditation scheme run by ${scheme.institution_name} on Cairn.`,
      },
      recipient: { name: input.recipient.name, email: input.recipient.email },
      achievement: input.achievement,
      validFrom,
      validUntil: input.reviewDueOn,
    },
    key.controller,
  );
  const credential = await signCredential(unsigned, pair);
  await repo.insertCredential(deps.db, {
    id,
    institution_id: scheme.institution_id,
    scheme_id: scheme.id,
    key_id: key.id,
    holder_id: input.recipient.userId,
    submission_id: input.submissionId,
    achievement_name: input.achievement.name,
    valid_from: credential.validFrom as string,
    valid_until: (credential.validUntil as string | undefined) ?? null,
    document: JSON.stringify(credential),
    public: 0,
    revoked_at: null,
    revoked_reason: null,
    created_at: nowIso(),
  });
  await recordAudit(deps.db, {
    institutionIds: [scheme.institution_id],
    action: 'credential-issued',
    actor: null,
    subject: input.recipient.name,
    detail: `${input.achievement.name} (${scheme.name})${input.reviewDueOn ? `, review due ${input.reviewDueOn}` : ''}`,
  });
  return { id, credential };
}

// --- reading ------------------------------------------------------------------------------

function toSummary(r: repo.SummaryRow, now = new Date()): TCredentialSummary {
  return {
    id: r.id,
    schemeId: r.scheme_id,
    schemeName: r.scheme_name,
    institutionName: r.institution_name,
    holderId: r.holder_id,
    holderName: r.holder_name,
    achievementName: r.achievement_name,
    submissionId: r.submission_id,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    state: credentialState(
      { validFrom: r.valid_from, validUntil: r.valid_until, revokedAt: r.revoked_at },
      now,
    ).state,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
    public: r.public === 1,
  };
}

/** A person's credentials, newest first (for their own pages and their review history). */
export async function listCredentialsOfUser(db: Db, userId: string): Promise<TCredentialSummary[]> {
  return (await repo.listByHolder(db, userId)).map((r) => toSummary(r));
}

/** What a scheme has issued (its coordinators). */
export async function listIssued(deps: Deps, viewer: Viewer, schemeId: string) {
  const scheme = await schemeForCoordinator(deps.db, viewer, schemeId);
  return (await repo.listByScheme(deps.db, scheme.id)).map((r) => toSummary(r));
}

/** The holder's credential, or one a coordinator of its scheme looks at; 404 for anyone else. */
async function readable(deps: Deps, viewer: Viewer, id: string) {
  const row = await repo.findCredential(deps.db, id);
  if (!row) throw AppError.notFound('That credential');
  const coordinator = await coordinates(deps.db, viewer, row.scheme_id);
  if (row.holder_id !== viewer.userId && !coordinator) throw AppError.notFound('That credential');
  return { row, coordinator };
}

export async function getCredential(
  deps: Deps,
  viewer: Viewer,
  id: string,
): Promise<TCredentialDetail> {
  const { row, coordinator } = await readable(deps, viewer, id);
  return { ...toSummary(row), credential: JSON.parse(row.document), canRevoke: coordinator };
}

/** The signed JSON exactly as issued, for the holder only. */
export async function downloadCredential(deps: Deps, viewer: Viewer, id: string) {
  const row = await repo.findCredential(deps.db, id);
  if (!row || row.holder_id !== viewer.userId) throw AppError.notFound('That credential');
  return { fileName: `cmalt-credential-${row.valid_from.slice(0, 10)}.json`, body: row.document };
}

export async function setPublic(deps: Deps, viewer: Viewer, id: string, value: boolean) {
  const row = await repo.findCredential(deps.db, id);
  if (!row || row.holder_id !== viewer.userId) throw AppError.notFound('That credential');
  await repo.setPublic(deps.db, id, viewer.userId, value);
  return getCredential(deps, viewer, id);
}

export async function revokeCredential(deps: Deps, viewer: Viewer, id: string, reason: string) {
  const row = await repo.findCredential(deps.db, id);
  if (!row || !(await coordinates(deps.db, viewer, row.scheme_id)))
    throw AppError.notFound('That credential');
  if (row.revoked_at)
    throw AppError.conflict(
      `This credential was already revoked on ${row.revoked_at.slice(0, 10)}.`,
    );
  await deps.db.transaction().execute(async (trx) => {
    await repo.revoke(trx, id, nowIso(), reason);
    const holder = await trx
      .selectFrom('users')
      .select('name')
      .where('id', '=', row.holder_id)
      .executeTakeFirst();
    await recordAudit(trx, {
      institutionIds: [row.institution_id],
      action: 'credential-revoked',
      actor: actorOf(viewer),
      subject: holder?.name ?? null,
      detail: `${row.achievement_name}: ${reason}`,
      ip: viewer.ip ?? null,
    });
  });
  return getCredential(deps, viewer, id);
}

// --- verifying ----------------------------------------------------------------------------

/** What this Cairn knows: which scheme holds a key, and its record of a credential. */
export function lookupIn(db: Db): Lookup {
  return {
    key: async (controller) => {
      const k = await repo.findKeyByController(db, controller);
      return k
        ? {
            schemeId: k.scheme_id,
            schemeName: k.scheme_name,
            institutionName: k.institution_name,
            retiredAt: k.retired_at,
          }
        : null;
    },
    record: async (credentialId, controller) => {
      const m = /^urn:uuid:([0-9a-f-]{36})$/i.exec(credentialId);
      if (!m) return null;
      const row = await repo.findCredential(db, m[1]!.toLowerCase());
      if (!row || row.controller !== controller) return null;
      return { revokedAt: row.revoked_at, revokedReason: row.revoked_reason };
    },
  };
}

export async function verifyCredential(
  deps: Pick<Deps, 'db'>,
  credential: Json,
  now = new Date(),
): Promise<TVerificationReport> {
  return verifyCredentialJson(credential, { now, lookup: lookupIn(deps.db) });
}

/** The public verification page: only for credentials whose holder made them public. */
export async function publicCredential(deps: Deps, id: string): Promise<TPublicCredential> {
  const row = await repo.findCredential(deps.db, id);
  if (row?.public !== 1) throw AppError.notFound('That credential');
  const credential = JSON.parse(row.document) as Json;
  return { credential, report: await verifyCredential(deps, credential) };
}
