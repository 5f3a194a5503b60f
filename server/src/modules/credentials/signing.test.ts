import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, verifyCredentialFile } from './cli';
import { BUNDLED_CONTEXTS, documentLoader, UnknownDocumentError } from './document-loader';
import {
  decryptSecret,
  didKeyOf,
  encryptSecret,
  generateKeyPair,
  type KeyPairText,
  keyEncryptionKey,
} from './keys';
import {
  type CredentialInput,
  checkSignature,
  identityHash,
  issueSigned,
  type Json,
} from './signing';
import { obValidator } from './test-support';
import { credentialState, verifyCredentialJson } from './verify';

/** Signing and verifying without a server: what the offline verifier relies on. */

const input = (over: Partial<CredentialInput> = {}): CredentialInput => ({
  id: '5f0c8a52-3d7e-4b8e-9a51-0d5b8f3c2a11',
  issuer: { name: 'Harbour CMALT scheme', url: 'https://cairn.test' },
  recipient: { name: 'Ada Lovelace', email: 'Ada@Example.test' },
  achievement: {
    name: 'Certified Member of ALT (CMALT)',
    description: 'Awarded for a portfolio that met every CMALT area.',
    criteriaNarrative: 'Two assessors judged each section on description, evidence and reflection.',
    achievementType: 'Certificate',
    alignments: [
      {
        targetName: 'Operational issues',
        targetUrl: 'https://cairn.test/frameworks/cmalt/1',
        targetFramework: 'CMALT',
        targetCode: '1',
      },
    ],
  },
  validFrom: new Date('2026-11-22T10:00:00Z'),
  validUntil: '2029-11-22',
  ...over,
});

let key: KeyPairText;
let signed: Json;
const now = new Date('2027-01-10T12:00:00Z');

const tmp = mkdtempSync(path.join(tmpdir(), 'cairn-cred-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('an OpenBadgeCredential signed with a scheme key', () => {
  it('is a VC 2.0 with an OB 3.0 achievement, issued by the key’s did:key, and verifies', async () => {
    key = await generateKeyPair();
    signed = await issueSigned(input(), key);
    const { controller } = didKeyOf(key.publicKeyMultibase);
    expect(signed['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(signed.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(signed.issuer).toMatchObject({
      id: controller,
      type: ['Profile'],
      name: 'Harbour CMALT scheme',
    });
    expect(signed.validFrom).toBe('2026-11-22T10:00:00Z');
    expect(signed.validUntil).toBe('2029-11-22T23:59:59Z');
    expect(signed.proof).toMatchObject([
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: `${controller}#${key.publicKeyMultibase}`,
      },
    ]);
    // The e-mail address is only there hashed (sha256 of the lower-cased address and the salt).
    const subject = signed.credentialSubject as {
      identifier: { identityHash: string; salt?: string }[];
    };
    expect(JSON.stringify(signed)).not.toContain('Example.test');
    expect(JSON.stringify(signed)).not.toContain('example.test');
    expect(subject.identifier[0]!.identityHash).toBe(
      identityHash('ada@example.test', subject.identifier[0]!.salt!),
    );

    const report = await verifyCredentialJson(signed, { now });
    expect(report).toMatchObject({
      verified: true,
      signature: { valid: true, reason: null, cryptosuite: 'eddsa-rdfc-2022' },
      structure: { valid: true, problems: [] },
      issuer: { id: controller, name: 'Harbour CMALT scheme', known: false },
      status: { state: 'active', recorded: false },
      credential: {
        recipientName: 'Ada Lovelace',
        achievement: { name: 'Certified Member of ALT (CMALT)', achievementType: 'Certificate' },
      },
    });
    expect(report.credential.achievement.alignments).toEqual([
      expect.objectContaining({ targetName: 'Operational issues', targetCode: '1' }),
    ]);
    expect(report.summary).toBe(
      `The signature is valid: signed by the key ${controller} for Harbour CMALT scheme.`,
    );
  });

  const validate = obValidator();
  if (!validate)
    console.log(
      'Skipping the OB 3.0 JSON Schema check: ../shared/standards/ob-v3p0-achievementcredential.schema.json is absent.',
    );
  it.skipIf(!validate)(
    'is valid against the published OB 3.0 AchievementCredential JSON Schema',
    () => {
      const ok = validate!(signed);
      expect(validate!.errors ?? null, JSON.stringify(validate!.errors, null, 1)).toBeNull();
      expect(ok).toBe(true);
      // ...and the schema is not a rubber stamp: a credential without its issuer fails it.
      const { issuer: _issuer, ...noIssuer } = signed;
      expect(validate!(noIssuer)).toBe(false);
    },
  );

  const tampered: [string, (c: Json) => void][] = [
    [
      'the achievement name',
      (c) => {
        ((c.credentialSubject as Json).achievement as Json).name =
          'Certified Member of ALT (CMALT)!';
      },
    ],
    [
      'the credential name, by one letter',
      (c) => {
        c.name = (c.name as string).replace('C', 'c');
      },
    ],
    [
      'the review date',
      (c) => {
        c.validUntil = '2039-11-22T23:59:59Z';
      },
    ],
    [
      'the issue date, by one second',
      (c) => {
        c.validFrom = '2026-11-22T10:00:01Z';
      },
    ],
    [
      'the recipient’s name',
      (c) => {
        ((c.credentialSubject as Json).identifier as Json[])[1]!.identityHash = 'Ada Lovelase';
      },
    ],
    [
      'an alignment',
      (c) => {
        (((c.credentialSubject as Json).achievement as Json).alignment as Json[])[0]!.targetCode =
          '2';
      },
    ],
    [
      'the issuer’s name',
      (c) => {
        (c.issuer as Json).name = 'Another scheme';
      },
    ],
    [
      'one character of the proof value',
      (c) => {
        const p = (c.proof as Json[])[0] as Json;
        const v = p.proofValue as string;
        p.proofValue = `${v.slice(0, 20)}${v[20] === 'A' ? 'B' : 'A'}${v.slice(21)}`;
      },
    ],
    [
      'the proof’s creation time',
      (c) => {
        ((c.proof as Json[])[0] as Json).created = '2020-01-01T00:00:00Z';
      },
    ],
  ];
  it.each(tampered)('fails verification when %s changes', async (_what, change) => {
    const copy = structuredClone(signed);
    change(copy);
    const report = await verifyCredentialJson(copy, { now });
    expect(report.verified).toBe(false);
    expect(report.signature.valid).toBe(false);
    expect(report.summary).toMatch(/^Not verified/);
  });

  it('fails when another key signs it but keeps the issuer, or when the proof is removed', async () => {
    const other = await generateKeyPair();
    const forged = await issueSigned(input(), other);
    forged.issuer = signed.issuer; // claims the first key's issuer
    expect((await checkSignature(forged)).valid).toBe(false);
    const { proof: _p, ...bare } = signed;
    const report = await verifyCredentialJson(bare, { now });
    expect(report).toMatchObject({
      verified: false,
      signature: { valid: false, reason: 'The credential has no proof.' },
    });
    expect(report.structure.problems).toContain('proof is missing: the credential is not signed.');
  });

  it('reports a credential past its review date as lapsed, yet with a valid signature', async () => {
    const report = await verifyCredentialJson(signed, { now: new Date('2029-11-23T00:00:00Z') });
    expect(report).toMatchObject({
      verified: false,
      signature: { valid: true },
      status: { state: 'lapsed' },
    });
    expect(report.summary).toBe(
      'The signature is valid, but the credential lapsed on 2029-11-22: its review was due then.',
    );
    const soon = await verifyCredentialJson(signed, { now: new Date('2029-10-01T00:00:00Z') });
    expect(soon).toMatchObject({
      verified: true,
      status: { state: 'review-due', daysUntilReview: 53 },
    });
  });
});

describe('credential state', () => {
  const c = {
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2029-01-01T00:00:00Z',
    revokedAt: null,
  };
  it.each([
    ['2026-06-01T00:00:00Z', c, 'active'],
    ['2028-10-04T00:00:00Z', c, 'review-due'],
    ['2029-01-01T00:00:01Z', c, 'lapsed'],
    ['2025-12-01T00:00:00Z', c, 'not-yet-valid'],
    ['2026-06-01T00:00:00Z', { ...c, revokedAt: '2026-05-01T00:00:00Z' }, 'revoked'],
    ['2040-06-01T00:00:00Z', { ...c, validUntil: null }, 'active'],
  ] as const)('at %s is as expected', (at, credential, state) => {
    expect(credentialState(credential, new Date(at)).state).toBe(state);
  });
});

describe('the document loader', () => {
  it('serves the bundled contexts and did:key documents, and refuses any other URL', async () => {
    expect(BUNDLED_CONTEXTS).toEqual(
      expect.arrayContaining([
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/security/multikey/v1',
      ]),
    );
    const { controller, vmId } = didKeyOf(key.publicKeyMultibase);
    expect((await documentLoader(controller)).document).toMatchObject({
      id: controller,
      assertionMethod: [vmId],
    });
    expect((await documentLoader(vmId)).document).toMatchObject({ type: 'Multikey', controller });
    for (const url of [
      'https://example.org/context.json',
      'http://www.w3.org/ns/credentials/v2',
      'did:web:example.org',
      `${controller}#not-the-key`,
    ]) {
      await expect(documentLoader(url), url).rejects.toBeInstanceOf(UnknownDocumentError);
    }
  });

  it('makes a credential with an unknown context fail verification without fetching it', async () => {
    const withExtra = structuredClone(signed);
    (withExtra['@context'] as string[]).push('https://evil.example/context.json');
    const report = await verifyCredentialJson(withExtra, { now });
    expect(report.signature.valid).toBe(false);
    expect(report.signature.reason).toContain(
      'https://evil.example/context.json, which is not bundled with Cairn',
    );
  });
});

describe('secret keys at rest', () => {
  it('are encrypted with AES-256-GCM bound to the key id, and the secret file is private', () => {
    const dataDir = path.join(tmp, 'data');
    const kek = keyEncryptionKey({ credentialKeySecret: undefined, dataDir }, { warn: () => {} });
    expect(statSync(path.join(dataDir, 'credential-key-secret')).mode & 0o777).toBe(0o600);
    // The same folder gives the same key (another process reads the file).
    expect(keyEncryptionKey({ credentialKeySecret: undefined, dataDir })).toEqual(kek);
    const stored = encryptSecret(kek, 'key-1', key.secretKeyMultibase);
    expect(stored).not.toContain(key.secretKeyMultibase);
    expect(decryptSecret(kek, 'key-1', stored)).toBe(key.secretKeyMultibase);
    expect(() => decryptSecret(kek, 'key-2', stored)).toThrow();
    const other = keyEncryptionKey({ credentialKeySecret: 'x'.repeat(40), dataDir });
    expect(() => decryptSecret(other, 'key-1', stored)).toThrow();
  });
});

describe('the offline verification command', () => {
  it('verifies a file with no network and no database, and explains a tampered one', async () => {
    const good = path.join(tmp, 'good.json');
    writeFileSync(good, JSON.stringify(signed, null, 2));
    const report = await verifyCredentialFile(good, now);
    expect(report).toMatchObject({
      verified: true,
      signature: { valid: true },
      issuer: { known: false },
    });
    const text = formatReport(report);
    expect(text).toContain('✓ signature (eddsa-rdfc-2022');
    expect(text).toContain('achievement: Certified Member of ALT (CMALT) [Certificate]');

    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify(signed).replace('Ada Lovelace', 'Ada Lovelacf'));
    const badReport = await verifyCredentialFile(bad, now);
    expect(badReport.verified).toBe(false);
    expect(formatReport(badReport)).toContain(
      '✗ signature: The signature does not match the content',
    );

    const notJson = path.join(tmp, 'not.json');
    writeFileSync(notJson, '{"type": ["VerifiableCredential"');
    await expect(verifyCredentialFile(notJson)).rejects.toThrow(/not valid JSON/);
    await expect(verifyCredentialFile(path.join(tmp, 'missing.json'))).rejects.toThrow(
      /There is no file .*missing\.json\. Give the path of a credential's JSON file\./,
    );
    await expect(verifyCredentialFile(tmp)).rejects.toThrow(/is not a file/);
  });
});
