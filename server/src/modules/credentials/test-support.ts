import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';
import type { Tenant, TestApp } from '../../test/harness';
import { type IssueInput, issueCredential } from './service';

/** Test support for credentials: schemes as rows, issued credentials, the OB 3.0 schema. */

export const OB_SCHEMA = path.resolve(
  import.meta.dirname,
  '../../../../../shared/standards/ob-v3p0-achievementcredential.schema.json',
);

export type Validator = ((data: unknown) => boolean) & { errors?: unknown };

/** The published OB 3.0 AchievementCredential schema; null when ../shared is absent. */
export function obValidator(): Validator | null {
  if (!existsSync(OB_SCHEMA)) return null;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(OB_SCHEMA, 'utf8'))) as Validator;
}

/** A review scheme of the tenant's institution (the reviews module owns the table). */
export async function createScheme(
  t: TestApp,
  tenant: Tenant,
  name = 'In-house CMALT',
): Promise<string> {
  const id = newId();
  const at = nowIso();
  await t.database.db
    .insertInto('review_schemes')
    .values({ id, institution_id: tenant.institutionId, name, created_at: at, updated_at: at })
    .execute();
  return id;
}

export const inDays = (days: number, from = new Date()) =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Issues a credential to the tenant's practitioner (a pass, as the review workflow does). */
export async function issueTo(
  t: TestApp,
  tenant: Tenant,
  schemeId: string,
  over: Partial<IssueInput> = {},
) {
  return issueCredential(t.deps, {
    schemeId,
    submissionId: null,
    recipient: {
      userId: tenant.practitioner.userId,
      name: 'Practitioner of the tenant',
      email: tenant.practitioner.email,
    },
    achievement: {
      name: 'Certified Member of ALT (CMALT)',
      description: 'Awarded for a portfolio that met every CMALT core and specialist area.',
      criteriaNarrative: 'A portfolio judged by two assessors against the CMALT core areas.',
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
    reviewDueOn: inDays(3 * 365),
    ...over,
  });
}
