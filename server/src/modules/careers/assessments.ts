import type { z } from 'zod';
import type {
  TAssessment,
  TAssessmentComparison,
  TAssessmentSummary,
  TRating,
  ZCreateAssessmentBody,
  ZRateBody,
} from '../../../../contracts/careers';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError, type FieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { type FrameworkView, itemLabel, loadFramework } from './framework-view';
import * as repo from './repository';

/**
 * Self-assessments: a level per framework item on the framework's own scale (or the default
 * one), with a note and CPD entries of the person's own as evidence. A completed assessment is
 * frozen; repeating it later (copyFromId) starts a new draft from its ratings, and two
 * assessments of the same framework compare item by item.
 */

type Owner = repo.Owner;
const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) =>
  xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null;

function parseIds(json: string): string[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function summarise(
  a: repo.AssessmentWithFramework,
  f: FrameworkView,
  ratings: repo.RatingRow[],
): TAssessmentSummary {
  const live = ratings.filter((r) => f.byId.has(r.item_id));
  const byArea = new Map<string, number[]>();
  for (const r of live) {
    const area = f.areaOf(r.item_id);
    if (area) byArea.set(area, [...(byArea.get(area) ?? []), r.level]);
  }
  return {
    id: a.id,
    frameworkId: a.framework_id,
    frameworkTitle: a.framework_title,
    status: a.status === 'complete' ? 'complete' : 'draft',
    rated: live.length,
    total: f.leaves.length,
    average: mean(live.map((r) => r.level)),
    areas: f.items
      .filter((i) => i.parent_id === null)
      .map((i) => {
        const levels = byArea.get(i.id) ?? [];
        return {
          itemId: i.id,
          code: i.code,
          label: itemLabel(i),
          average: mean(levels),
          rated: levels.length,
        };
      }),
    createdAt: a.created_at,
    completedAt: a.completed_at,
  };
}

async function hydrate(
  db: Db,
  o: Owner,
  a: repo.AssessmentWithFramework,
  cache?: Map<string, FrameworkView>,
): Promise<TAssessment> {
  const f = await loadFramework(db, o.institutionId, a.framework_id, cache);
  const ratings = (await repo.listRatings(db, [a.id])).filter((r) => f.byId.has(r.item_id));
  const live = await repo.ownLiveEntryIds(
    db,
    o,
    ratings.flatMap((r) => parseIds(r.evidence_entry_ids)),
  );
  const order = new Map(f.items.map((i, n) => [i.id, n]));
  return {
    ...summarise(a, f, ratings),
    scale: f.scale,
    ratings: ratings
      .sort((x, y) => (order.get(x.item_id) ?? 0) - (order.get(y.item_id) ?? 0))
      .map(
        (r): TRating => ({
          itemId: r.item_id,
          level: r.level,
          note: r.note,
          // Entries deleted since drop out of the list.
          evidenceEntryIds: parseIds(r.evidence_entry_ids).filter((id) => live.has(id)),
        }),
      ),
  };
}

async function findOwn(db: Db, o: Owner, id: string) {
  const a = await repo.findAssessment(db, o, id);
  if (!a) throw AppError.notFound('That self-assessment');
  return a;
}

export async function listAssessments(db: Db, o: Owner): Promise<TAssessmentSummary[]> {
  const rows = await repo.listAssessments(db, o);
  const ratings = await repo.listRatings(
    db,
    rows.map((r) => r.id),
  );
  const cache = new Map<string, FrameworkView>();
  const out: TAssessmentSummary[] = [];
  for (const a of rows) {
    const f = await loadFramework(db, o.institutionId, a.framework_id, cache).catch(() => null);
    if (!f) continue;
    out.push(
      summarise(
        a,
        f,
        ratings.filter((r) => r.assessment_id === a.id),
      ),
    );
  }
  return out;
}

export async function getAssessment(db: Db, o: Owner, id: string): Promise<TAssessment> {
  return hydrate(db, o, await findOwn(db, o, id));
}

export async function createAssessment(
  db: Db,
  o: Owner,
  body: z.output<typeof ZCreateAssessmentBody>,
): Promise<TAssessment> {
  const f = await loadFramework(db, o.institutionId, body.frameworkId);
  const source = body.copyFromId ? await findOwn(db, o, body.copyFromId) : null;
  if (source && source.framework_id !== f.id) {
    throw AppError.validation(
      [
        {
          path: 'copyFromId',
          message: `is an assessment of ${source.framework_title}, not of ${f.title}: repeat an assessment of the same framework`,
        },
      ],
      `You can only repeat an assessment of the same framework: that one is of ${source.framework_title}.`,
    );
  }
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await repo.insertAssessment(trx, {
      id,
      institution_id: o.institutionId,
      user_id: o.userId,
      framework_id: f.id,
      status: 'draft',
      created_at: now,
      updated_at: now,
      completed_at: null,
    });
    if (source) {
      const ratings = (await repo.listRatings(trx, [source.id])).filter((r) =>
        f.byId.has(r.item_id),
      );
      await repo.upsertRatings(
        trx,
        ratings.map((r) => ({ ...r, assessment_id: id, updated_at: now })),
      );
    }
  });
  return getAssessment(db, o, id);
}

export async function rate(
  db: Db,
  o: Owner,
  id: string,
  body: z.output<typeof ZRateBody>,
): Promise<TAssessment> {
  const a = await findOwn(db, o, id);
  if (a.status === 'complete') {
    throw AppError.conflict(
      'This self-assessment is completed: start a new one (repeat it) to change your ratings.',
    );
  }
  const f = await loadFramework(db, o.institutionId, a.framework_id);
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const allEvidence = body.ratings.flatMap((r) => r.evidenceEntryIds ?? []);
  const own = await repo.ownLiveEntryIds(db, o, allEvidence);
  const existing = new Map(
    (await repo.listRatings(db, [a.id])).map((r) => [r.item_id, r] as const),
  );
  const min = Math.min(...f.scale.map((s) => s.value));
  for (const [i, r] of body.ratings.entries()) {
    const item = f.byId.get(r.itemId);
    if (!item) {
      problems.push({
        path: `ratings.${i}.itemId`,
        message: `is not an item of ${f.title}`,
      });
      continue;
    }
    const name = item.code ? `${item.code} ${itemLabel(item)}` : itemLabel(item);
    if (seen.has(r.itemId)) {
      problems.push({ path: `ratings.${i}.itemId`, message: `rates ${name} twice: send it once` });
    }
    seen.add(r.itemId);
    if (r.level !== null && (r.level < min || r.level > f.maxLevel)) {
      problems.push({
        path: `ratings.${i}.level`,
        message: `for ${name} must be a level from ${min} to ${f.maxLevel} on this framework's scale (${f.scale.map((s) => `${s.value} ${s.label}`).join(', ')})`,
      });
    }
    for (const [j, e] of (r.evidenceEntryIds ?? []).entries()) {
      if (!own.has(e)) {
        problems.push({
          path: `ratings.${i}.evidenceEntryIds.${j}`,
          message: `for ${name} is not one of your CPD entries`,
        });
      }
    }
  }
  if (problems.length) throw AppError.validation(problems);
  const now = nowIso();
  const removed: string[] = [];
  const upserts: repo.RatingRow[] = [];
  for (const r of body.ratings) {
    if (r.level === null) {
      removed.push(r.itemId);
      continue;
    }
    const before = existing.get(r.itemId);
    upserts.push({
      assessment_id: a.id,
      item_id: r.itemId,
      level: r.level,
      note: r.note !== undefined ? (r.note?.length ? r.note : null) : (before?.note ?? null),
      evidence_entry_ids:
        r.evidenceEntryIds !== undefined
          ? JSON.stringify([...new Set(r.evidenceEntryIds)])
          : (before?.evidence_entry_ids ?? '[]'),
      updated_at: now,
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.deleteRatings(trx, a.id, removed);
    await repo.upsertRatings(trx, upserts);
    await repo.updateAssessment(trx, o, a.id, { updated_at: now });
  });
  return getAssessment(db, o, a.id);
}

export async function complete(db: Db, o: Owner, id: string): Promise<TAssessment> {
  const a = await findOwn(db, o, id);
  if (a.status !== 'complete') {
    const rated = (await repo.listRatings(db, [a.id])).length;
    if (rated === 0) {
      throw new AppError(
        422,
        'VALIDATION_FAILED',
        'Rate at least one item before you complete this self-assessment.',
      );
    }
    const now = nowIso();
    await repo.updateAssessment(db, o, a.id, {
      status: 'complete',
      completed_at: now,
      updated_at: now,
    });
  }
  return getAssessment(db, o, a.id);
}

export async function remove(db: Db, o: Owner, id: string) {
  await findOwn(db, o, id);
  await repo.deleteAssessment(db, o, id);
}

/** Two assessments of one framework, the earlier as "before", item by item. */
export async function compare(
  db: Db,
  o: Owner,
  id: string,
  withId: string,
): Promise<TAssessmentComparison> {
  const x = await findOwn(db, o, id);
  const y = await findOwn(db, o, withId);
  if (x.framework_id !== y.framework_id) {
    throw AppError.validation(
      [
        {
          path: 'with',
          message: `is an assessment of ${y.framework_title}, not of ${x.framework_title}: compare two assessments of the same framework`,
        },
      ],
      `Only assessments of the same framework can be compared: one is of ${x.framework_title}, the other of ${y.framework_title}.`,
    );
  }
  const [before, after] = `${x.created_at}${x.id}` <= `${y.created_at}${y.id}` ? [x, y] : [y, x];
  const f = await loadFramework(db, o.institutionId, x.framework_id);
  const ratings = await repo.listRatings(db, [before.id, after.id]);
  const level = (aid: string, itemId: string) =>
    ratings.find((r) => r.assessment_id === aid && r.item_id === itemId)?.level ?? null;
  return {
    before: summarise(
      before,
      f,
      ratings.filter((r) => r.assessment_id === before.id),
    ),
    after: summarise(
      after,
      f,
      ratings.filter((r) => r.assessment_id === after.id),
    ),
    items: f.items
      .map((i) => ({
        itemId: i.id,
        code: i.code,
        label: itemLabel(i),
        before: level(before.id, i.id),
        after: level(after.id, i.id),
      }))
      .filter((i) => i.before !== null || i.after !== null),
  };
}

/**
 * The assessment a gap analysis uses for a framework: the latest completed one, else the
 * latest draft. Returns its summary and the level per item.
 */
export async function latestFor(db: Db, o: Owner, f: FrameworkView) {
  const rows = await repo.listAssessments(db, o, f.id);
  const chosen = rows.find((r) => r.status === 'complete') ?? rows[0];
  if (!chosen) return null;
  const ratings = (await repo.listRatings(db, [chosen.id])).filter((r) => f.byId.has(r.item_id));
  return {
    summary: summarise(chosen, f, ratings),
    levels: new Map(ratings.map((r) => [r.item_id, r.level] as const)),
  };
}
