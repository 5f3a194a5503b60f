import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/connect';
import type {
  Database,
  FrameworkAssociationsTable,
  FrameworkItemsTable,
  FrameworkLevelsTable,
  FrameworksTable,
} from '../../db/schema';

export type FrameworkRow = FrameworksTable;
export type ItemRow = FrameworkItemsTable;
export type LevelRow = FrameworkLevelsTable;
export type AssociationRow = FrameworkAssociationsTable;

/** Built-in frameworks are visible to everyone; others only to their own institution. */
const visibleTo =
  (institutionId: string | null) =>
  (eb: ExpressionBuilder<Database & { f: FrameworksTable }, 'f'>) =>
    institutionId
      ? eb.or([eb('f.institution_id', 'is', null), eb('f.institution_id', '=', institutionId)])
      : eb('f.institution_id', 'is', null);

/** Published frameworks that anyone may read over CASE: built-in ones and those marked public. */
const isPublicFramework = (eb: ExpressionBuilder<Database & { f: FrameworksTable }, 'f'>) =>
  eb.and([
    eb('f.status', '=', 'published'),
    eb.or([eb('f.institution_id', 'is', null), eb('f.is_public', '=', 1)]),
  ]);

export { searchText } from '../../lib/search';

export async function listVisibleFrameworks(db: Db, institutionId: string | null) {
  return db
    .selectFrom('frameworks as f')
    .selectAll('f')
    .select((eb) =>
      eb
        .selectFrom('framework_items as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.framework_id', '=', 'f.id')
        .as('item_count'),
    )
    .where(visibleTo(institutionId))
    .orderBy('f.institution_id')
    .orderBy('f.title')
    .orderBy('f.version_number', 'desc')
    .execute();
}

export async function findVisibleFramework(db: Db, institutionId: string | null, id: string) {
  return db
    .selectFrom('frameworks as f')
    .selectAll('f')
    .where('f.id', '=', id)
    .where(visibleTo(institutionId))
    .executeTakeFirst();
}

export async function findPublicFrameworkByIdentifier(db: Db, identifier: string) {
  return db
    .selectFrom('frameworks as f')
    .selectAll('f')
    .where('f.identifier', '=', identifier)
    .where(isPublicFramework)
    .executeTakeFirst();
}

export async function listPublicFrameworks(db: Db) {
  return db
    .selectFrom('frameworks as f')
    .selectAll('f')
    .where(isPublicFramework)
    .orderBy('f.title')
    .execute();
}

export async function lineageVersions(db: Db, lineageId: string) {
  return db
    .selectFrom('frameworks')
    .select(['id', 'version', 'version_number', 'status'])
    .where('lineage_id', '=', lineageId)
    .orderBy('version_number', 'desc')
    .execute();
}

export async function countItems(db: Db, frameworkId: string): Promise<number> {
  const r = await db
    .selectFrom('framework_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('framework_id', '=', frameworkId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listLevels(db: Db, frameworkId: string) {
  return db
    .selectFrom('framework_levels')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('position')
    .execute();
}

/** Every item of a framework, parents before children and siblings in order. */
export async function listItems(db: Db, frameworkId: string) {
  return db
    .selectFrom('framework_items')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
}

/** Just what the tree shows: the columns of TFrameworkItem and the parent link. */
export type TreeRow = Pick<
  ItemRow,
  'id' | 'identifier' | 'parent_id' | 'code' | 'title' | 'statement' | 'item_type'
>;

export async function listTreeItems(db: Db, frameworkId: string): Promise<TreeRow[]> {
  return db
    .selectFrom('framework_items')
    .select(['id', 'identifier', 'parent_id', 'code', 'title', 'statement', 'item_type'])
    .where('framework_id', '=', frameworkId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
}

const itemWithFramework = (db: Db, institutionId: string | null) =>
  db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .selectAll('i')
    .select(['f.title as framework_title', 'f.version as framework_version'])
    .where(visibleTo(institutionId));

export type ItemWithFramework = ItemRow & { framework_title: string; framework_version: string };

export async function findVisibleItem(db: Db, institutionId: string | null, id: string) {
  return itemWithFramework(db, institutionId).where('i.id', '=', id).executeTakeFirst();
}

/** Several visible items at once (unknown or invisible ids are simply absent). */
export async function findVisibleItems(
  db: Db,
  institutionId: string | null,
  ids: readonly string[],
) {
  if (ids.length === 0) return [];
  return itemWithFramework(db, institutionId).where('i.id', 'in', ids).execute();
}

export async function findItemsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('framework_items').selectAll().where('id', 'in', ids).execute();
}

export async function listChildren(db: Db, parentId: string) {
  return db
    .selectFrom('framework_items')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('position')
    .execute();
}

export async function searchItems(
  db: Db,
  institutionId: string | null,
  q: { needle: string; frameworkId?: string | undefined; limit: number },
) {
  const pattern = `%${q.needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let query = itemWithFramework(db, institutionId).where(
    sql<boolean>`i.search_text like ${pattern} escape '\\'`,
  );
  if (q.frameworkId) query = query.where('i.framework_id', '=', q.frameworkId);
  // Codes and titles that start with the needle first, then by framework and tree order.
  const prefix = `${q.needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return query
    .orderBy(sql`case when i.search_text like ${prefix} escape '\\' then 0 else 1 end`)
    .orderBy('f.title')
    .orderBy('i.depth')
    .orderBy('i.position')
    .limit(q.limit)
    .execute();
}

/**
 * Associations touching an item (either end) that the institution may see: built-in ones
 * and its own, and only where the other end lies in a framework it can read.
 */
export async function listItemAssociations(db: Db, institutionId: string | null, itemId: string) {
  return db
    .selectFrom('framework_associations as a')
    .selectAll('a')
    .where((eb) =>
      eb.or([eb('a.origin_item_id', '=', itemId), eb('a.destination_item_id', '=', itemId)]),
    )
    .where((eb) =>
      institutionId
        ? eb.or([eb('a.institution_id', 'is', null), eb('a.institution_id', '=', institutionId)])
        : eb('a.institution_id', 'is', null),
    )
    .where('a.association_type', '!=', 'isChildOf')
    .execute();
}

export async function listFrameworkAssociations(db: Db, frameworkId: string) {
  return db
    .selectFrom('framework_associations')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('identifier')
    .execute();
}

/** An item of a public framework, found by its CASE identifier or by that of its isChildOf link. */
async function findPublicItemBy(
  db: Db,
  column: 'identifier' | 'parent_association_identifier',
  identifier: string,
) {
  return db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .selectAll('i')
    .select(['f.identifier as framework_identifier', 'f.title as framework_title'])
    .where(`i.${column}`, '=', identifier)
    .where(isPublicFramework)
    .executeTakeFirst();
}

export const findPublicItemByIdentifier = (db: Db, identifier: string) =>
  findPublicItemBy(db, 'identifier', identifier);

export const findPublicTreeLinkByIdentifier = (db: Db, identifier: string) =>
  findPublicItemBy(db, 'parent_association_identifier', identifier);

export async function findPublicAssociationByIdentifier(db: Db, identifier: string) {
  return db
    .selectFrom('framework_associations as a')
    .innerJoin('frameworks as f', 'f.id', 'a.framework_id')
    .selectAll('a')
    .select('f.identifier as framework_identifier')
    .where('a.identifier', '=', identifier)
    .where(isPublicFramework)
    .executeTakeFirst();
}

export async function findItemsByIdentifiers(db: Db, identifiers: readonly string[]) {
  if (identifiers.length === 0) return [];
  const out: { id: string; identifier: string; framework_id: string }[] = [];
  for (let i = 0; i < identifiers.length; i += 500) {
    const chunk = identifiers.slice(i, i + 500);
    out.push(
      ...(await db
        .selectFrom('framework_items')
        .select(['id', 'identifier', 'framework_id'])
        .where('identifier', 'in', chunk)
        .execute()),
    );
  }
  return out;
}

export async function identifiersTaken(db: Db, identifiers: readonly string[]) {
  const taken = new Set<string>();
  for (let i = 0; i < identifiers.length; i += 500) {
    const chunk = identifiers.slice(i, i + 500);
    for (const table of ['frameworks', 'framework_items', 'framework_associations'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('identifier')
        .where('identifier', 'in', chunk)
        .execute();
      for (const r of rows) taken.add(r.identifier);
    }
    const links = await db
      .selectFrom('framework_items')
      .select('parent_association_identifier')
      .where('parent_association_identifier', 'in', chunk)
      .execute();
    for (const r of links) taken.add(r.parent_association_identifier);
  }
  return taken;
}

// Writes

/** Rows per INSERT: keeps the number of bound values under SQLite's limit. */
const CHUNK = 400;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function insertFramework(db: Db, row: FrameworkRow) {
  await db.insertInto('frameworks').values(row).execute();
}

export async function updateFramework(db: Db, id: string, patch: Partial<FrameworkRow>) {
  await db.updateTable('frameworks').set(patch).where('id', '=', id).execute();
}

export const insertItems = (db: Db, rows: ItemRow[]) =>
  inChunks(rows, (chunk) => db.insertInto('framework_items').values(chunk).execute());
export const insertLevels = (db: Db, rows: LevelRow[]) =>
  inChunks(rows, (chunk) => db.insertInto('framework_levels').values(chunk).execute());
export const insertAssociations = (db: Db, rows: AssociationRow[]) =>
  inChunks(rows, (chunk) => db.insertInto('framework_associations').values(chunk).execute());

/** Inserts or updates items by id, so that references to built-in items survive updates. */
export async function upsertItems(db: Db, rows: ItemRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('framework_items')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          parent_id: eb.ref('excluded.parent_id'),
          parent_association_identifier: eb.ref('excluded.parent_association_identifier'),
          position: eb.ref('excluded.position'),
          depth: eb.ref('excluded.depth'),
          code: eb.ref('excluded.code'),
          title: eb.ref('excluded.title'),
          statement: eb.ref('excluded.statement'),
          item_type: eb.ref('excluded.item_type'),
          notes: eb.ref('excluded.notes'),
          search_text: eb.ref('excluded.search_text'),
          last_change_at: eb.ref('excluded.last_change_at'),
        })),
      )
      .execute();
  }
}

export async function deleteItemsNotIn(db: Db, frameworkId: string, keepIds: readonly string[]) {
  const existing = await db
    .selectFrom('framework_items')
    .select('id')
    .where('framework_id', '=', frameworkId)
    .execute();
  const keep = new Set(keepIds);
  const gone = existing.map((r) => r.id).filter((id) => !keep.has(id));
  for (let i = 0; i < gone.length; i += CHUNK) {
    await db
      .deleteFrom('framework_items')
      .where('id', 'in', gone.slice(i, i + CHUNK))
      .execute();
  }
}

export async function replaceLevels(db: Db, frameworkId: string, rows: LevelRow[]) {
  await db.deleteFrom('framework_levels').where('framework_id', '=', frameworkId).execute();
  await insertLevels(db, rows);
}

export async function replaceBuiltinAssociations(db: Db, rows: AssociationRow[]) {
  await db.deleteFrom('framework_associations').where('institution_id', 'is', null).execute();
  await insertAssociations(db, rows);
}

// Editing (drafts of an institution's own frameworks)

export async function findOwnFramework(db: Db, institutionId: string, id: string) {
  return db
    .selectFrom('frameworks')
    .selectAll()
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function findOwnItem(db: Db, institutionId: string, id: string) {
  return db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .selectAll('i')
    .select(['f.status as framework_status', 'f.version as framework_version'])
    .where('i.id', '=', id)
    .where('f.institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function maxPosition(db: Db, frameworkId: string, parentId: string | null) {
  const r = await db
    .selectFrom('framework_items')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('framework_id', '=', frameworkId)
    .where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
    .executeTakeFirst();
  return r?.p === null || r?.p === undefined ? -1 : Number(r.p);
}

export async function updateItem(db: Db, id: string, patch: Partial<ItemRow>) {
  await db.updateTable('framework_items').set(patch).where('id', '=', id).execute();
}

export async function deleteItems(db: Db, ids: readonly string[]) {
  await inChunks([...ids], (chunk) =>
    db.deleteFrom('framework_items').where('id', 'in', chunk).execute(),
  );
}

export async function deleteFramework(db: Db, id: string) {
  await db.deleteFrom('frameworks').where('id', '=', id).execute();
}

export async function hasDraftInLineage(db: Db, lineageId: string) {
  return !!(await db
    .selectFrom('frameworks')
    .select('id')
    .where('lineage_id', '=', lineageId)
    .where('status', '=', 'draft')
    .executeTakeFirst());
}

export async function institutionName(db: Db, institutionId: string): Promise<string> {
  const r = await db
    .selectFrom('institutions')
    .select('name')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  return r?.name ?? 'Cairn';
}
