import { sql } from 'kysely';
import type { Db } from '../../db/connect';
import type { CpdEntriesTable, CpdEvidenceTable } from '../../db/schema';

export type EntryRow = CpdEntriesTable;
export type EvidenceRow = CpdEvidenceTable;

/** Every query is scoped to the author: entries are private to the person who wrote them. */
export type Owner = { institutionId: string; userId: string };

export type EntryFilter = {
  from?: string | undefined;
  to?: string | undefined;
  type?: string | undefined;
  /** Entries tagged with any of these items (an item and everything below it). */
  tagIds?: readonly string[] | undefined;
  significant?: boolean | undefined;
  hasReflection?: boolean | undefined;
  hasEvidence?: boolean | undefined;
  draft?: boolean | undefined;
  needle?: string | undefined;
};

/** The author's live entries (deleted ones wait for undo or purge and are invisible). */
export const owned = (db: Db, o: Owner) =>
  db
    .selectFrom('cpd_entries as e')
    .where('e.institution_id', '=', o.institutionId)
    .where('e.user_id', '=', o.userId)
    .where('e.deleted_at', 'is', null);

function filtered(db: Db, o: Owner, f: EntryFilter) {
  let q = owned(db, o);
  if (f.from) q = q.where('e.occurred_on', '>=', f.from);
  if (f.to) q = q.where('e.occurred_on', '<=', f.to);
  if (f.type) q = q.where('e.type', '=', f.type);
  if (f.significant !== undefined) q = q.where('e.significant', '=', f.significant ? 1 : 0);
  if (f.draft !== undefined) q = q.where('e.draft', '=', f.draft ? 1 : 0);
  if (f.hasReflection !== undefined) {
    q = f.hasReflection
      ? q.where('e.reflection', 'is not', null).where('e.reflection', '<>', '')
      : q.where((eb) => eb.or([eb('e.reflection', 'is', null), eb('e.reflection', '=', '')]));
  }
  if (f.hasEvidence !== undefined) {
    const has = f.hasEvidence;
    q = q.where((eb) => {
      const sub = eb
        .selectFrom('cpd_evidence as v')
        .select('v.id')
        .whereRef('v.entry_id', '=', 'e.id');
      return has ? eb.exists(sub) : eb.not(eb.exists(sub));
    });
  }
  if (f.tagIds) {
    const tagIds = f.tagIds.length ? f.tagIds : [''];
    // IN, not a correlated EXISTS: SQLite reads the items' tags once (into a Bloom filter)
    // instead of probing the tags once per entry (bench/cpd.ts: the count took half as long).
    q = q.where((eb) =>
      eb(
        'e.id',
        'in',
        eb.selectFrom('cpd_entry_tags as t').select('t.entry_id').where('t.item_id', 'in', tagIds),
      ),
    );
  }
  if (f.needle) {
    const pattern = `%${f.needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`e.search_text like ${pattern} escape '\\'`);
  }
  return q;
}

export async function listEntries(
  db: Db,
  o: Owner,
  f: EntryFilter,
  page: { limit: number; offset: number },
) {
  return filtered(db, o, f)
    .selectAll('e')
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Every matching entry (exports); newest first. */
export async function allEntries(db: Db, o: Owner, f: EntryFilter) {
  return filtered(db, o, f)
    .selectAll('e')
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
}

/** Count of matching entries, and their hours (drafts are not counted as hours). */
export async function totals(db: Db, o: Owner, f: EntryFilter) {
  const r = await filtered(db, o, f)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(sql`case when e.draft = 0 then e.minutes else 0 end`).as('minutes'),
    ])
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), minutes: Number(r.minutes ?? 0) };
}

export async function findEntry(db: Db, o: Owner, id: string) {
  return owned(db, o).selectAll('e').where('e.id', '=', id).executeTakeFirst();
}

export async function insertEntry(db: Db, row: EntryRow) {
  await db.insertInto('cpd_entries').values(row).execute();
}

export async function updateEntry(db: Db, o: Owner, id: string, patch: Partial<EntryRow>) {
  await db
    .updateTable('cpd_entries')
    .set(patch)
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Of these ids, the ones that are the author's live entries. */
export async function ownedIds(db: Db, o: Owner, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await owned(db, o).select('e.id').where('e.id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/** Of these ids, the author's deleted entries that can still be restored. */
export async function deletedIds(db: Db, o: Owner, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('cpd_entries')
    .select('id')
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .where('deleted_at', 'is not', null)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

export async function setOnEntries(
  db: Db,
  o: Owner,
  ids: readonly string[],
  patch: Partial<EntryRow>,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('cpd_entries')
    .set(patch)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .where('id', 'in', ids)
    .execute();
}

/** Entries deleted before `before`: their rows (and evidence rows) go; the caller removes files. */
export async function expiredDeletions(db: Db, before: string) {
  return db
    .selectFrom('cpd_entries')
    .select(['id'])
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<', before)
    .execute();
}

export async function purgeEntries(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('cpd_entries').where('id', 'in', ids).execute();
}

export async function tagIdsOf(db: Db, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('cpd_entry_tags')
    .select(['entry_id', 'item_id'])
    .where('entry_id', 'in', entryIds)
    .execute();
}

export async function replaceTags(db: Db, entryId: string, itemIds: readonly string[]) {
  await db.deleteFrom('cpd_entry_tags').where('entry_id', '=', entryId).execute();
  if (itemIds.length) {
    await db
      .insertInto('cpd_entry_tags')
      .values([...new Set(itemIds)].map((item_id) => ({ entry_id: entryId, item_id })))
      .execute();
  }
}

export async function addTags(db: Db, entryIds: readonly string[], itemIds: readonly string[]) {
  if (entryIds.length === 0 || itemIds.length === 0) return;
  const existing = new Set((await tagIdsOf(db, entryIds)).map((l) => `${l.entry_id} ${l.item_id}`));
  const values = entryIds.flatMap((entry_id) =>
    [...new Set(itemIds)]
      .filter((item_id) => !existing.has(`${entry_id} ${item_id}`))
      .map((item_id) => ({ entry_id, item_id })),
  );
  for (let i = 0; i < values.length; i += 400) {
    await db
      .insertInto('cpd_entry_tags')
      .values(values.slice(i, i + 400))
      .execute();
  }
}

export async function removeTags(db: Db, entryIds: readonly string[], itemIds: readonly string[]) {
  if (entryIds.length === 0 || itemIds.length === 0) return;
  await db
    .deleteFrom('cpd_entry_tags')
    .where('entry_id', 'in', entryIds)
    .where('item_id', 'in', itemIds)
    .execute();
}

export async function evidenceOf(db: Db, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('cpd_evidence')
    .selectAll()
    .where('entry_id', 'in', entryIds)
    .orderBy('created_at')
    .execute();
}

export async function entriesForExport(db: Db, userId: string) {
  return db
    .selectFrom('cpd_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .select([
      'i.name as institution',
      'e.occurred_on as date',
      'e.minutes',
      'e.type',
      'e.title',
      'e.reflection',
      'e.time_kind',
      'e.significant',
      'e.shared',
      'e.draft',
      'e.created_at',
    ])
    .where('e.user_id', '=', userId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.occurred_on')
    .execute();
}

export async function countEntriesOfUser(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('cpd_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The item and every item below it in its framework (frameworks are a few levels deep). */
export async function itemWithDescendants(db: Db, itemId: string): Promise<string[]> {
  const all = [itemId];
  let level = [itemId];
  while (level.length && all.length < 5000) {
    const next = await db
      .selectFrom('framework_items')
      .select('id')
      .where('parent_id', 'in', level)
      .execute();
    level = next.map((r) => r.id);
    all.push(...level);
  }
  return all;
}
