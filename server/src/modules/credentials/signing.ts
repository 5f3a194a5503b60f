import { createHash, randomBytes } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { v5 as uuidv5 } from 'uuid';
import { documentLoader, OB_V3_CONTEXT, VC_V2_CONTEXT } from './document-loader';
import { didKeyOf, type KeyPairText, MULTIKEY_CONTEXT } from './keys';

/**
 * Building, signing and checking OpenBadgeCredentials: W3C VC 2.0 documents with an OB 3.0
 * achievement and a Data Integrity proof (eddsa-rdfc-2022). Pure of the database, so the
 * offline verifier, the benchmark and the browser test use it as the server does.
 */

export type Json = Record<string, unknown>;

export type CredentialInput = {
  id: string;
  issuer: { name: string; url: string; description?: string };
  recipient: { name: string; email: string };
  achievement: {
    /** Stable across credentials of the same scheme and achievement. */
    id?: string;
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
  validFrom: Date;
  /** ISO date or date-time of the review (validUntil); null: no review. */
  validUntil: string | null;
  /** Salt for the hashed e-mail address (random when absent). */
  salt?: string;
};

const ACHIEVEMENT_NAMESPACE = '6c1b0f4e-63a2-4a8f-9f0e-2b8d3c1a5e77';

/** XMLSchema dateTime without milliseconds, as credentials usually carry it. */
export const credentialDate = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** A review date (YYYY-MM-DD) becomes the end of that day, UTC. */
export function validUntilOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59Z` : value;
}

/** sha256$<hex> of the e-mail address with the salt appended, as OB 3.0 IdentityObject says. */
export function identityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(email.trim().toLowerCase() + salt, 'utf8')
    .digest('hex')}`;
}

/** The unsigned OpenBadgeCredential, issued by the did:key of the signing key. */
export function buildCredential(input: CredentialInput, issuerId: string): Json {
  const salt = input.salt ?? randomBytes(12).toString('hex');
  const a = input.achievement;
  const achievementId =
    a.id ?? `urn:uuid:${uuidv5(`${input.issuer.name}\n${a.name}`, ACHIEVEMENT_NAMESPACE)}`;
  const achievement: Json = {
    id: achievementId,
    type: ['Achievement'],
    name: a.name,
    description: a.description,
    criteria: { narrative: a.criteriaNarrative },
    ...(a.achievementType ? { achievementType: a.achievementType } : {}),
    ...(a.alignments.length
      ? {
          alignment: a.alignments.map((x) => ({
            type: ['Alignment'],
            targetName: x.targetName,
            targetUrl: x.targetUrl,
            ...(x.targetDescription ? { targetDescription: x.targetDescription } : {}),
            ...(x.targetFramework ? { targetFramework: x.targetFramework } : {}),
            ...(x.targetCode ? { targetCode: x.targetCode } : {}),
          })),
        }
      : {}),
  };
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${input.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: a.name,
    issuer: {
      id: issuerId,
      type: ['Profile'],
      name: input.issuer.name,
      url: input.issuer.url,
      ...(input.issuer.description ? { description: input.issuer.description } : {}),
    },
    validFrom: credentialDate(input.validFrom),
    ...(input.validUntil ? { validUntil: validUntilOf(input.validUntil) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: identityHash(input.recipient.email, salt),
          identityType: 'emailAddress',
          hashed: true,
          salt,
        },
        {
          type: 'IdentityObject',
          identityHash: input.recipient.name,
          identityType: 'name',
          hashed: false,
        },
      ],
      achievement,
    },
  };
}

/** Signs a credential with the key pair; its issuer id must be the key's did:key. */
export async function signCredential(credential: Json, key: KeyPairText): Promise<Json> {
  const { controller, vmId } = didKeyOf(key.publicKeyMultibase);
  const keyPair = await Ed25519Multikey.from({
    '@context': MULTIKEY_CONTEXT,
    type: 'Multikey',
    id: vmId,
    controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader });
  // OB 3.0's JSON Schema wants proof as an array (the same thing in JSON-LD).
  if (signed.proof && !Array.isArray(signed.proof)) signed.proof = [signed.proof];
  return signed;
}

/** Builds and signs in one step. */
export async function issueSigned(input: CredentialInput, key: KeyPairText): Promise<Json> {
  return signCredential(buildCredential(input, didKeyOf(key.publicKeyMultibase).controller), key);
}

export type SignatureCheck =
  | { valid: true; verificationMethod: string; controller: string }
  | { valid: false; reason: string; verificationMethod: string | null; controller: string | null };

const messagesOf = (error: unknown): string[] => {
  if (!error || typeof error !== 'object') return [];
  const e = error as { message?: string; errors?: unknown[] };
  const nested = (e.errors ?? []).flatMap(messagesOf);
  return nested.length ? nested : e.message ? [e.message] : [];
};

/**
 * Checks the proof alone: the signature over the canonical form of every signed field, by
 * the key its verificationMethod names, whose controller must be the issuer. Dates are judged
 * elsewhere (a lapsed credential still carries a valid signature).
 */
export async function checkSignature(credential: Json): Promise<SignatureCheck> {
  const proof = (Array.isArray(credential.proof) ? credential.proof[0] : credential.proof) as
    | Json
    | undefined;
  const vm = typeof proof?.verificationMethod === 'string' ? proof.verificationMethod : null;
  const controller = vm ? vm.split('#')[0]! : null;
  if (!proof)
    return {
      valid: false,
      reason: 'The credential has no proof.',
      verificationMethod: vm,
      controller,
    };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    return {
      valid: false,
      reason: `The proof is ${String(proof.type)} / ${String(proof.cryptosuite)}; Cairn verifies DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.`,
      verificationMethod: vm,
      controller,
    };
  }
  // Judge the signature at the credential's own start date, so that a lapsed one still checks.
  const from = typeof credential.validFrom === 'string' ? new Date(credential.validFrom) : null;
  const now = from && !Number.isNaN(from.getTime()) ? from : new Date();
  try {
    const result = await vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      now,
    });
    if (result.verified) return { valid: true, verificationMethod: vm!, controller: controller! };
    const reasons = [
      ...messagesOf(result.error),
      ...(result.results ?? []).flatMap((r) => messagesOf(r.error)),
    ];
    return {
      valid: false,
      reason: explain([...new Set(reasons)]),
      verificationMethod: vm,
      controller,
    };
  } catch (error) {
    return { valid: false, reason: explain(messagesOf(error)), verificationMethod: vm, controller };
  }
}

function explain(reasons: string[]): string {
  const unknown = reasons
    .map((r) => /Dereferencing a URL did not result.*URL: "([^"]+)"/s.exec(r)?.[1])
    .find(Boolean);
  if (unknown)
    return `The credential uses the JSON-LD document ${unknown}, which is not bundled with Cairn (Cairn never fetches documents from the network).`;
  if (reasons.some((r) => /Invalid signature/i.test(r)))
    return 'The signature does not match the content: the credential was changed after it was signed, or signed by another key.';
  if (reasons.length === 0) return 'The proof could not be verified.';
  return reasons.join(' ');
}
