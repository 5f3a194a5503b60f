import type { z } from 'zod';
import type { TItemRef } from '../../../../contracts/frameworks';
import type {
  TCpdEntry,
  TCpdType,
  ZCpdEntryQuery,
  ZCreateCpdEntryBody,
  ZUpdateCpdEntryBody,
} from '../../../../contracts/cpd';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError, type FieldError } from '../../lib/errors';
import { searchText } from '../../lib/search';
import { nowIso } from '../../lib/time';
import { findVisibleItem } from '../frameworks/repository';
import * as repo from './repository';

const today = () => new Date().toISOString().slice(0, 10);

/** Seed 003: capture costs seconds, so dates and hours are checked, not second-guessed. */
function checkDate(date: string): FieldError | null {
  const limit = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
  if (date > limit)
    return { path: 'date', message: 'is more than a year ahead: log CPD when it happens' };
  if (date < '1970-01-01') return { path: 'date', message: 'is too far in the past' };
  return null;
}

async function checkTags(
  db: Db,
  institutionId: string,
  tagIds: readonly string[],
): Promise<{ refs: TItemRef[]; problems: FieldError[] }> {
  const refs: TItemRef[] = [];
  const problems: FieldError[] = [];
  for (const [i, id] of tagIds.entries()) {
    const item = await findVisibleItem(db, institutionId, id);
    if (!item) {
      problems.push({ path: `tagIds.${i}`, message: 'is not an item of a framework you can use' });
      continue;
    }
    refs.push({
      id: item.id,
      identifier: item.identifier,
      code: item.code,
      title: item.title,
      statement: item.statement,
      type: item.item_type,
      framework: {
        id: item.framework_id,
        title: item.framework_title,
        version: item.framework_version,
      },
    });
  }
  return { refs, problems };
}

const toEntry = (r: repo.EntryRow, tags: TItemRef[]): TCpdEntry => ({
  id: r.id,
  date: r.occurred_on,
  hours: Math.round((r.minutes / 60) * 100) / 100,
  type: r.type as TCpdType,
  title: r.title,
  reflection: r.reflection,
  timeKind: r.time_kind === 'protected' || r.time_kind === 'personal' ? r.time_kind : null,
  significant: r.significant === 1,
  tags,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function withTags(
  db: Db,
  institutionId: string,
  rows: repo.EntryRow[],
): Promise<TCpdEntry[]> {
  const links = await repo.tagIdsOf(
    db,
    rows.map((r) => r.id),
  );
  const refs = new Map<string, TItemRef>();
  for (const id of new Set(links.map((l) => l.item_id))) {
    const { refs: found } = await checkTags(db, institutionId, [id]);
    if (found[0]) refs.set(id, found[0]);
  }
  return rows.map((r) =>
    toEntry(
      r,
      links
        .filter((l) => l.entry_id === r.id)
        .flatMap((l) => (refs.has(l.item_id) ? [refs.get(l.item_id)!] : [])),
    ),
  );
}

export async function createEntry(
  db: Db,
  owner: repo.Owner,
  body: z.output<typeof ZCreateCpdEntryBody>,
): Promise<TCpdEntry> {
  const date = body.date ?? today();
  const dateProblem = checkDate(date);
  const { refs, problems } = await checkTags(db, owner.institutionId, body.tagIds ?? []);
  const all = [...(dateProblem ? [dateProblem] : []), ...problems];
  if (all.length) throw AppError.validation(all);
  const now = nowIso();
  const row: repo.EntryRow = {
    id: newId(),
    institution_id: owner.institutionId,
    user_id: owner.userId,
    occurred_on: date,
    minutes: Math.round(body.hours * 60),
    type: body.type,
    title: body.title,
    reflection: body.reflection ?? null,
    time_kind: body.timeKind ?? null,
    significant: body.significant ? 1 : 0,
    search_text: searchText(body.title, body.reflection),
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertEntry(trx, row);
    await repo.replaceTags(
      trx,
      row.id,
      refs.map((r) => r.id),
    );
  });
  return toEntry(row, refs);
}

export async function getEntry(db: Db, owner: repo.Owner, id: string): Promise<TCpdEntry> {
  const row = await repo.findEntry(db, owner, id);
  if (!row) throw AppError.notFound('That CPD entry');
  const [entry] = await withTags(db, owner.institutionId, [row]);
  return entry!;
}

export async function updateEntry(
  db: Db,
  owner: repo.Owner,
  id: string,
  body: z.output<typeof ZUpdateCpdEntryBody>,
) {
  const row = await repo.findEntry(db, owner, id);
  if (!row) throw AppError.notFound('That CPD entry');
  const dateProblem = body.date ? checkDate(body.date) : null;
  const tags = body.tagIds ? await checkTags(db, owner.institutionId, body.tagIds) : null;
  const all = [...(dateProblem ? [dateProblem] : []), ...(tags?.problems ?? [])];
  if (all.length) throw AppError.validation(all);
  const next = {
    title: body.title ?? row.title,
    reflection: body.reflection !== undefined ? body.reflection : row.reflection,
  };
  await db.transaction().execute(async (trx) => {
    await repo.updateEntry(trx, owner, id, {
      ...(body.date ? { occurred_on: body.date } : {}),
      ...(body.hours !== undefined ? { minutes: Math.round(body.hours * 60) } : {}),
      ...(body.type ? { type: body.type } : {}),
      ...(body.timeKind !== undefined ? { time_kind: body.timeKind } : {}),
      ...(body.significant !== undefined ? { significant: body.significant ? 1 : 0 } : {}),
      title: next.title,
      reflection: next.reflection,
      search_text: searchText(next.title, next.reflection),
      updated_at: nowIso(),
    });
    if (tags) {
      await repo.replaceTags(
        trx,
        id,
        tags.refs.map((r) => r.id),
      );
    }
  });
  return getEntry(db, owner, id);
}

export async function deleteEntry(db: Db, owner: repo.Owner, id: string) {
  if (!(await repo.findEntry(db, owner, id))) throw AppError.notFound('That CPD entry');
  await repo.deleteEntry(db, owner, id);
}

export async function listEntries(db: Db, owner: repo.Owner, q: z.output<typeof ZCpdEntryQuery>) {
  const filter: repo.EntryFilter = {
    from: q.from,
    to: q.to,
    type: q.type,
    tagId: q.tagId,
    significant: q.significant === undefined ? undefined : q.significant === 'true',
    needle: q.q ? searchText(q.q) : undefined,
  };
  const [rows, sums] = await Promise.all([
    repo.listEntries(db, owner, filter, { limit: q.limit, offset: q.offset }),
    repo.totals(db, owner, filter),
  ]);
  return {
    entries: await withTags(db, owner.institutionId, rows),
    total: sums.count,
    totalHours: Math.round((sums.minutes / 60) * 100) / 100,
  };
}
