/**
 * Credentials: sign and verify N OpenBadgeCredentials (Data Integrity, eddsa-rdfc-2022: JSON-LD
 * expansion and RDF canonicalisation, then Ed25519) with the bundled contexts. The baseline,
 * measured in the same run, is a bare node:crypto Ed25519 sign and verify of the same
 * credential's JSON bytes: the ratio is the price of canonicalisation and the VC checks.
 *   npm run bench:credentials         (N=200 by default; BENCH_N=1000 for more)
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { generateKeyPair } from '../server/src/modules/credentials/keys';
import {
  checkSignature,
  type CredentialInput,
  issueSigned,
  type Json,
} from '../server/src/modules/credentials/signing';

const N = Number(process.env.BENCH_N ?? 200);

const input = (i: number): CredentialInput => ({
  id: crypto.randomUUID(),
  issuer: { name: 'Bench scheme', url: 'https://cairn.example' },
  recipient: { name: `Candidate ${i}`, email: `candidate${i}@example.test` },
  achievement: {
    name: 'Certified Member of ALT (CMALT)',
    description: 'Awarded for a portfolio that met every CMALT core area and a specialist area.',
    criteriaNarrative: 'Two assessors judged each section on description, evidence and reflection.',
    achievementType: 'Certificate',
    alignments: [1, 2, 3, 4, 5].map((n) => ({
      targetName: `Core area ${n}`,
      targetUrl: `https://cairn.example/frameworks/cmalt/${n}`,
      targetFramework: 'CMALT',
      targetCode: String(n),
    })),
  },
  validFrom: new Date(),
  validUntil: '2029-11-22',
});

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
  const key = await generateKeyPair();
  // Warm up (contexts parsed, JIT) before measuring.
  for (let i = 0; i < 10; i++) await checkSignature(await issueSigned(input(i), key));

  const inputs = Array.from({ length: N }, (_, i) => input(i));
  let start = process.hrtime.bigint();
  const signed: Json[] = [];
  for (const x of inputs) signed.push(await issueSigned(x, key));
  const signMs = ms(start) / N;

  start = process.hrtime.bigint();
  let valid = 0;
  for (const c of signed) if ((await checkSignature(c)).valid) valid++;
  const verifyMs = ms(start) / N;
  if (valid !== N) throw new Error(`only ${valid} of ${N} credentials verified`);

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const bytes = signed.map((c) => Buffer.from(JSON.stringify(c)));
  start = process.hrtime.bigint();
  const sigs = bytes.map((b) => sign(null, b, privateKey));
  const bareSignMs = ms(start) / N;
  start = process.hrtime.bigint();
  for (let i = 0; i < N; i++)
    if (!verify(null, bytes[i]!, publicKey, sigs[i]!)) throw new Error('bare verify failed');
  const bareVerifyMs = ms(start) / N;

  const kb = (bytes.reduce((n, b) => n + b.length, 0) / N / 1024).toFixed(1);
  console.log(`credentials: ${N} OpenBadgeCredentials of ${kb} KB each (eddsa-rdfc-2022)`);
  console.log(
    `  sign    ${signMs.toFixed(2)} ms each   bare Ed25519 ${bareSignMs.toFixed(3)} ms   ratio ${(signMs / bareSignMs).toFixed(0)}×`,
  );
  console.log(
    `  verify  ${verifyMs.toFixed(2)} ms each   bare Ed25519 ${bareVerifyMs.toFixed(3)} ms   ratio ${(verifyMs / bareVerifyMs).toFixed(0)}×`,
  );
}

await main();
