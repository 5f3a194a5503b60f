import type {
  TFrameworkItem,
  TFrameworkNode,
  TFrameworkSummary,
  TFrameworkTree,
  TItemDetail,
  TItemMapping,
  TItemRef,
} from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import * as repo from './repository';

export const toItem = (r: repo.TreeRow): TFrameworkItem => ({
  id: r.id,
  identifier: r.identifier,
  code: r.code,
  title: r.title,
  statement: r.statement,
  type: r.item_type,
});

const toRef = (r: repo.ItemWithFramework): TItemRef => ({
  ...toItem(r),
  framework: { id: r.framework_id, title: r.framework_title, version: r.framework_version },
});

/** Parents come before children in `rows` (ordered by depth, then position). */
export function buildTree(rows: repo.TreeRow[]): TFrameworkNode[] {
  const nodes = new Map<string, TFrameworkNode>();
  const roots: TFrameworkNode[] = [];
  for (const r of rows) {
    const node: TFrameworkNode = { ...toItem(r), children: [] };
    nodes.set(r.id, node);
    const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

async function summarise(
  db: Db,
  f: repo.FrameworkRow,
  itemCount: number,
  siblings?: { id: string; version: string; version_number: number; status: string }[],
): Promise<TFrameworkSummary> {
  const [levels, versions] = await Promise.all([
    repo.listLevels(db, f.id),
    siblings ?? repo.lineageVersions(db, f.lineage_id),
  ]);
  const newest = versions
    .filter((v) => v.status === 'published' && v.version_number > f.version_number)
    .sort((a, b) => b.version_number - a.version_number)[0];
  return {
    id: f.id,
    identifier: f.identifier,
    title: f.title,
    publisher: f.publisher,
    creator: f.creator,
    description: f.description,
    sourceUrl: f.source_url,
    language: f.language,
    version: f.version,
    versionNumber: f.version_number,
    status: f.status === 'draft' ? 'draft' : 'published',
    builtin: f.institution_id === null,
    isPublic: f.institution_id === null || f.is_public === 1,
    itemCount,
    levels: levels.map((l) => ({ code: l.code, title: l.title, description: l.description })),
    lastChangeAt: f.last_change_at,
    newerVersion: newest ? { id: newest.id, version: newest.version } : null,
  };
}

export async function listFrameworks(db: Db, institutionId: string): Promise<TFrameworkSummary[]> {
  const rows = await repo.listVisibleFrameworks(db, institutionId);
  const byLineage = new Map<string, typeof rows>();
  for (const r of rows) byLineage.set(r.lineage_id, [...(byLineage.get(r.lineage_id) ?? []), r]);
  return Promise.all(
    rows.map((r) => summarise(db, r, Number(r.item_count ?? 0), byLineage.get(r.lineage_id))),
  );
}

export async function getFrameworkSummary(db: Db, institutionId: string | null, id: string) {
  const f = await repo.findVisibleFramework(db, institutionId, id);
  if (!f) throw AppError.notFound('That framework');
  return summarise(db, f, await repo.countItems(db, f.id));
}

export async function getTree(
  db: Db,
  institutionId: string | null,
  id: string,
): Promise<TFrameworkTree> {
  const f = await repo.findVisibleFramework(db, institutionId, id);
  if (!f) throw AppError.notFound('That framework');
  const rows = await repo.listTreeItems(db, f.id);
  return { framework: await summarise(db, f, rows.length), items: buildTree(rows) };
}

export async function getItem(db: Db, institutionId: string, id: string): Promise<TItemDetail> {
  const item = await repo.findVisibleItem(db, institutionId, id);
  if (!item) throw AppError.notFound('That framework item');
  const path: repo.ItemRow[] = [];
  for (let parentId = item.parent_id; parentId; ) {
    const [parent] = await repo.findItemsByIds(db, [parentId]);
    if (!parent) break;
    path.unshift(parent);
    parentId = parent.parent_id;
  }
  const [children, associations] = await Promise.all([
    repo.listChildren(db, item.id),
    repo.listItemAssociations(db, institutionId, item.id),
  ]);
  const mappings: TItemMapping[] = [];
  for (const a of associations) {
    const outgoing = a.origin_item_id === item.id;
    const otherId = outgoing ? a.destination_item_id : a.origin_item_id;
    if (!otherId) continue;
    const other = await repo.findVisibleItem(db, institutionId, otherId);
    if (!other) continue; // the other end is in a framework this institution cannot read
    mappings.push({
      direction: outgoing ? 'outgoing' : 'incoming',
      type: a.association_type,
      rationale: a.rationale,
      item: toRef(other),
    });
  }
  mappings.sort((x, y) =>
    `${x.item.framework.title} ${x.item.code ?? ''}`.localeCompare(
      `${y.item.framework.title} ${y.item.code ?? ''}`,
      'en',
      { numeric: true },
    ),
  );
  return {
    item: toRef(item),
    notes: item.notes,
    path: path.map(toItem),
    children: children.map(toItem),
    mappings,
  };
}

export async function searchItems(
  db: Db,
  institutionId: string,
  q: { q: string; frameworkId?: string | undefined; limit: number },
): Promise<TItemRef[]> {
  const rows = await repo.searchItems(db, institutionId, {
    needle: repo.searchText(q.q),
    frameworkId: q.frameworkId,
    limit: q.limit,
  });
  return rows.map(toRef);
}
