import { sql } from 'kysely';
import type { z } from 'zod';
import type { TGoal, ZCreateGoalBody, ZUpdateGoalBody } from '../../../../contracts/cpd';
import type { TItemRef } from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import type { CpdGoalsTable } from '../../db/schema';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { findVisibleItems } from '../frameworks/repository';
import type { Owner } from './repository';
import { checkItems, hoursOf, itemRef } from './service';

/**
 * Personal CPD goals with due dates and status, each linked to framework items. Progress is
 * what the log already says: entries tagged with the goal's items since the goal was set.
 */

type GoalRow = CpdGoalsTable;

const ownedGoals = (db: Db, o: Owner) =>
  db
    .selectFrom('cpd_goals as g')
    .where('g.institution_id', '=', o.institutionId)
    .where('g.user_id', '=', o.userId);

async function hydrateGoals(db: Db, o: Owner, rows: readonly GoalRow[]): Promise<TGoal[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await db
    .selectFrom('cpd_goal_items')
    .select(['goal_id', 'item_id'])
    .where('goal_id', 'in', ids)
    .execute();
  const items = new Map(
    (await findVisibleItems(db, o.institutionId, [...new Set(links.map((l) => l.item_id))])).map(
      (i) => [i.id, itemRef(i)],
    ),
  );
  // Entries tagged with any of a goal's items, on or after the day the goal was set.
  const progress = links.length
    ? await db
        .selectFrom('cpd_goal_items as gi')
        .innerJoin('cpd_goals as g', 'g.id', 'gi.goal_id')
        .innerJoin('cpd_entry_tags as t', 't.item_id', 'gi.item_id')
        .innerJoin('cpd_entries as e', 'e.id', 't.entry_id')
        .select(['gi.goal_id', 'e.id as entry_id', 'e.minutes'])
        .where('gi.goal_id', 'in', ids)
        .where('e.user_id', '=', o.userId)
        .where('e.institution_id', '=', o.institutionId)
        .where('e.deleted_at', 'is', null)
        .where('e.draft', '=', 0)
        .where(sql<boolean>`e.occurred_on >= substr(g.created_at, 1, 10)`)
        .execute()
    : [];
  const seen = new Map<string, Map<string, number>>();
  for (const p of progress) {
    const m = seen.get(p.goal_id) ?? new Map<string, number>();
    m.set(p.entry_id, p.minutes);
    seen.set(p.goal_id, m);
  }
  return rows.map((r) => {
    const entries = seen.get(r.id) ?? new Map<string, number>();
    const minutes = [...entries.values()].reduce((a, b) => a + b, 0);
    return {
      id: r.id,
      title: r.title,
      notes: r.notes,
      dueOn: r.due_on,
      status: r.status as TGoal['status'],
      items: links
        .filter((l) => l.goal_id === r.id)
        .flatMap((l): TItemRef[] => (items.has(l.item_id) ? [items.get(l.item_id)!] : [])),
      progress: { entries: entries.size, hours: hoursOf(minutes) },
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Open goals first (by due date, undated last), then achieved and dropped ones. */
export async function listGoals(db: Db, o: Owner): Promise<TGoal[]> {
  const rows = await ownedGoals(db, o)
    .selectAll('g')
    .orderBy(sql`case when g.status in ('achieved', 'dropped') then 1 else 0 end`)
    .orderBy(sql`case when g.due_on is null then 1 else 0 end`)
    .orderBy('g.due_on')
    .orderBy('g.created_at')
    .execute();
  return hydrateGoals(db, o, rows);
}

/** Open goals that are overdue or due within `days`, soonest first. */
export async function goalsDue(db: Db, o: Owner, today: string, days = 90): Promise<TGoal[]> {
  const horizon = new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
  const rows = await ownedGoals(db, o)
    .selectAll('g')
    .where('g.status', 'in', ['not-started', 'in-progress'])
    .where('g.due_on', 'is not', null)
    .where('g.due_on', '<=', horizon)
    .orderBy('g.due_on')
    .limit(5)
    .execute();
  return hydrateGoals(db, o, rows);
}

async function replaceItems(db: Db, goalId: string, itemIds: readonly string[]) {
  await db.deleteFrom('cpd_goal_items').where('goal_id', '=', goalId).execute();
  if (itemIds.length) {
    await db
      .insertInto('cpd_goal_items')
      .values([...new Set(itemIds)].map((item_id) => ({ goal_id: goalId, item_id })))
      .execute();
  }
}

async function getGoal(db: Db, o: Owner, id: string): Promise<TGoal> {
  const row = await ownedGoals(db, o).selectAll('g').where('g.id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('That goal');
  const [goal] = await hydrateGoals(db, o, [row]);
  return goal!;
}

export async function createGoal(
  db: Db,
  o: Owner,
  body: z.output<typeof ZCreateGoalBody>,
): Promise<TGoal> {
  const { refs, problems } = await checkItems(db, o.institutionId, body.itemIds ?? [], 'itemIds');
  if (problems.length) throw AppError.validation(problems);
  const now = nowIso();
  const row: GoalRow = {
    id: newId(),
    institution_id: o.institutionId,
    user_id: o.userId,
    title: body.title,
    notes: body.notes ?? null,
    due_on: body.dueOn ?? null,
    status: body.status,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('cpd_goals').values(row).execute();
    await replaceItems(
      trx,
      row.id,
      refs.map((r) => r.id),
    );
  });
  return getGoal(db, o, row.id);
}

export async function updateGoal(
  db: Db,
  o: Owner,
  id: string,
  body: z.output<typeof ZUpdateGoalBody>,
): Promise<TGoal> {
  await getGoal(db, o, id);
  const items = body.itemIds
    ? await checkItems(db, o.institutionId, body.itemIds, 'itemIds')
    : null;
  if (items?.problems.length) throw AppError.validation(items.problems);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('cpd_goals')
      .set({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.notes !== undefined ? { notes: body.notes } : {}),
        ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('institution_id', '=', o.institutionId)
      .where('user_id', '=', o.userId)
      .execute();
    if (items) {
      await replaceItems(
        trx,
        id,
        items.refs.map((r) => r.id),
      );
    }
  });
  return getGoal(db, o, id);
}

export async function deleteGoal(db: Db, o: Owner, id: string) {
  await getGoal(db, o, id);
  await db
    .deleteFrom('cpd_goals')
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
}
