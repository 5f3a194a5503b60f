import type { z } from 'zod';
import type {
  TPlanGoal,
  ZCreateMilestoneBody,
  ZCreatePlanGoalBody,
  ZUpdateMilestoneBody,
  ZUpdatePlanGoalBody,
} from '../../../../contracts/careers';
import type { TGoal } from '../../../../contracts/cpd';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import * as goals from '../cpd/goals';
import { catalogueEntry } from './recommendations';
import * as repo from './repository';

/**
 * The career plan. A plan goal is a CPD goal plus plan data (the recommendation it came from,
 * milestones): title, notes, due date, status and framework items live in the CPD goal, so an
 * edit on the CPD goals page shows in the plan and the other way round, and the goal counts on
 * the CPD dashboard. The plan goal's id is its CPD goal's id. Deleting either deletes both.
 */

type Owner = repo.Owner;
export const MAX_MILESTONES = 20;

function toPlanGoal(g: TGoal, row: repo.PlanGoalRow, milestones: repo.MilestoneRow[]): TPlanGoal {
  return {
    id: g.id,
    title: g.title,
    notes: g.notes,
    dueOn: g.dueOn,
    status: g.status,
    recommendationKey: row.recommendation_key,
    cpdGoalId: g.id,
    milestones: milestones
      .filter((m) => m.goal_id === g.id)
      .map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, doneAt: m.done_at })),
    createdAt: row.created_at,
    updatedAt: g.updatedAt,
  };
}

/** The plan: open goals first by due date (the CPD goals' order), then achieved and dropped. */
export async function listPlan(db: Db, o: Owner): Promise<TPlanGoal[]> {
  const rows = new Map((await repo.listPlanGoalRows(db, o)).map((r) => [r.cpd_goal_id, r]));
  if (rows.size === 0) return [];
  const cpd = (await goals.listGoals(db, o)).filter((g) => rows.has(g.id));
  const milestones = await repo.listMilestones(db, [...rows.keys()]);
  return cpd.map((g) => toPlanGoal(g, rows.get(g.id)!, milestones));
}

export async function getPlanGoal(db: Db, o: Owner, id: string): Promise<TPlanGoal> {
  const row = await repo.findPlanGoalRow(db, o, id);
  const g = row ? (await goals.listGoals(db, o)).find((x) => x.id === id) : undefined;
  if (!row || !g) throw AppError.notFound('That plan goal');
  return toPlanGoal(g, row, await repo.listMilestones(db, [id]));
}

const milestoneRows = (
  goalId: string,
  items: { title: string; dueOn?: string | null }[],
  from = 0,
) => {
  const now = nowIso();
  return items.map(
    (m, i): repo.MilestoneRow => ({
      id: newId(),
      goal_id: goalId,
      position: from + i,
      title: m.title,
      due_on: m.dueOn ?? null,
      done_at: null,
      created_at: now,
    }),
  );
};

export async function createPlanGoal(
  db: Db,
  o: Owner,
  body: z.output<typeof ZCreatePlanGoalBody>,
): Promise<TPlanGoal> {
  const key = body.recommendationKey?.length ? body.recommendationKey : null;
  if (key && !catalogueEntry(key)) {
    throw AppError.validation([
      {
        path: 'recommendationKey',
        message: `"${key}" is not a recommendation Cairn knows: use the key of one from your recommendations, or leave it out`,
      },
    ]);
  }
  const goal = await goals.createGoal(db, o, {
    title: body.title,
    notes: body.notes ?? null,
    dueOn: body.dueOn ?? null,
    status: body.status,
    itemIds: body.itemIds ?? [],
  });
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertPlanGoal(trx, {
        cpd_goal_id: goal.id,
        institution_id: o.institutionId,
        user_id: o.userId,
        recommendation_key: key,
        created_at: goal.createdAt,
      });
      await repo.insertMilestones(trx, milestoneRows(goal.id, body.milestones ?? []));
    });
  } catch (e) {
    // Leave no CPD goal behind without its plan data.
    await goals.deleteGoal(db, o, goal.id);
    throw e;
  }
  return getPlanGoal(db, o, goal.id);
}

async function ownPlanRow(db: Db, o: Owner, id: string) {
  const row = await repo.findPlanGoalRow(db, o, id);
  if (!row) throw AppError.notFound('That plan goal');
  return row;
}

export async function updatePlanGoal(
  db: Db,
  o: Owner,
  id: string,
  body: z.output<typeof ZUpdatePlanGoalBody>,
): Promise<TPlanGoal> {
  await ownPlanRow(db, o, id);
  await goals.updateGoal(db, o, id, body);
  return getPlanGoal(db, o, id);
}

export async function deletePlanGoal(db: Db, o: Owner, id: string) {
  await ownPlanRow(db, o, id);
  await goals.deleteGoal(db, o, id);
}

export async function addMilestone(
  db: Db,
  o: Owner,
  id: string,
  body: z.output<typeof ZCreateMilestoneBody>,
): Promise<TPlanGoal> {
  await ownPlanRow(db, o, id);
  const existing = await repo.listMilestones(db, [id]);
  if (existing.length >= MAX_MILESTONES) {
    throw AppError.validation(
      [
        {
          path: 'title',
          message: `cannot be added: a goal has at most ${MAX_MILESTONES} milestones`,
        },
      ],
      `This goal already has ${MAX_MILESTONES} milestones, the most it can have: remove one first.`,
    );
  }
  const from = existing.reduce((m, x) => Math.max(m, x.position + 1), 0);
  await repo.insertMilestones(db, milestoneRows(id, [body], from));
  return getPlanGoal(db, o, id);
}

async function ownMilestone(db: Db, o: Owner, id: string, milestoneId: string) {
  await ownPlanRow(db, o, id);
  const m = (await repo.listMilestones(db, [id])).find((x) => x.id === milestoneId);
  if (!m) throw AppError.notFound('That milestone');
  return m;
}

export async function updateMilestone(
  db: Db,
  o: Owner,
  id: string,
  milestoneId: string,
  body: z.output<typeof ZUpdateMilestoneBody>,
): Promise<TPlanGoal> {
  const m = await ownMilestone(db, o, id, milestoneId);
  await repo.updateMilestone(db, id, milestoneId, {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
    ...(body.done !== undefined ? { done_at: body.done ? (m.done_at ?? nowIso()) : null } : {}),
  });
  return getPlanGoal(db, o, id);
}

export async function deleteMilestone(
  db: Db,
  o: Owner,
  id: string,
  milestoneId: string,
): Promise<TPlanGoal> {
  await ownMilestone(db, o, id, milestoneId);
  await repo.deleteMilestone(db, id, milestoneId);
  return getPlanGoal(db, o, id);
}
