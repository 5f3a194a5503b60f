import type { z } from 'zod';
import type {
  TCpdEntry,
  TCpdType,
  TEvidence,
  ZBulkBody,
  ZCpdEntryQuery,
  ZCreateCpdEntryBody,
  ZUpdateCpdEntryBody,
} from '../../../../contracts/cpd';
import type { TItemRef } from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError, type FieldError } from '../../lib/errors';
import { renderMarkdown } from '../../lib/markdown';
import { searchText } from '../../lib/search';
import { nowIso } from '../../lib/time';
import { findVisibleItems, type ItemWithFramework } from '../frameworks/repository';
import * as repo from './repository';

export const today = () => new Date().toISOString().slice(0, 10);

/** Seed 003: capture costs seconds, so dates and hours are checked, not second-guessed. */
export function checkDate(date: string, path = 'date'): FieldError | null {
  const limit = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
  if (date > limit) return { path, message: 'is more than a year ahead: log CPD when it happens' };
  if (date < '1970-01-01') return { path, message: 'is too far in the past' };
  return null;
}

export const itemRef = (item: ItemWithFramework): TItemRef => ({
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

/** Framework items the institution may use, in the order given; unknown ones are problems. */
export async function checkItems(
  db: Db,
  institutionId: string,
  ids: readonly string[],
  path = 'tagIds',
): Promise<{ refs: TItemRef[]; problems: FieldError[] }> {
  const found = new Map(
    (await findVisibleItems(db, institutionId, [...new Set(ids)])).map((i) => [i.id, i]),
  );
  const refs: TItemRef[] = [];
  const problems: FieldError[] = [];
  for (const [i, id] of ids.entries()) {
    const item = found.get(id);
    if (item) refs.push(itemRef(item));
    else
      problems.push({ path: `${path}.${i}`, message: 'is not an item of a framework you can use' });
  }
  return { refs, problems };
}

export const evidenceUrl = (id: string) => `/api/cpd/evidence/${id}/file`;

export const toEvidence = (v: repo.EvidenceRow): TEvidence => ({
  id: v.id,
  kind: v.kind,
  title: v.title,
  url: v.kind === 'link' ? (v.url ?? '') : evidenceUrl(v.id),
  fileName: v.file_name,
  mediaType: v.media_type,
  sizeBytes: v.size_bytes,
  createdAt: v.created_at,
});

export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

const toEntry = (r: repo.EntryRow, tags: TItemRef[], evidence: TEvidence[]): TCpdEntry => ({
  id: r.id,
  date: r.occurred_on,
  hours: hoursOf(r.minutes),
  type: r.type as TCpdType,
  title: r.title,
  reflection: r.reflection,
  reflectionHtml: renderMarkdown(r.reflection),
  timeKind: r.time_kind === 'protected' || r.time_kind === 'personal' ? r.time_kind : null,
  significant: r.significant === 1,
  shared: r.shared === 1,
  draft: r.draft === 1,
  tags,
  evidence,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Rows to API entries, with their tags and evidence loaded in three queries in all. */
export async function hydrate(
  db: Db,
  institutionId: string,
  rows: readonly repo.EntryRow[],
): Promise<TCpdEntry[]> {
  const ids = rows.map((r) => r.id);
  const [links, evidence] = await Promise.all([repo.tagIdsOf(db, ids), repo.evidenceOf(db, ids)]);
  const items = new Map(
    (await findVisibleItems(db, institutionId, [...new Set(links.map((l) => l.item_id))])).map(
      (i) => [i.id, itemRef(i)],
    ),
  );
  const tagsBy = new Map<string, TItemRef[]>();
  for (const l of links) {
    const ref = items.get(l.item_id);
    if (ref) tagsBy.set(l.entry_id, [...(tagsBy.get(l.entry_id) ?? []), ref]);
  }
  const evidenceBy = new Map<string, TEvidence[]>();
  for (const v of evidence) {
    evidenceBy.set(v.entry_id, [...(evidenceBy.get(v.entry_id) ?? []), toEvidence(v)]);
  }
  return rows.map((r) => toEntry(r, tagsBy.get(r.id) ?? [], evidenceBy.get(r.id) ?? []));
}

/** A new entry row (shared by quick capture and imports). */
export function newEntryRow(
  owner: repo.Owner,
  body: {
    title: string;
    date: string;
    hours: number;
    type: string;
    reflection?: string | null | undefined;
    timeKind?: string | null | undefined;
    significant?: boolean | undefined;
    shared?: boolean | undefined;
    draft?: boolean | undefined;
    source?: string | null | undefined;
  },
): repo.EntryRow {
  const now = nowIso();
  return {
    id: newId(),
    institution_id: owner.institutionId,
    user_id: owner.userId,
    occurred_on: body.date,
    minutes: Math.round(body.hours * 60),
    type: body.type,
    title: body.title,
    reflection: body.reflection ?? null,
    time_kind: body.timeKind ?? null,
    significant: body.significant ? 1 : 0,
    shared: body.shared ? 1 : 0,
    draft: body.draft ? 1 : 0,
    source: body.source ?? null,
    search_text: searchText(body.title, body.reflection),
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
}

export async function createEntry(
  db: Db,
  owner: repo.Owner,
  body: z.output<typeof ZCreateCpdEntryBody>,
): Promise<TCpdEntry> {
  const date = body.date ?? today();
  const dateProblem = checkDate(date);
  const { refs, problems } = await checkItems(db, owner.institutionId, body.tagIds ?? []);
  const all = [...(dateProblem ? [dateProblem] : []), ...problems];
  if (all.length) throw AppError.validation(all);
  const row = newEntryRow(owner, { ...body, date });
  await db.transaction().execute(async (trx) => {
    await repo.insertEntry(trx, row);
    await repo.replaceTags(
      trx,
      row.id,
      refs.map((r) => r.id),
    );
  });
  return toEntry(row, refs, []);
}

export async function getEntry(db: Db, owner: repo.Owner, id: string): Promise<TCpdEntry> {
  const row = await repo.findEntry(db, owner, id);
  if (!row) throw AppError.notFound('That CPD entry');
  const [entry] = await hydrate(db, owner.institutionId, [row]);
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
  const tags = body.tagIds ? await checkItems(db, owner.institutionId, body.tagIds) : null;
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
      ...(body.shared !== undefined ? { shared: body.shared ? 1 : 0 } : {}),
      ...(body.draft === false ? { draft: 0 } : {}),
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

/** Deleting keeps the entry for a day so that it can be restored (undo); see purgeDeleted. */
export async function deleteEntry(db: Db, owner: repo.Owner, id: string) {
  if (!(await repo.findEntry(db, owner, id))) throw AppError.notFound('That CPD entry');
  await repo.setOnEntries(db, owner, [id], { deleted_at: nowIso() });
}

export const UNDO_WINDOW_MS = 24 * 3600_000;

/**
 * Removes entries deleted longer ago than the undo window, with their evidence rows;
 * returns the storage keys of their files so the caller can remove them.
 */
export async function purgeDeleted(db: Db, now = Date.now()): Promise<string[]> {
  const before = new Date(now - UNDO_WINDOW_MS).toISOString();
  const ids = (await repo.expiredDeletions(db, before)).map((r) => r.id);
  if (ids.length === 0) return [];
  const keys = (await repo.evidenceOf(db, ids)).flatMap((v) =>
    v.storage_key ? [v.storage_key] : [],
  );
  await repo.purgeEntries(db, ids);
  return keys;
}

export async function bulk(db: Db, owner: repo.Owner, body: z.output<typeof ZBulkBody>) {
  const ids =
    body.action === 'restore'
      ? await repo.deletedIds(db, owner, body.ids)
      : await repo.ownedIds(db, owner, body.ids);
  // All or nothing: one unknown id (someone else's, or already purged) changes nothing.
  const missing = new Set(body.ids).size - ids.length;
  if (missing > 0) {
    throw new AppError(
      404,
      'NOT_FOUND',
      `${missing === 1 ? 'One of those CPD entries was' : `${missing} of those CPD entries were`} not found, so nothing was changed. Reload the list and try again.`,
    );
  }
  if (body.action === 'tag' || body.action === 'untag') {
    const { refs, problems } = await checkItems(db, owner.institutionId, body.tagIds ?? []);
    if (problems.length) throw AppError.validation(problems);
    const itemIds = refs.map((r) => r.id);
    await db.transaction().execute(async (trx) => {
      if (body.action === 'tag') await repo.addTags(trx, ids, itemIds);
      else await repo.removeTags(trx, ids, itemIds);
      await repo.setOnEntries(trx, owner, ids, { updated_at: nowIso() });
    });
  } else {
    const patch: Partial<repo.EntryRow> = {
      'mark-significant': { significant: 1 },
      'unmark-significant': { significant: 0 },
      share: { shared: 1 },
      unshare: { shared: 0 },
      'confirm-drafts': { draft: 0 },
      delete: { deleted_at: nowIso() },
      restore: { deleted_at: null },
    }[body.action];
    const stamp =
      body.action === 'delete' || body.action === 'restore' ? {} : { updated_at: nowIso() };
    for (let i = 0; i < ids.length; i += 400) {
      await repo.setOnEntries(db, owner, ids.slice(i, i + 400), { ...patch, ...stamp });
    }
  }
  return { action: body.action, changed: ids.length, ids };
}

/**
 * The list's query as a repository filter. A tag filter matches the item and everything
 * below it, as the dashboard's coverage map counts them (filtering by CMALT core area 1
 * shows entries tagged 1a, 1b or 1c).
 */
export async function resolveFilter(
  db: Db,
  q: Omit<z.output<typeof ZCpdEntryQuery>, 'limit' | 'offset'>,
): Promise<repo.EntryFilter> {
  return {
    ...toFilter(q),
    tagIds: q.tagId ? await repo.itemWithDescendants(db, q.tagId) : undefined,
  };
}

function toFilter(q: Omit<z.output<typeof ZCpdEntryQuery>, 'limit' | 'offset'>): repo.EntryFilter {
  const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
  return {
    from: q.from,
    to: q.to,
    type: q.type,
    significant: bool(q.significant),
    hasReflection: bool(q.hasReflection),
    hasEvidence: bool(q.hasEvidence),
    draft: bool(q.draft),
    needle: q.q ? searchText(q.q) : undefined,
  };
}

export async function listEntries(db: Db, owner: repo.Owner, q: z.output<typeof ZCpdEntryQuery>) {
  const filter = await resolveFilter(db, q);
  const [rows, sums] = await Promise.all([
    repo.listEntries(db, owner, filter, { limit: q.limit, offset: q.offset }),
    repo.totals(db, owner, filter),
  ]);
  return {
    entries: await hydrate(db, owner.institutionId, rows),
    total: sums.count,
    totalHours: hoursOf(sums.minutes),
  };
}
