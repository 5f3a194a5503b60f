import type { Db } from '../../db/connect';
import type {
  ReviewEventsTable,
  ReviewJudgementsTable,
  ReviewSubmissionsTable,
} from '../../db/schema-reviews';
import { newId } from '../../lib/crypto';
import { parseRoles } from '../auth/repository';

export type SubmissionRow = ReviewSubmissionsTable;
export type JudgementRow = ReviewJudgementsTable;
export type EventRow = ReviewEventsTable;

const schemeQuery = (db: Db) =>
  db
    .selectFrom('review_schemes as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .selectAll('s')
    .select('i.name as institution_name');

export type SchemeRow = NonNullable<Awaited<ReturnType<typeof findScheme>>>;

export async function findScheme(db: Db, id: string) {
  return schemeQuery(db).where('s.id', '=', id).executeTakeFirst();
}

/** Schemes a person may relate to: of their institutions, open to all, or where they are named. */
export async function schemesNear(db: Db, userId: string, institutionIds: readonly string[]) {
  return schemeQuery(db)
    .where((eb) =>
      eb.or([
        ...(institutionIds.length ? [eb('s.institution_id', 'in', institutionIds)] : []),
        eb('s.open_to', '=', 'any-institution'),
        eb.exists(
          eb
            .selectFrom('review_scheme_assessors as a')
            .select('a.user_id')
            .whereRef('a.scheme_id', '=', 's.id')
            .where('a.user_id', '=', userId),
        ),
        eb.exists(
          eb
            .selectFrom('review_scheme_coordinators as c')
            .select('c.user_id')
            .whereRef('c.scheme_id', '=', 's.id')
            .where('c.user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
}

/** A person's active memberships: institution id and roles. */
export async function activeMemberships(db: Db, userId: string) {
  const rows = await db
    .selectFrom('memberships')
    .select(['institution_id', 'roles'])
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => ({ institutionId: r.institution_id, roles: parseRoles(r.roles) }));
}

export async function namedCoordinator(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('review_scheme_coordinators')
    .select('user_id')
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function schemeAssessor(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('review_scheme_assessors')
    .selectAll()
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Coordinators by role (admins and managers of the running institution) and by name. */
export async function coordinatorsOf(db: Db, scheme: { id: string; institution_id: string }) {
  const byRole = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.roles'])
    .where('m.institution_id', '=', scheme.institution_id)
    .where('m.status', '=', 'active')
    .execute();
  const named = await db
    .selectFrom('review_scheme_coordinators as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('c.scheme_id', '=', scheme.id)
    .execute();
  const out = new Map<
    string,
    { userId: string; name: string; email: string; source: 'role' | 'named' }
  >();
  for (const r of byRole) {
    const roles = parseRoles(r.roles);
    if (roles.includes('admin') || roles.includes('manager'))
      out.set(r.id, { userId: r.id, name: r.name, email: r.email, source: 'role' });
  }
  for (const r of named) {
    if (!out.has(r.id))
      out.set(r.id, { userId: r.id, name: r.name, email: r.email, source: 'named' });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Assessors of a scheme with their names and first institution. */
export async function assessorsOf(db: Db, schemeId: string) {
  return db
    .selectFrom('review_scheme_assessors as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select(['u.name', 'u.email'])
    .where('a.scheme_id', '=', schemeId)
    .orderBy('u.name')
    .execute();
}

/** Completed assessments (submitted judgements) by role, across every scheme on the server. */
export async function completedCounts(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, { lead: number; second: number }>();
  const rows = await db
    .selectFrom('review_judgements')
    .select(['assessor_id', 'role', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('assessor_id', 'in', userIds)
    .where('status', '=', 'submitted')
    .groupBy(['assessor_id', 'role'])
    .execute();
  const out = new Map<string, { lead: number; second: number }>();
  for (const id of userIds) out.set(id, { lead: 0, second: 0 });
  for (const r of rows) {
    const c = out.get(r.assessor_id)!;
    if (r.role === 'lead') c.lead = Number(r.n);
    else c.second = Number(r.n);
  }
  return out;
}

/** Assignments not yet judged by each person (their judgement not submitted, submission open). */
export async function openAssignmentCounts(db: Db, schemeId: string) {
  const rows = await db
    .selectFrom('review_submissions as s')
    .leftJoin('review_judgements as j', (j) =>
      j
        .onRef('j.submission_id', '=', 's.id')
        .on((eb) =>
          eb.or([
            eb('j.assessor_id', '=', eb.ref('s.lead_id')),
            eb('j.assessor_id', '=', eb.ref('s.second_id')),
          ]),
        ),
    )
    .select(['s.id', 's.lead_id', 's.second_id', 'j.assessor_id', 'j.status'])
    .where('s.scheme_id', '=', schemeId)
    .where('s.state', 'in', ['in-assessment', 'awaiting-decision'])
    .execute();
  const submitted = new Set(
    rows.filter((r) => r.status === 'submitted').map((r) => `${r.id}:${r.assessor_id}`),
  );
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    for (const who of [r.lead_id, r.second_id]) {
      if (who && !submitted.has(`${r.id}:${who}`)) counts.set(who, (counts.get(who) ?? 0) + 1);
    }
  }
  return counts;
}

export async function stateCounts(db: Db, schemeId: string) {
  const rows = await db
    .selectFrom('review_submissions')
    .select(['state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('scheme_id', '=', schemeId)
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

export async function findSubmission(db: Db, id: string) {
  return db.selectFrom('review_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function judgementsOf(db: Db, submissionId: string) {
  return db
    .selectFrom('review_judgements')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('role')
    .execute();
}

export async function eventsOf(db: Db, submissionId: string) {
  return db
    .selectFrom('review_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.name as actor_name')
    .where('e.submission_id', '=', submissionId)
    .orderBy('e.seq')
    .execute();
}

export async function addEvent(
  db: Db,
  submissionId: string,
  event: string,
  actorId: string | null,
  byAssessor = false,
  at = new Date().toISOString(),
) {
  const last = await db
    .selectFrom('review_events')
    .select((eb) => eb.fn.max('seq').as('max'))
    .where('submission_id', '=', submissionId)
    .executeTakeFirst();
  await db
    .insertInto('review_events')
    .values({
      id: newId(),
      submission_id: submissionId,
      seq: Number(last?.max ?? 0) + 1,
      at,
      event,
      actor_id: actorId,
      by_assessor: byAssessor ? 1 : 0,
    })
    .execute();
}

export async function userNames(db: Db, ids: readonly (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', list)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function institutionNames(db: Db, ids: readonly (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('institutions')
    .select(['id', 'name'])
    .where('id', 'in', list)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The first institution (oldest active membership) of each person, for display. */
export async function firstInstitutionOf(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['m.user_id', 'i.name', 'm.created_at'])
    .where('m.user_id', 'in', [...userIds])
    .where('m.status', '=', 'active')
    .orderBy('m.created_at')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.user_id)) out.set(r.user_id, r.name);
  return out;
}

export async function isActiveMember(db: Db, userId: string, institutionId: string) {
  return !!(await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .executeTakeFirst());
}
