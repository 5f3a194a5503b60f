import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A URL-safe random secret with 256 bits of entropy. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets (session ids, link tokens, API tokens) are stored only as SHA-256 hashes. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
