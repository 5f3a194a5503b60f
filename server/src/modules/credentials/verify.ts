import {
  REVIEW_DUE_SOON_DAYS,
  type TAlignment,
  type TCredentialState,
  type TVerificationReport,
} from '../../../../contracts/credentials';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './document-loader';
import { checkSignature, type Json } from './signing';

/**
 * Verification without a database: signature, structure, dates. What only a Cairn knows (which
 * scheme holds the key, revocation) comes in through `lookup`, so the offline command and the
 * server share every rule.
 */

const DAY = 86_400_000;

/** A credential's state at `now`: revoked wins, then dates. */
export function credentialState(
  c: { validFrom: string | null; validUntil: string | null; revokedAt: string | null },
  now: Date,
): { state: TCredentialState; daysUntilReview: number | null } {
  const until = c.validUntil ? Date.parse(c.validUntil) : Number.NaN;
  const daysUntilReview = Number.isNaN(until) ? null : Math.ceil((until - now.getTime()) / DAY);
  if (c.revokedAt) return { state: 'revoked', daysUntilReview };
  const from = c.validFrom ? Date.parse(c.validFrom) : Number.NaN;
  if (!Number.isNaN(from) && from > now.getTime() + 5 * 60_000)
    return { state: 'not-yet-valid', daysUntilReview };
  if (daysUntilReview !== null && until <= now.getTime())
    return { state: 'lapsed', daysUntilReview };
  if (daysUntilReview !== null && daysUntilReview <= REVIEW_DUE_SOON_DAYS)
    return { state: 'review-due', daysUntilReview };
  return { state: 'active', daysUntilReview };
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isDate = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * The structure Cairn needs to read an OpenBadgeCredential. Problems name a JSON path and what
 * is expected there. (The full OB 3.0 JSON Schema is checked in the tests.)
 */
export function checkStructure(c: Json): string[] {
  const problems: string[] = [];
  const ctx = asArray(c['@context']);
  if (ctx[0] !== VC_V2_CONTEXT)
    problems.push(`@context[0] must be ${VC_V2_CONTEXT} (a Verifiable Credential 2.0).`);
  if (
    !ctx.some(
      (x) =>
        typeof x === 'string' &&
        /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)?\.json$/.test(x),
    )
  )
    problems.push(`@context must include the Open Badges 3.0 context (${OB_V3_CONTEXT}).`);
  const types = asArray(c.type);
  if (!types.includes('VerifiableCredential'))
    problems.push('type must include "VerifiableCredential".');
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential'))
    problems.push('type must include "OpenBadgeCredential" (or "AchievementCredential").');
  if (typeof c.id !== 'string') problems.push('id must be a URI.');
  const issuer = c.issuer;
  if (!(typeof issuer === 'string' || (isObject(issuer) && typeof issuer.id === 'string')))
    problems.push('issuer must be a Profile with an id.');
  if (!isDate(c.validFrom))
    problems.push('validFrom must be a date-time such as 2026-11-22T10:00:00Z.');
  if (c.validUntil !== undefined && !isDate(c.validUntil))
    problems.push('validUntil must be a date-time such as 2029-11-22T23:59:59Z.');
  const subject = c.credentialSubject;
  if (!isObject(subject)) problems.push('credentialSubject must be an object.');
  else {
    if (!asArray(subject.type).includes('AchievementSubject'))
      problems.push('credentialSubject.type must include "AchievementSubject".');
    const a = subject.achievement;
    if (!isObject(a)) problems.push('credentialSubject.achievement must be an object.');
    else {
      if (typeof a.id !== 'string')
        problems.push('credentialSubject.achievement.id must be a URI.');
      if (typeof a.name !== 'string')
        problems.push('credentialSubject.achievement.name must be text.');
      if (typeof a.description !== 'string')
        problems.push('credentialSubject.achievement.description must be text.');
      if (!isObject(a.criteria))
        problems.push('credentialSubject.achievement.criteria must be an object.');
    }
  }
  if (!isObject(c.proof) && !Array.isArray(c.proof))
    problems.push('proof is missing: the credential is not signed.');
  return problems;
}

/** The recipient's plain name, when the credential carries one. */
function recipientName(subject: unknown): string | null {
  if (!isObject(subject)) return null;
  if (typeof subject.name === 'string') return subject.name;
  for (const id of asArray(subject.identifier)) {
    if (isObject(id) && id.identityType === 'name' && id.hashed === false)
      return str(id.identityHash);
  }
  return null;
}

export type KnownKey = {
  schemeId: string;
  schemeName: string;
  institutionName: string;
  retiredAt: string | null;
};
export type KnownRecord = { revokedAt: string | null; revokedReason: string | null };

export type Lookup = {
  /** The scheme key with this did:key, if this Cairn holds it. */
  key?: (controller: string) => Promise<KnownKey | null>;
  /** Cairn's record of this credential id signed by this did:key, if any. */
  record?: (credentialId: string, controller: string) => Promise<KnownRecord | null>;
};

const fmtDate = (iso: string) => iso.slice(0, 10);

/** Verifies a parsed credential and explains the outcome. */
export async function verifyCredentialJson(
  c: Json,
  opts: { now?: Date; lookup?: Lookup } = {},
): Promise<TVerificationReport> {
  const now = opts.now ?? new Date();
  const problems = checkStructure(c);
  const proof = (Array.isArray(c.proof) ? c.proof[0] : c.proof) as Json | undefined;
  const signature = await checkSignature(c);
  const issuerObj = isObject(c.issuer) ? c.issuer : null;
  const issuerId = issuerObj ? str(issuerObj.id) : str(c.issuer);
  const controller = signature.controller;
  const key =
    signature.valid && controller && opts.lookup?.key ? await opts.lookup.key(controller) : null;
  const record =
    signature.valid && key && controller && typeof c.id === 'string' && opts.lookup?.record
      ? await opts.lookup.record(c.id, controller)
      : null;
  const validFrom = str(c.validFrom);
  const validUntil = str(c.validUntil);
  const { state, daysUntilReview } = credentialState(
    { validFrom, validUntil, revokedAt: record?.revokedAt ?? null },
    now,
  );
  const subject = isObject(c.credentialSubject) ? c.credentialSubject : {};
  const a = isObject(subject.achievement) ? subject.achievement : {};
  const alignments: TAlignment[] = asArray(a.alignment)
    .filter(isObject)
    .map((x) => ({
      targetName: str(x.targetName) ?? '',
      targetUrl: str(x.targetUrl) ?? '',
      ...(str(x.targetDescription) ? { targetDescription: str(x.targetDescription)! } : {}),
      ...(str(x.targetFramework) ? { targetFramework: str(x.targetFramework)! } : {}),
      ...(str(x.targetCode) ? { targetCode: str(x.targetCode)! } : {}),
    }));
  const issuerName = issuerObj ? str(issuerObj.name) : null;
  const verified =
    signature.valid && problems.length === 0 && (state === 'active' || state === 'review-due');
  const by = key ? `${key.schemeName} (${key.institutionName})` : (issuerName ?? 'its issuer');
  let summary: string;
  if (!signature.valid) summary = `Not verified: ${signature.reason}`;
  else if (problems.length)
    summary = `The signature is valid, but the credential is not a well-formed Open Badge: ${problems[0]}`;
  else if (state === 'revoked')
    summary = `Revoked by ${by} on ${fmtDate(record!.revokedAt!)}: ${record!.revokedReason ?? 'no reason given'}.`;
  else if (state === 'lapsed')
    summary = `The signature is valid, but the credential lapsed on ${fmtDate(validUntil!)}: its review was due then.`;
  else if (state === 'not-yet-valid')
    summary = `The signature is valid, but the credential is only valid from ${fmtDate(validFrom!)}.`;
  else if (!key && !opts.lookup)
    summary = `The signature is valid: signed by the key ${controller} for ${issuerName ?? 'an unnamed issuer'}.`;
  else if (!key)
    summary = `The signature is valid, but the signing key does not belong to any scheme on this Cairn: check that ${issuerName ?? 'the issuer'} is who you expect.`;
  else
    summary = `Verified: issued by ${by}${key.retiredAt ? ` with a key retired on ${fmtDate(key.retiredAt)}` : ''}${state === 'review-due' ? `; its review is due in ${daysUntilReview} days` : ''}.`;
  return {
    verified,
    summary,
    signature: {
      valid: signature.valid,
      reason: signature.valid ? null : signature.reason,
      verificationMethod: signature.verificationMethod,
      cryptosuite: proof ? str(proof.cryptosuite) : null,
      created: proof ? str(proof.created) : null,
    },
    structure: { valid: problems.length === 0, problems },
    issuer: {
      id: issuerId,
      name: issuerName,
      url: issuerObj ? str(issuerObj.url) : null,
      known: !!key,
      schemeId: key?.schemeId ?? null,
      schemeName: key?.schemeName ?? null,
      institutionName: key?.institutionName ?? null,
      key: key ? (key.retiredAt ? 'retired' : 'current') : null,
      keyRetiredAt: key?.retiredAt ?? null,
    },
    status: {
      state,
      recorded: !!record,
      revokedAt: record?.revokedAt ?? null,
      revokedReason: record?.revokedReason ?? null,
      daysUntilReview,
    },
    credential: {
      id: str(c.id),
      name: str(c.name),
      recipientName: recipientName(subject),
      validFrom,
      validUntil,
      achievement: {
        name: str(a.name),
        description: str(a.description),
        criteria: isObject(a.criteria) ? str(a.criteria.narrative) : null,
        achievementType: str(a.achievementType),
        alignments,
      },
    },
  };
}

/** Parses credential text; a message that says what is wrong when it is not one. */
export function parseCredentialText(
  text: string,
): { ok: true; json: Json } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `This is not valid JSON: ${(e as Error).message}` };
  }
  if (!isObject(parsed))
    return {
      ok: false,
      message: 'A credential is a JSON object ({ ... }), not an array or a single value.',
    };
  if (!asArray(parsed.type).includes('VerifiableCredential'))
    return {
      ok: false,
      message:
        'This JSON is not a verifiable credential: its "type" does not include "VerifiableCredential".',
    };
  return { ok: true, json: parsed };
}
