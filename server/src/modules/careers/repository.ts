import type { Db } from '../../db/connect';
import type {
  CareerAssessmentRatingsTable,
  CareerAssessmentsTable,
  CareerPlanGoalsTable,
  CareerPlanMilestonesTable,
  CareerProfilesTable,
  CareerRoleProfilesTable,
} from '../../db/schema-careers';

/**
 * The only Kysely code of the careers module. Every query of a person's records takes the
 * owner (institution and person): profiles, assessments and plans are private to their owner.
 */

export type ProfileRow = CareerProfilesTable;
export type AssessmentRow = CareerAssessmentsTable;
export type RatingRow = CareerAssessmentRatingsTable;
export type RoleProfileRow = CareerRoleProfilesTable;
export type PlanGoalRow = CareerPlanGoalsTable;
export type MilestoneRow = CareerPlanMilestonesTable;

export type Owner = { institutionId: string; userId: string };

// ---- Profiles

export async function findProfile(db: Db, o: Owner) {
  return db
    .selectFrom('career_profiles')
    .selectAll()
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .executeTakeFirst();
}

/** Inserts or updates the profile row (an upsert, so two first saves at once cannot clash). */
export async function saveProfile(db: Db, row: ProfileRow) {
  const { institution_id: _i, user_id: _u, created_at: _c, ...patch } = row;
  await db
    .insertInto('career_profiles')
    .values(row)
    .onConflict((oc) => oc.columns(['institution_id', 'user_id']).doUpdateSet(patch))
    .execute();
}

/** Profiles of the institution's active members who share them with managers, by name. */
export async function listSharedProfiles(db: Db, institutionId: string, userId?: string) {
  let q = db
    .selectFrom('career_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.user_id', '=', 'p.user_id').onRef('m.institution_id', '=', 'p.institution_id'),
    )
    .selectAll('p')
    .select('u.name as user_name')
    .where('p.institution_id', '=', institutionId)
    .where('p.share_with_managers', '=', 1)
    .where('m.status', '=', 'active');
  if (userId) q = q.where('p.user_id', '=', userId);
  return q.orderBy('u.name').execute();
}

// ---- Assessments

export async function listAssessments(db: Db, o: Owner, frameworkId?: string) {
  let q = db
    .selectFrom('career_assessments as a')
    .innerJoin('frameworks as f', 'f.id', 'a.framework_id')
    .selectAll('a')
    .select('f.title as framework_title')
    .where('a.institution_id', '=', o.institutionId)
    .where('a.user_id', '=', o.userId);
  if (frameworkId) q = q.where('a.framework_id', '=', frameworkId);
  return q.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').execute();
}

export type AssessmentWithFramework = AssessmentRow & { framework_title: string };

export async function findAssessment(db: Db, o: Owner, id: string) {
  return db
    .selectFrom('career_assessments as a')
    .innerJoin('frameworks as f', 'f.id', 'a.framework_id')
    .selectAll('a')
    .select('f.title as framework_title')
    .where('a.id', '=', id)
    .where('a.institution_id', '=', o.institutionId)
    .where('a.user_id', '=', o.userId)
    .executeTakeFirst();
}

export const insertAssessment = (db: Db, row: AssessmentRow) =>
  db.insertInto('career_assessments').values(row).execute();

export async function updateAssessment(
  db: Db,
  o: Owner,
  id: string,
  patch: Partial<AssessmentRow>,
) {
  await db
    .updateTable('career_assessments')
    .set(patch)
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
}

export async function deleteAssessment(db: Db, o: Owner, id: string) {
  await db
    .deleteFrom('career_assessments')
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
}

export async function listRatings(db: Db, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom('career_assessment_ratings')
    .selectAll()
    .where('assessment_id', 'in', assessmentIds)
    .execute();
}

export async function upsertRatings(db: Db, rows: RatingRow[]) {
  for (let at = 0; at < rows.length; at += 200) {
    await db
      .insertInto('career_assessment_ratings')
      .values(rows.slice(at, at + 200))
      .onConflict((oc) =>
        oc.columns(['assessment_id', 'item_id']).doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          note: eb.ref('excluded.note'),
          evidence_entry_ids: eb.ref('excluded.evidence_entry_ids'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function deleteRatings(db: Db, assessmentId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return;
  await db
    .deleteFrom('career_assessment_ratings')
    .where('assessment_id', '=', assessmentId)
    .where('item_id', 'in', itemIds)
    .execute();
}

/** The owner's live CPD entries among `ids` (others' and deleted ones are absent). */
export async function ownLiveEntryIds(db: Db, o: Owner, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('cpd_entries')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

// ---- Role profiles (the institution's own; built-in ones are data)

export async function listRoleProfiles(db: Db, institutionId: string) {
  return db
    .selectFrom('career_role_profiles as r')
    .innerJoin('frameworks as f', 'f.id', 'r.framework_id')
    .selectAll('r')
    .select('f.title as framework_title')
    .where('r.institution_id', '=', institutionId)
    .orderBy('r.name')
    .execute();
}

export async function findRoleProfile(db: Db, institutionId: string, id: string) {
  return db
    .selectFrom('career_role_profiles as r')
    .innerJoin('frameworks as f', 'f.id', 'r.framework_id')
    .selectAll('r')
    .select('f.title as framework_title')
    .where('r.id', '=', id)
    .where('r.institution_id', '=', institutionId)
    .executeTakeFirst();
}

export const insertRoleProfile = (db: Db, row: RoleProfileRow) =>
  db.insertInto('career_role_profiles').values(row).execute();

export async function updateRoleProfile(
  db: Db,
  institutionId: string,
  id: string,
  patch: Partial<RoleProfileRow>,
) {
  await db
    .updateTable('career_role_profiles')
    .set(patch)
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .execute();
}

export async function deleteRoleProfile(db: Db, institutionId: string, id: string) {
  await db
    .deleteFrom('career_role_profiles')
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .execute();
}

// ---- Frameworks, items, evidence (read-only views for the careers rules)

export async function frameworkItems(db: Db, frameworkId: string) {
  return db
    .selectFrom('framework_items')
    .select(['id', 'parent_id', 'code', 'title', 'statement', 'depth'])
    .where('framework_id', '=', frameworkId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
}

export type FrameworkItem = Awaited<ReturnType<typeof frameworkItems>>[number];

/** The owner's live, confirmed CPD entries tagged with any of `itemIds`, with their minutes. */
export async function taggedEntries(db: Db, o: Owner, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('cpd_entry_tags as t')
    .innerJoin('cpd_entries as e', 'e.id', 't.entry_id')
    .select(['t.item_id', 'e.id as entry_id', 'e.minutes'])
    .where('t.item_id', 'in', [...new Set(itemIds)])
    .where('e.institution_id', '=', o.institutionId)
    .where('e.user_id', '=', o.userId)
    .where('e.deleted_at', 'is', null)
    .where('e.draft', '=', 0)
    .execute();
}

/** The owner's portfolio evidence per section, with the section's key and template spec. */
export async function portfolioSectionEvidence(db: Db, o: Owner) {
  return db
    .selectFrom('portfolio_section_evidence as se')
    .innerJoin('portfolio_sections as s', 's.id', 'se.section_id')
    .innerJoin('portfolios as p', 'p.id', 's.portfolio_id')
    .innerJoin('portfolio_templates as t', 't.id', 'p.template_id')
    .select(['se.evidence_id', 's.key as section_key', 't.id as template_id', 't.spec'])
    .where('p.institution_id', '=', o.institutionId)
    .where('p.user_id', '=', o.userId)
    .execute();
}

// ---- Plan

export async function listPlanGoalRows(db: Db, o: Owner) {
  return db
    .selectFrom('career_plan_goals')
    .selectAll()
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
}

export async function findPlanGoalRow(db: Db, o: Owner, id: string) {
  return db
    .selectFrom('career_plan_goals')
    .selectAll()
    .where('cpd_goal_id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .executeTakeFirst();
}

export const insertPlanGoal = (db: Db, row: PlanGoalRow) =>
  db.insertInto('career_plan_goals').values(row).execute();

export async function listMilestones(db: Db, goalIds: readonly string[]) {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('career_plan_milestones')
    .selectAll()
    .where('goal_id', 'in', goalIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export const insertMilestones = (db: Db, rows: MilestoneRow[]) =>
  rows.length ? db.insertInto('career_plan_milestones').values(rows).execute() : undefined;

export async function updateMilestone(
  db: Db,
  goalId: string,
  id: string,
  patch: Partial<MilestoneRow>,
) {
  await db
    .updateTable('career_plan_milestones')
    .set(patch)
    .where('id', '=', id)
    .where('goal_id', '=', goalId)
    .execute();
}

export async function deleteMilestone(db: Db, goalId: string, id: string) {
  await db
    .deleteFrom('career_plan_milestones')
    .where('id', '=', id)
    .where('goal_id', '=', goalId)
    .execute();
}

/** Plan goals of several people (team view), with the CPD goal's status. */
export async function planGoalStatuses(db: Db, institutionId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('career_plan_goals as p')
    .innerJoin('cpd_goals as g', 'g.id', 'p.cpd_goal_id')
    .select(['p.user_id', 'g.status'])
    .where('p.institution_id', '=', institutionId)
    .where('p.user_id', 'in', userIds)
    .execute();
}

/** Everything careers stores about a person, across institutions (personal data download). */
export async function exportRows(db: Db, userId: string) {
  const profiles = await db
    .selectFrom('career_profiles as p')
    .innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .selectAll('p')
    .select('i.name as institution')
    .where('p.user_id', '=', userId)
    .execute();
  const assessments = await db
    .selectFrom('career_assessments as a')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .innerJoin('frameworks as f', 'f.id', 'a.framework_id')
    .select([
      'a.id',
      'i.name as institution',
      'f.title as framework',
      'a.status',
      'a.created_at',
      'a.completed_at',
    ])
    .where('a.user_id', '=', userId)
    .orderBy('a.created_at')
    .execute();
  const ratings = assessments.length
    ? await db
        .selectFrom('career_assessment_ratings as r')
        .innerJoin('framework_items as it', 'it.id', 'r.item_id')
        .select([
          'r.assessment_id',
          'it.code',
          'it.title',
          'r.level',
          'r.note',
          'r.evidence_entry_ids',
        ])
        .where(
          'r.assessment_id',
          'in',
          assessments.map((a) => a.id),
        )
        .execute()
    : [];
  const plan = await db
    .selectFrom('career_plan_goals as p')
    .innerJoin('cpd_goals as g', 'g.id', 'p.cpd_goal_id')
    .select(['p.cpd_goal_id', 'g.title', 'p.recommendation_key', 'p.created_at'])
    .where('p.user_id', '=', userId)
    .execute();
  const milestones = plan.length
    ? await listMilestones(
        db,
        plan.map((p) => p.cpd_goal_id),
      )
    : [];
  return { profiles, assessments, ratings, plan, milestones };
}
