import { readFile, stat } from 'node:fs/promises';
import {
  CREDENTIAL_STATE_LABELS,
  type TVerificationReport,
  VERIFY_MAX_BYTES,
} from '../../../../contracts/credentials';
import { parseCredentialText, verifyCredentialJson } from './verify';

/**
 * `npx cairn verify-credential <file>`: verifies a credential file with no network and no
 * database. It checks the signature and structure and reads the dates; which scheme holds the
 * key, and revocation, only a Cairn server can tell (its /verify page).
 */
export async function verifyCredentialFile(
  file: string,
  now = new Date(),
): Promise<TVerificationReport> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === 'ENOENT'
        ? `There is no file ${file}. Give the path of a credential's JSON file.`
        : `Cannot read ${file}: ${error.message}`,
    );
  });
  if (!info.isFile())
    throw new Error(`${file} is not a file. Give the path of a credential's JSON file.`);
  if (info.size > VERIFY_MAX_BYTES)
    throw new Error(
      `${file} is ${Math.round(info.size / 1024)} KB; a credential is at most 256 KB.`,
    );
  const parsed = parseCredentialText(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return verifyCredentialJson(parsed.json, { now });
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The report as lines for a terminal. */
export function formatReport(r: TVerificationReport): string {
  const c = r.credential;
  const lines = [
    r.summary,
    '',
    `${mark(r.signature.valid)} signature${r.signature.valid ? ` (${r.signature.cryptosuite}, ${r.signature.verificationMethod?.split('#')[0]})` : `: ${r.signature.reason}`}`,
    `${mark(r.structure.valid)} Open Badges 3.0 structure${r.structure.valid ? '' : `: ${r.structure.problems.join(' ')}`}`,
    `  status: ${CREDENTIAL_STATE_LABELS[r.status.state]}${r.status.daysUntilReview !== null && r.status.daysUntilReview > 0 ? ` (review due in ${r.status.daysUntilReview} days)` : ''}`,
    `  issuer: ${r.issuer.name ?? '?'} (${r.issuer.id ?? 'no id'})${r.issuer.url ? ` ${r.issuer.url}` : ''}`,
    `  achievement: ${c.achievement.name ?? '?'}${c.achievement.achievementType ? ` [${c.achievement.achievementType}]` : ''}`,
    `  recipient: ${c.recipientName ?? '(not named)'}`,
    `  valid from ${c.validFrom ?? '?'}${c.validUntil ? ` until ${c.validUntil}` : ''}`,
    ...c.achievement.alignments.map((a) => `  aligned to: ${a.targetName} (${a.targetUrl})`),
    '',
    'Checked offline: which scheme holds the key, and whether it was revoked, only the issuing Cairn can tell (its /verify page).',
  ];
  return lines.join('\n');
}

/** Runs the command; the exit code is 0 when the credential verifies, 1 otherwise. */
export async function runVerifyCredential(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('Usage: npx cairn verify-credential <credential.json>');
    return 2;
  }
  try {
    const report = await verifyCredentialFile(file);
    console.log(formatReport(report));
    return report.verified ? 0 : 1;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}
