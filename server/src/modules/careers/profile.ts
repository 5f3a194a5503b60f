import type { z } from 'zod';
import type {
  TCareerProfile,
  TCareerTarget,
  TCertification,
  TMembership,
  TProfileClassification,
  TQualification,
  ZCorrectClassificationBody,
  ZUpdateCareerProfileBody,
} from '../../../../contracts/careers';
import {
  STAGE_OF_SENIORITY,
  type TRoleFamily,
  type TSeniority,
  type TTitleClassification,
} from '../../../../contracts/classifier';
import type { TSector } from '../../../../contracts/common';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { classifyForInstitution } from './classify';
import * as repo from './repository';

/**
 * The career profile: one per person per institution (a person in two institutions keeps two,
 * since each is shared with that institution's managers only). The job title is classified
 * when it changes; the person's correction is kept while the automatic answer stays the same
 * (same family and seniority), and dropped when a new title changes either, since it
 * corrected an answer that no longer stands.
 */

type Owner = repo.Owner;
type Correction = { family: TRoleFamily; seniority: TSeniority; note: string | null; at: string };

const json = <T>(text: string | null, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

const DAY = 86_400_000;
export const todayIso = () => new Date().toISOString().slice(0, 10);

export function certificationStatus(expiresOn: string | null | undefined, today = todayIso()) {
  if (!expiresOn) return 'no-expiry' as const;
  if (expiresOn < today) return 'expired' as const;
  const horizon = new Date(Date.parse(today) + 90 * DAY).toISOString().slice(0, 10);
  return expiresOn <= horizon ? ('expiring' as const) : ('valid' as const);
}

export function classificationOf(row: repo.ProfileRow | undefined): TProfileClassification | null {
  const automatic = json<TTitleClassification | null>(row?.classification ?? null, null);
  if (!automatic) return null;
  const corrected = json<Correction | null>(row?.correction ?? null, null);
  const family = corrected?.family ?? automatic.family;
  const seniority = corrected?.seniority ?? automatic.seniority;
  return {
    automatic,
    corrected,
    effective: { family, seniority, stage: STAGE_OF_SENIORITY[seniority] },
    groups: automatic.groups,
  };
}

export const targetOf = (row: repo.ProfileRow | undefined) =>
  json<TCareerTarget | null>(row?.target ?? null, null);

export function toProfile(row: repo.ProfileRow | undefined): TCareerProfile {
  const today = todayIso();
  return {
    jobTitle: row?.job_title ?? null,
    employer: row?.employer ?? null,
    sector: (row?.sector as TSector | null) ?? null,
    country: row?.country ?? null,
    backgrounds: json(row?.backgrounds ?? null, []),
    backgroundNote: row?.background_note ?? null,
    yearsInField: row?.years_in_field == null ? null : Number(row.years_in_field),
    qualifications: json<TQualification[]>(row?.qualifications ?? null, []),
    certifications: json<TCertification[]>(row?.certifications ?? null, []).map((c) => ({
      ...c,
      status: certificationStatus(c.expiresOn, today),
    })),
    memberships: json<TMembership[]>(row?.memberships ?? null, []),
    classification: classificationOf(row),
    shareWithManagers: row?.share_with_managers === 1,
    updatedAt: row?.updated_at ?? null,
  };
}

export function emptyRow(o: Owner, now = nowIso()): repo.ProfileRow {
  return {
    institution_id: o.institutionId,
    user_id: o.userId,
    job_title: null,
    employer: null,
    sector: null,
    country: null,
    backgrounds: '[]',
    background_note: null,
    years_in_field: null,
    qualifications: '[]',
    certifications: '[]',
    memberships: '[]',
    classification: null,
    correction: null,
    target: null,
    share_with_managers: 0,
    created_at: now,
    updated_at: now,
  };
}

export async function getProfile(db: Db, o: Owner): Promise<TCareerProfile> {
  return toProfile(await repo.findProfile(db, o));
}

/** Saves a change to the profile row (creating it on first save); returns the new row. */
export async function patchRow(
  db: Db,
  o: Owner,
  change: (row: repo.ProfileRow) => Promise<repo.ProfileRow> | repo.ProfileRow,
): Promise<repo.ProfileRow> {
  const existing = await repo.findProfile(db, o);
  const now = nowIso();
  const row = { ...(await change({ ...(existing ?? emptyRow(o, now)) })), updated_at: now };
  await repo.saveProfile(db, row);
  return row;
}

const blankToNull = (s: string | null | undefined) => (s == null || s === '' ? null : s);
const clean = <T extends object>(xs: T[]) =>
  xs.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v === '' ? null : v])));

export async function updateProfile(
  db: Db,
  o: Owner,
  body: z.output<typeof ZUpdateCareerProfileBody>,
): Promise<TCareerProfile> {
  const row = await patchRow(db, o, async (row) => {
    if (body.jobTitle !== undefined) {
      const title = blankToNull(body.jobTitle);
      if (title !== row.job_title) {
        const before = json<TTitleClassification | null>(row.classification, null);
        const after = title ? await classifyForInstitution(db, o.institutionId, title) : null;
        row.job_title = title;
        row.classification = after ? JSON.stringify(after) : null;
        const same =
          before && after && before.family === after.family && before.seniority === after.seniority;
        if (!same) row.correction = null;
      }
    }
    if (body.employer !== undefined) row.employer = blankToNull(body.employer);
    if (body.sector !== undefined) row.sector = body.sector;
    if (body.country !== undefined) row.country = body.country;
    if (body.backgrounds !== undefined)
      row.backgrounds = JSON.stringify([...new Set(body.backgrounds)]);
    if (body.backgroundNote !== undefined) row.background_note = blankToNull(body.backgroundNote);
    if (body.yearsInField !== undefined) row.years_in_field = body.yearsInField;
    if (body.qualifications !== undefined)
      row.qualifications = JSON.stringify(clean(body.qualifications));
    if (body.certifications !== undefined) {
      const problems = body.certifications.flatMap((c, i) =>
        c.awardedOn && c.expiresOn && c.expiresOn < c.awardedOn
          ? [{ path: `certifications.${i}.expiresOn`, message: 'must not be before awardedOn' }]
          : [],
      );
      if (problems.length) throw AppError.validation(problems);
      row.certifications = JSON.stringify(clean(body.certifications));
    }
    if (body.memberships !== undefined) row.memberships = JSON.stringify(clean(body.memberships));
    if (body.shareWithManagers !== undefined)
      row.share_with_managers = body.shareWithManagers ? 1 : 0;
    return row;
  });
  return toProfile(row);
}

export async function correctClassification(
  db: Db,
  o: Owner,
  body: z.output<typeof ZCorrectClassificationBody>,
): Promise<TCareerProfile> {
  const existing = await repo.findProfile(db, o);
  if (!existing?.job_title || !existing.classification) {
    throw new AppError(
      422,
      'VALIDATION_FAILED',
      'There is no job title to correct: add your job title to your profile first.',
    );
  }
  const row = await patchRow(db, o, (row) => {
    row.correction = body.correction
      ? JSON.stringify({
          family: body.correction.family,
          seniority: body.correction.seniority,
          note: blankToNull(body.correction.note ?? null),
          at: nowIso(),
        } satisfies Correction)
      : null;
    return row;
  });
  return toProfile(row);
}
