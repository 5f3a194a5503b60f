import type { TCareerProfile, TTeamCareerSummary } from '../../../../contracts/careers';
import type { TSector } from '../../../../contracts/common';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { listAssessments } from './assessments';
import { classificationOf, targetOf, toProfile } from './profile';
import * as repo from './repository';
import { resolveTarget } from './role-profiles';

/**
 * What managers and admins see: only the profiles people share with them
 * (profile.shareWithManagers), with assessment summaries, target and plan progress. Anyone
 * who does not share is simply not there (404 for one person), as in the CPD log.
 */

type SharedRow = Awaited<ReturnType<typeof repo.listSharedProfiles>>[number];

async function summaryOf(
  db: Db,
  institutionId: string,
  row: SharedRow,
  plan: { user_id: string; status: string }[],
): Promise<TTeamCareerSummary> {
  const o = { institutionId, userId: row.user_id };
  const target = await resolveTarget(db, institutionId, targetOf(row));
  const goals = plan.filter((p) => p.user_id === row.user_id);
  return {
    userId: row.user_id,
    name: row.user_name,
    jobTitle: row.job_title,
    classification: classificationOf(row)?.effective ?? null,
    sector: (row.sector as TSector | null) ?? null,
    yearsInField: row.years_in_field == null ? null : Number(row.years_in_field),
    assessments: await listAssessments(db, o),
    target: target?.name ?? null,
    planGoals: {
      open: goals.filter((g) => g.status === 'not-started' || g.status === 'in-progress').length,
      achieved: goals.filter((g) => g.status === 'achieved').length,
    },
  };
}

export async function listTeam(db: Db, institutionId: string): Promise<TTeamCareerSummary[]> {
  const rows = await repo.listSharedProfiles(db, institutionId);
  const plan = await repo.planGoalStatuses(
    db,
    institutionId,
    rows.map((r) => r.user_id),
  );
  const out: TTeamCareerSummary[] = [];
  for (const r of rows) out.push(await summaryOf(db, institutionId, r, plan));
  return out;
}

export async function getTeamMember(
  db: Db,
  institutionId: string,
  userId: string,
): Promise<{ summary: TTeamCareerSummary; profile: TCareerProfile }> {
  const [row] = await repo.listSharedProfiles(db, institutionId, userId);
  if (!row) throw AppError.notFound('That person’s shared career profile');
  const plan = await repo.planGoalStatuses(db, institutionId, [userId]);
  return { summary: await summaryOf(db, institutionId, row, plan), profile: toProfile(row) };
}
