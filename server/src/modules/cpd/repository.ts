import { sql } from 'kysely';
import type { Db } from '../../db/connect';
import type { CpdEntriesTable } from '../../db/schema';

export type EntryRow = CpdEntriesTable;

/** Every query is scoped to the author: entries are private to the person who wrote them. */
export type Owner = { institutionId: string; userId: string };

export type EntryFilter = {
  from?: string | undefined;
  to?: string | undefined;
  type?: string | undefined;
  tagId?: string | undefined;
  significant?: boolean | undefined;
  needle?: string | undefined;
};

const owned = (db: Db, o: Owner) =>
  db
    .selectFrom('cpd_entries as e')
    .where('e.institution_id', '=', o.institutionId)
    .where('e.user_id', '=', o.userId);

function filtered(db: Db, o: Owner, f: EntryFilter) {
  let q = owned(db, o);
  if (f.from) q = q.where('e.occurred_on', '>=', f.from);
  if (f.to) q = q.where('e.occurred_on', '<=', f.to);
  if (f.type) q = q.where('e.type', '=', f.type);
  if (f.significant !== undefined) q = q.where('e.significant', '=', f.significant ? 1 : 0);
  if (f.tagId) {
    const tagId = f.tagId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('cpd_entry_tags as t')
          .select('t.entry_id')
          .whereRef('t.entry_id', '=', 'e.id')
          .where('t.item_id', '=', tagId),
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

export async function totals(db: Db, o: Owner, f: EntryFilter) {
  const r = await filtered(db, o, f)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('e.minutes').as('minutes'),
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
    .execute();
}

export async function deleteEntry(db: Db, o: Owner, id: string) {
  await db
    .deleteFrom('cpd_entries')
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .execute();
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
      'e.created_at',
    ])
    .where('e.user_id', '=', userId)
    .orderBy('e.occurred_on')
    .execute();
}

export async function countEntriesOfUser(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('cpd_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
