import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Config } from '../../config';

/**
 * Scheme signing keys: Ed25519 Multikeys whose controller is their own did:key, so anyone can
 * verify a signature from the credential alone. The secret half is stored encrypted with
 * AES-256-GCM under a key derived from CREDENTIAL_KEY_SECRET (or a generated secret file).
 */

export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
// An Ed25519 public key as multibase base58btc with the 0xed01 multicodec prefix.
const DID_KEY =
  /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{44,45})(?:#(z6Mk[1-9A-HJ-NP-Za-km-z]{44,45}))?$/;

export const isDidKey = (url: string): boolean => DID_KEY.test(url);

/** The did:key (controller) and verification method id of a public key. */
export function didKeyOf(publicKeyMultibase: string): { controller: string; vmId: string } {
  const controller = `did:key:${publicKeyMultibase}`;
  return { controller, vmId: `${controller}#${publicKeyMultibase}` };
}

/** The verification method a did:key URL with a fragment names, or null if it is not one. */
export function didKeyVerificationMethod(url: string): Record<string, unknown> | null {
  const m = DID_KEY.exec(url);
  if (!m?.[2] || m[1] !== m[2]) return null;
  return {
    '@context': MULTIKEY_CONTEXT,
    id: url,
    type: 'Multikey',
    controller: `did:key:${m[1]}`,
    publicKeyMultibase: m[1],
  };
}

/** The controller document of a did:key: its one key may assert (sign credentials). */
export function didKeyDocument(url: string): Record<string, unknown> | null {
  const m = DID_KEY.exec(url);
  if (!m || m[2]) return null;
  const { controller, vmId } = didKeyOf(m[1]!);
  const vm = didKeyVerificationMethod(vmId)!;
  delete vm['@context'];
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: controller,
    verificationMethod: [vm],
    assertionMethod: [vmId],
    authentication: [vmId],
  };
}

export type KeyPairText = { publicKeyMultibase: string; secretKeyMultibase: string };

/** A new Ed25519 key pair, as multibase text. */
export async function generateKeyPair(): Promise<KeyPairText> {
  const key = await Ed25519Multikey.generate();
  const exported = await key.export({ publicKey: true, secretKey: true, includeContext: false });
  if (!exported.publicKeyMultibase || !exported.secretKeyMultibase)
    throw new Error('The generated key pair could not be exported.');
  return {
    publicKeyMultibase: exported.publicKeyMultibase,
    secretKeyMultibase: exported.secretKeyMultibase,
  };
}

// --- encryption at rest -------------------------------------------------------------------

const SECRET_FILE = 'credential-key-secret';
const secrets = new Map<string, Buffer>();

/**
 * The key-encryption key: HKDF-SHA256 of CREDENTIAL_KEY_SECRET, or of a random secret written
 * once into DATA_DIR (mode 0600) when the variable is unset.
 */
export function keyEncryptionKey(
  config: Pick<Config, 'credentialKeySecret' | 'dataDir'>,
  log?: { warn: (msg: string) => void },
): Buffer {
  const cacheKey = config.credentialKeySecret
    ? `env:${config.credentialKeySecret}`
    : config.dataDir;
  const cached = secrets.get(cacheKey);
  if (cached) return cached;
  let secret = config.credentialKeySecret;
  if (!secret) {
    const file = path.join(config.dataDir, SECRET_FILE);
    try {
      secret = readFileSync(file, 'utf8').trim();
    } catch {
      mkdirSync(config.dataDir, { recursive: true });
      const fresh = randomBytes(32).toString('base64url');
      try {
        writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
        (log ?? console).warn(
          `Generated ${file} to encrypt credential signing keys. A deployment with more than one server must set CREDENTIAL_KEY_SECRET to one shared value instead.`,
        );
      } catch {
        // another process wrote it first: use theirs
      }
      secret = readFileSync(file, 'utf8').trim();
    }
  }
  const key = Buffer.from(
    hkdfSync('sha256', secret, 'cairn-credential-keys', 'aes-256-gcm key encryption', 32),
  );
  secrets.set(cacheKey, key);
  return key;
}

/** Encrypts a secret key; the key's id is bound in as associated data. */
export function encryptSecret(kek: Buffer, keyId: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(keyId));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ct]
    .map((x) => (typeof x === 'string' ? x : x.toString('base64url')))
    .join('.');
}

export function decryptSecret(kek: Buffer, keyId: string, stored: string): string {
  const [version, iv, tag, ct] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ct) throw new Error('Unknown encrypted key format.');
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
