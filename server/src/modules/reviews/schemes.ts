import type { z } from 'zod';
import {
  LEAD_ELIGIBLE_AFTER,
  type TAchievement,
  type TScheme,
  type TSchemeAssessor,
  type TSchemeCoordinator,
  type TSubmissionWindow,
  type ZAddAssessorBody,
  type ZCreateSchemeBody,
  type ZUpdateAssessorBody,
  type ZUpdateSchemeBody,
} from '../../../../contracts/reviews';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError, type FieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { findUserByEmail } from '../auth/repository';
import { findTemplate } from '../portfolios/repository';
import { builtinTemplateId } from '../portfolios/templates/sync';
import * as repo from './repository';

/*
 * Schemes and their people. A scheme's coordinators are the administrators and managers of the
 * institution that runs it, plus people named on the scheme; its assessors are named people
 * from any institution on the server. Anyone else gets 404 for anything of the scheme, except
 * candidates, who may read a scheme they can submit to.
 */

export type Viewer = { userId: string; institutionId: string | null };

export type Relation = { coordinator: boolean; assessor: boolean; candidate: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function relationTo(
  db: Db,
  scheme: repo.SchemeRow,
  userId: string,
  memberships?: { institutionId: string; roles: string[] }[],
): Promise<Relation> {
  const ms = memberships ?? (await repo.activeMemberships(db, userId));
  const inInstitution = ms.find((m) => m.institutionId === scheme.institution_id);
  const coordinator =
    !!inInstitution?.roles.some((r) => r === 'admin' || r === 'manager') ||
    !!(await repo.namedCoordinator(db, scheme.id, userId));
  const assessor = !!(await repo.schemeAssessor(db, scheme.id, userId));
  const candidate =
    scheme.status === 'active' && (scheme.open_to === 'any-institution' || !!inInstitution);
  return { coordinator, assessor, candidate };
}

export const isRelated = (r: Relation) => r.coordinator || r.assessor || r.candidate;

/** The scheme if the person coordinates it (404 otherwise, so its existence stays private). */
export async function schemeForCoordinator(db: Db, userId: string, schemeId: string) {
  const scheme = await repo.findScheme(db, schemeId);
  if (!scheme) throw AppError.notFound('That scheme');
  const rel = await relationTo(db, scheme, userId);
  if (!rel.coordinator) throw AppError.notFound('That scheme');
  return { scheme, rel };
}

export const windowsOf = (row: repo.SchemeRow): TSubmissionWindow[] =>
  JSON.parse(row.windows) as TSubmissionWindow[];

/** Whether the scheme takes submissions on this day (rolling, or inside a window). */
export function openOn(row: repo.SchemeRow, day: string): boolean {
  if (row.submission_mode !== 'windows') return true;
  return windowsOf(row).some((w) => w.opensOn <= day && day <= w.closesOn);
}

export function achievementOf(row: repo.SchemeRow): TAchievement {
  const stored = row.achievement ? (JSON.parse(row.achievement) as Partial<TAchievement>) : {};
  return {
    name: stored.name ?? row.name,
    description: stored.description ?? (row.description || `Accredited through ${row.name}.`),
    criteriaNarrative:
      stored.criteriaNarrative ??
      'A portfolio judged by two assessors to meet every section on description, evidence and reflection.',
    frameworkId: stored.frameworkId ?? null,
    achievementType: stored.achievementType ?? 'Certificate',
  };
}

export async function toScheme(
  db: Db,
  row: repo.SchemeRow,
  rel: Relation,
  today = nowIso().slice(0, 10),
): Promise<TScheme> {
  const ids = JSON.parse(row.accepted_template_ids) as string[];
  const templates = ids.length
    ? await db
        .selectFrom('portfolio_templates')
        .select(['id', 'title'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const titles = new Map(templates.map((t) => [t.id, t.title]));
  return {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    name: row.name,
    description: row.description,
    acceptedTemplateIds: ids,
    acceptedTemplates: ids.map((id) => ({ id, title: titles.get(id) ?? 'A removed template' })),
    openTo: row.open_to as TScheme['openTo'],
    submissionMode: row.submission_mode as TScheme['submissionMode'],
    windows: windowsOf(row),
    openNow: openOn(row, today),
    turnaroundDays: row.turnaround_days,
    assessorDaysToJudge: row.assessor_days_to_judge,
    showAssessorNames: row.show_assessor_names === 1,
    reviewIntervalYears: row.review_interval_years,
    achievement: achievementOf(row),
    status: row.status as TScheme['status'],
    my: rel,
    counts: rel.coordinator ? await repo.stateCounts(db, row.id) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listSchemes(db: Db, viewer: Viewer): Promise<TScheme[]> {
  const ms = await repo.activeMemberships(db, viewer.userId);
  const rows = await repo.schemesNear(
    db,
    viewer.userId,
    ms.map((m) => m.institutionId),
  );
  const out: TScheme[] = [];
  for (const row of rows) {
    const rel = await relationTo(db, row, viewer.userId, ms);
    if (isRelated(rel)) out.push(await toScheme(db, row, rel));
  }
  return out;
}

export async function getScheme(db: Db, viewer: Viewer, id: string): Promise<TScheme> {
  const row = await repo.findScheme(db, id);
  if (!row) throw AppError.notFound('That scheme');
  const rel = await relationTo(db, row, viewer.userId);
  if (!isRelated(rel)) throw AppError.notFound('That scheme');
  return toScheme(db, row, rel);
}

/** Template ids or built-in keys, resolved against what the running institution can use. */
async function resolveTemplates(
  db: Db,
  institutionId: string,
  refs: string[],
  problems: FieldError[],
) {
  const ids: string[] = [];
  for (const [i, ref] of refs.entries()) {
    const id = UUID.test(ref) ? ref : builtinTemplateId(ref);
    const t = await findTemplate(db, institutionId, id);
    if (!t) {
      problems.push({
        path: `acceptedTemplateIds.${i}`,
        message:
          'is not a portfolio template this institution can use (give its id, or a built-in key such as "cmalt")',
      });
    } else if (!ids.includes(t.id)) ids.push(t.id);
  }
  return ids;
}

async function checkFramework(
  db: Db,
  institutionId: string,
  frameworkId: string | null,
  problems: FieldError[],
) {
  if (!frameworkId) return;
  const f = await db
    .selectFrom('frameworks')
    .select('id')
    .where('id', '=', frameworkId)
    .where((eb) =>
      eb.or([eb('institution_id', 'is', null), eb('institution_id', '=', institutionId)]),
    )
    .executeTakeFirst();
  if (!f)
    problems.push({
      path: 'achievement.frameworkId',
      message: 'is not a framework this institution can use',
    });
}

export async function createScheme(
  db: Db,
  viewer: Viewer & { institutionId: string },
  body: z.output<typeof ZCreateSchemeBody>,
): Promise<TScheme> {
  const problems: FieldError[] = [];
  const templateIds = await resolveTemplates(
    db,
    viewer.institutionId,
    body.acceptedTemplateIds,
    problems,
  );
  await checkFramework(db, viewer.institutionId, body.achievement.frameworkId, problems);
  if (problems.length) throw AppError.validation(problems);
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('review_schemes')
    .values({
      id,
      institution_id: viewer.institutionId,
      name: body.name,
      created_at: now,
      updated_at: now,
      description: body.description,
      accepted_template_ids: JSON.stringify(templateIds),
      open_to: body.openTo,
      submission_mode: body.submissionMode,
      windows: JSON.stringify(body.windows),
      turnaround_days: body.turnaroundDays,
      assessor_days_to_judge: body.assessorDaysToJudge,
      show_assessor_names: body.showAssessorNames ? 1 : 0,
      review_interval_years: body.reviewIntervalYears,
      achievement: JSON.stringify(body.achievement),
      status: 'active',
    })
    .execute();
  return getScheme(db, viewer, id);
}

export async function updateScheme(
  db: Db,
  viewer: Viewer,
  id: string,
  body: z.output<typeof ZUpdateSchemeBody>,
): Promise<TScheme> {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, id);
  const problems: FieldError[] = [];
  const patch: Record<string, string | number | null> = {};
  if (body.acceptedTemplateIds) {
    patch.accepted_template_ids = JSON.stringify(
      await resolveTemplates(db, scheme.institution_id, body.acceptedTemplateIds, problems),
    );
  }
  if (body.achievement) {
    await checkFramework(db, scheme.institution_id, body.achievement.frameworkId, problems);
    patch.achievement = JSON.stringify(body.achievement);
  }
  const mode = body.submissionMode ?? scheme.submission_mode;
  const windows = body.windows ?? windowsOf(scheme);
  if (mode === 'windows' && windows.length === 0) {
    problems.push({
      path: 'windows',
      message: 'add at least one submission window, or choose rolling submission',
    });
  }
  if (problems.length) throw AppError.validation(problems);
  if (body.name !== undefined) patch.name = body.name;
  if (body.description !== undefined) patch.description = body.description;
  if (body.openTo !== undefined) patch.open_to = body.openTo;
  if (body.submissionMode !== undefined) patch.submission_mode = body.submissionMode;
  if (body.windows !== undefined) patch.windows = JSON.stringify(body.windows);
  if (body.turnaroundDays !== undefined) patch.turnaround_days = body.turnaroundDays;
  if (body.assessorDaysToJudge !== undefined)
    patch.assessor_days_to_judge = body.assessorDaysToJudge;
  if (body.showAssessorNames !== undefined)
    patch.show_assessor_names = body.showAssessorNames ? 1 : 0;
  if (body.reviewIntervalYears !== undefined)
    patch.review_interval_years = body.reviewIntervalYears;
  if (body.status !== undefined) patch.status = body.status;
  await db
    .updateTable('review_schemes')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', scheme.id)
    .execute();
  return getScheme(db, viewer, scheme.id);
}

// ---- Assessors ----------------------------------------------------------------------------------

export async function assessorViews(
  db: Db,
  schemeId: string,
  onlyUserId?: string,
): Promise<TSchemeAssessor[]> {
  const rows = (await repo.assessorsOf(db, schemeId)).filter(
    (r) => !onlyUserId || r.user_id === onlyUserId,
  );
  const ids = rows.map((r) => r.user_id);
  const done = await repo.completedCounts(db, ids);
  const open = await repo.openAssignmentCounts(db, schemeId);
  const institutions = await repo.firstInstitutionOf(db, ids);
  return rows.map((r) => {
    const c = done.get(r.user_id) ?? { lead: 0, second: 0 };
    return {
      userId: r.user_id,
      name: r.name,
      email: r.email,
      institutionName: institutions.get(r.user_id) ?? null,
      active: r.active === 1,
      completedAsSecond: c.second,
      completedAsLead: c.lead,
      priorSecondAssessments: r.prior_second_assessments,
      leadEligible: c.second + r.prior_second_assessments >= LEAD_ELIGIBLE_AFTER,
      activeAssignments: open.get(r.user_id) ?? 0,
      addedAt: r.added_at,
    };
  });
}

export async function listAssessors(db: Db, viewer: Viewer, schemeId: string) {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  return { assessors: await assessorViews(db, scheme.id) };
}

async function accountByEmail(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) {
    throw AppError.validation(
      [{ path: 'email', message: 'No Cairn account uses that email' }],
      'No Cairn account uses that email. Ask the person to create an account (or invite them to an institution) first.',
    );
  }
  return user;
}

export async function addAssessor(
  db: Db,
  viewer: Viewer,
  schemeId: string,
  body: z.output<typeof ZAddAssessorBody>,
): Promise<TSchemeAssessor> {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  const user = await accountByEmail(db, body.email);
  if (await repo.schemeAssessor(db, scheme.id, user.id)) {
    throw AppError.conflict(`${user.name} is already an assessor of this scheme.`);
  }
  await db
    .insertInto('review_scheme_assessors')
    .values({
      scheme_id: scheme.id,
      user_id: user.id,
      prior_second_assessments: body.priorSecondAssessments,
      active: 1,
      added_at: nowIso(),
    })
    .execute();
  return (await assessorViews(db, scheme.id, user.id))[0]!;
}

export async function updateAssessor(
  db: Db,
  viewer: Viewer,
  schemeId: string,
  userId: string,
  body: z.output<typeof ZUpdateAssessorBody>,
): Promise<TSchemeAssessor> {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  if (!(await repo.schemeAssessor(db, scheme.id, userId))) throw AppError.notFound('That assessor');
  await db
    .updateTable('review_scheme_assessors')
    .set({
      ...(body.priorSecondAssessments !== undefined
        ? { prior_second_assessments: body.priorSecondAssessments }
        : {}),
      ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
    })
    .where('scheme_id', '=', scheme.id)
    .where('user_id', '=', userId)
    .execute();
  return (await assessorViews(db, scheme.id, userId))[0]!;
}

export async function removeAssessor(db: Db, viewer: Viewer, schemeId: string, userId: string) {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  const [a] = await assessorViews(db, scheme.id, userId);
  if (!a) throw AppError.notFound('That assessor');
  if (a.activeAssignments > 0) {
    throw AppError.conflict(
      `${a.name} still has ${a.activeAssignments} assessment${a.activeAssignments === 1 ? '' : 's'} to finish. Reassign ${a.activeAssignments === 1 ? 'it' : 'them'} first, or mark the assessor inactive instead.`,
    );
  }
  await db
    .deleteFrom('review_scheme_assessors')
    .where('scheme_id', '=', scheme.id)
    .where('user_id', '=', userId)
    .execute();
}

// ---- Coordinators -------------------------------------------------------------------------------

export async function listCoordinators(
  db: Db,
  viewer: Viewer,
  schemeId: string,
): Promise<{ coordinators: TSchemeCoordinator[] }> {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  return { coordinators: await repo.coordinatorsOf(db, scheme) };
}

export async function addCoordinator(db: Db, viewer: Viewer, schemeId: string, email: string) {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  const user = await accountByEmail(db, email);
  const all = await repo.coordinatorsOf(db, scheme);
  if (all.some((c) => c.userId === user.id)) {
    throw AppError.conflict(`${user.name} already coordinates this scheme.`);
  }
  await db
    .insertInto('review_scheme_coordinators')
    .values({ scheme_id: scheme.id, user_id: user.id, added_at: nowIso() })
    .execute();
  return (await repo.coordinatorsOf(db, scheme)).find((c) => c.userId === user.id)!;
}

export async function removeCoordinator(db: Db, viewer: Viewer, schemeId: string, userId: string) {
  const { scheme } = await schemeForCoordinator(db, viewer.userId, schemeId);
  const c = (await repo.coordinatorsOf(db, scheme)).find((x) => x.userId === userId);
  if (!c) throw AppError.notFound('That coordinator');
  if (c.source === 'role') {
    throw AppError.conflict(
      `${c.name} coordinates this scheme as an administrator or manager of ${scheme.institution_name}. Change their role there instead.`,
    );
  }
  await db
    .deleteFrom('review_scheme_coordinators')
    .where('scheme_id', '=', scheme.id)
    .where('user_id', '=', userId)
    .execute();
}
