/**
 * An institution's own frameworks: create, copy (built-in ones too), edit drafts, publish
 * versions. A published version is frozen, so that whatever points at its items stays
 * valid; changes go into a new draft version of the same lineage, and the older version
 * then shows that a newer one exists.
 */
import type { z } from 'zod';
import type {
  ZCreateFrameworkBody,
  ZCreateItemBody,
  ZLevelsBody,
  ZUpdateFrameworkBody,
  ZUpdateItemBody,
} from '../../../../contracts/frameworks';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import * as repo from './repository';

type Levels = z.output<typeof ZLevelsBody>;

const levelRows = (frameworkId: string, levels: Levels): repo.LevelRow[] =>
  levels.map((l, position) => ({
    id: newId(),
    framework_id: frameworkId,
    position,
    code: l.code,
    title: l.title,
    description: l.description ?? null,
  }));

async function ownDraft(db: Db, institutionId: string, id: string) {
  const f = await repo.findOwnFramework(db, institutionId, id);
  if (!f) {
    const visible = await repo.findVisibleFramework(db, institutionId, id);
    if (visible)
      throw AppError.forbidden(
        'Built-in frameworks cannot be changed. Make a copy and edit that instead.',
      );
    throw AppError.notFound('That framework');
  }
  if (f.status !== 'draft') {
    throw AppError.conflict(
      `Version ${f.version || f.version_number} of "${f.title}" is published and frozen, so that what refers to it stays valid. Start a new version to change it.`,
    );
  }
  return f;
}

/** A new draft of the institution; `creator` (CASE) is who wrote it, usually the institution. */
function frameworkRow(
  institutionId: string,
  over: Partial<repo.FrameworkRow> & { title: string; creator: string },
): repo.FrameworkRow {
  const id = newId();
  const now = nowIso();
  return {
    id,
    identifier: newId(),
    source_identifier: null,
    institution_id: institutionId,
    builtin_key: null,
    lineage_id: id,
    version_number: 1,
    version: '',
    status: 'draft',
    publisher: null,
    description: null,
    source_url: null,
    language: 'en',
    is_public: 0,
    copied_from_id: null,
    content_hash: null,
    last_change_at: now,
    created_at: now,
    published_at: null,
    ...over,
  };
}

export async function createFramework(
  db: Db,
  institutionId: string,
  body: z.output<typeof ZCreateFrameworkBody>,
) {
  const row = frameworkRow(institutionId, {
    creator: await repo.institutionName(db, institutionId),
    title: body.title,
    description: body.description ?? null,
    publisher: body.publisher ?? null,
  });
  await db.transaction().execute(async (trx) => {
    await repo.insertFramework(trx, row);
    await repo.insertLevels(trx, levelRows(row.id, body.levels ?? []));
  });
  return row.id;
}

/** Copies levels, items (new identifiers) and the associations the source carries. */
async function cloneInto(
  trx: Db,
  source: repo.FrameworkRow,
  target: repo.FrameworkRow,
  institutionId: string,
) {
  await repo.insertFramework(trx, target);
  const [levels, items, associations] = await Promise.all([
    repo.listLevels(trx, source.id),
    repo.listItems(trx, source.id),
    repo.listFrameworkAssociations(trx, source.id),
  ]);
  await repo.insertLevels(
    trx,
    levels.map((l) => ({ ...l, id: newId(), framework_id: target.id })),
  );
  const map = new Map(items.map((i) => [i.id, newId()]));
  const now = nowIso();
  await repo.insertItems(
    trx,
    items.map((i) => ({
      ...i,
      id: map.get(i.id)!,
      identifier: newId(),
      source_identifier: null,
      framework_id: target.id,
      parent_id: i.parent_id ? (map.get(i.parent_id) ?? null) : null,
      parent_association_identifier: newId(),
      last_change_at: now,
    })),
  );
  await repo.insertAssociations(
    trx,
    associations.map((a) => ({
      ...a,
      id: newId(),
      identifier: newId(),
      institution_id: institutionId,
      framework_id: target.id,
      origin_item_id: a.origin_item_id ? (map.get(a.origin_item_id) ?? a.origin_item_id) : null,
      destination_item_id: a.destination_item_id
        ? (map.get(a.destination_item_id) ?? a.destination_item_id)
        : null,
      last_change_at: now,
    })),
  );
}

export async function copyFramework(
  db: Db,
  institutionId: string,
  sourceId: string,
  title?: string,
) {
  const source = await repo.findVisibleFramework(db, institutionId, sourceId);
  if (!source) throw AppError.notFound('That framework');
  const target = frameworkRow(institutionId, {
    creator: await repo.institutionName(db, institutionId),
    title: title ?? `${source.title} (copy)`,
    publisher: source.publisher,
    description: source.description,
    source_url: source.source_url,
    language: source.language,
    copied_from_id: source.id,
  });
  await db.transaction().execute((trx) => cloneInto(trx, source, target, institutionId));
  return target.id;
}

export async function newVersion(db: Db, institutionId: string, id: string) {
  const source = await repo.findOwnFramework(db, institutionId, id);
  if (!source) throw AppError.notFound('That framework');
  if (source.status !== 'published')
    throw AppError.conflict('This version is still a draft: edit it directly.');
  return db.transaction().execute(async (trx) => {
    if (await repo.hasDraftInLineage(trx, source.lineage_id)) {
      throw AppError.conflict(
        'A new version of this framework is already being drafted. Edit or delete that draft first.',
      );
    }
    const versions = await repo.lineageVersions(trx, source.lineage_id);
    const target = frameworkRow(institutionId, {
      creator: source.creator,
      title: source.title,
      publisher: source.publisher,
      description: source.description,
      source_url: source.source_url,
      language: source.language,
      lineage_id: source.lineage_id,
      version_number: Math.max(...versions.map((v) => v.version_number)) + 1,
      is_public: source.is_public,
      copied_from_id: source.id,
    });
    await cloneInto(trx, source, target, institutionId);
    return target.id;
  });
}

export async function updateFramework(
  db: Db,
  institutionId: string,
  id: string,
  body: z.output<typeof ZUpdateFrameworkBody>,
) {
  const own = await repo.findOwnFramework(db, institutionId, id);
  const onlyVisibility = Object.entries(body).every(
    ([k, v]) => k === 'isPublic' || v === undefined,
  );
  // Whether other systems may read it can change on any version; content only on drafts.
  if (!own || !onlyVisibility) await ownDraft(db, institutionId, id);
  await db.transaction().execute(async (trx) => {
    const patch: Partial<repo.FrameworkRow> = { last_change_at: nowIso() };
    if (body.title !== undefined) patch.title = body.title;
    if (body.description !== undefined) patch.description = body.description;
    if (body.publisher !== undefined) patch.publisher = body.publisher;
    if (body.sourceUrl !== undefined) patch.source_url = body.sourceUrl;
    if (body.isPublic !== undefined) patch.is_public = body.isPublic ? 1 : 0;
    await repo.updateFramework(trx, id, patch);
    if (body.levels) await repo.replaceLevels(trx, id, levelRows(id, body.levels));
  });
}

export async function publish(db: Db, institutionId: string, id: string, version: string) {
  const f = await ownDraft(db, institutionId, id);
  if ((await repo.countItems(db, id)) === 0) {
    throw AppError.validation([], 'Add at least one item before publishing this framework.');
  }
  const taken = (await repo.lineageVersions(db, f.lineage_id)).some(
    (v) => v.id !== id && v.version === version,
  );
  if (taken)
    throw AppError.validation([
      { path: 'version', message: `is already used by another version: choose another label` },
    ]);
  const now = nowIso();
  await repo.updateFramework(db, id, {
    status: 'published',
    version,
    published_at: now,
    last_change_at: now,
  });
}

export async function deleteDraft(db: Db, institutionId: string, id: string) {
  await ownDraft(db, institutionId, id);
  await repo.deleteFramework(db, id);
}

// Items

export async function addItem(
  db: Db,
  institutionId: string,
  frameworkId: string,
  body: z.output<typeof ZCreateItemBody>,
) {
  await ownDraft(db, institutionId, frameworkId);
  let depth = 0;
  if (body.parentId) {
    const parent = await repo.findOwnItem(db, institutionId, body.parentId);
    if (!parent || parent.framework_id !== frameworkId) {
      throw AppError.validation([
        { path: 'parentId', message: 'is not an item of this framework' },
      ]);
    }
    depth = parent.depth + 1;
  }
  const id = newId();
  const identifier = newId();
  await db.transaction().execute(async (trx) => {
    await repo.insertItems(trx, [
      {
        id,
        identifier,
        source_identifier: null,
        framework_id: frameworkId,
        parent_id: body.parentId,
        parent_association_identifier: newId(),
        position: (await repo.maxPosition(trx, frameworkId, body.parentId)) + 1,
        depth,
        code: body.code ?? null,
        title: body.title ?? null,
        statement: body.statement,
        item_type: body.type ?? null,
        notes: null,
        search_text: repo.searchText(body.code, body.title, body.statement),
        last_change_at: nowIso(),
      },
    ]);
    await repo.updateFramework(trx, frameworkId, { last_change_at: nowIso() });
  });
  return id;
}

async function draftItem(db: Db, institutionId: string, id: string) {
  const item = await repo.findOwnItem(db, institutionId, id);
  if (!item) {
    if (await repo.findVisibleItem(db, institutionId, id)) {
      throw AppError.forbidden(
        'Items of built-in frameworks cannot be changed. Make a copy of the framework and edit that.',
      );
    }
    throw AppError.notFound('That framework item');
  }
  if (item.framework_status !== 'draft') {
    throw AppError.conflict(
      'This item belongs to a published version, which is frozen. Start a new version of the framework to change it.',
    );
  }
  return item;
}

/** Rewrites sibling positions 0..n-1 in the given order, and the depth of a moved subtree. */
function renumber(items: repo.ItemRow[]) {
  const byParent = new Map<string | null, repo.ItemRow[]>();
  for (const i of items) byParent.set(i.parent_id, [...(byParent.get(i.parent_id) ?? []), i]);
  const changes: { id: string; position: number; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    (byParent.get(parent) ?? []).forEach((i, position) => {
      if (i.position !== position || i.depth !== depth) changes.push({ id: i.id, position, depth });
      walk(i.id, depth + 1);
    });
  };
  walk(null, 0);
  return changes;
}

export async function updateItem(
  db: Db,
  institutionId: string,
  id: string,
  body: z.output<typeof ZUpdateItemBody>,
) {
  const item = await draftItem(db, institutionId, id);
  await db.transaction().execute(async (trx) => {
    const items = (await repo.listItems(trx, item.framework_id)).sort(
      (a, b) => a.position - b.position,
    );
    const self = items.find((i) => i.id === id)!;
    const moving = body.parentId !== undefined || body.position !== undefined;
    if (body.parentId !== undefined && body.parentId !== null) {
      if (!items.some((i) => i.id === body.parentId)) {
        throw AppError.validation([
          { path: 'parentId', message: 'is not an item of this framework' },
        ]);
      }
      // The new parent may not be the item itself or anything under it.
      for (
        let at: string | null = body.parentId;
        at;
        at = items.find((i) => i.id === at)?.parent_id ?? null
      ) {
        if (at === id)
          throw AppError.validation([
            { path: 'parentId', message: 'would put the item under itself' },
          ]);
      }
    }
    const next = { ...self };
    if (body.code !== undefined) next.code = body.code;
    if (body.title !== undefined) next.title = body.title;
    if (body.statement !== undefined) next.statement = body.statement;
    if (body.type !== undefined) next.item_type = body.type;
    if (body.parentId !== undefined) next.parent_id = body.parentId;
    next.search_text = repo.searchText(next.code, next.title, next.statement);
    next.last_change_at = nowIso();
    await repo.updateItem(trx, id, {
      code: next.code,
      title: next.title,
      statement: next.statement,
      item_type: next.item_type,
      parent_id: next.parent_id,
      search_text: next.search_text,
      last_change_at: next.last_change_at,
    });
    if (moving) {
      const siblings = items.filter((i) => i.parent_id === next.parent_id && i.id !== id);
      const at = Math.min(body.position ?? siblings.length, siblings.length);
      siblings.splice(at, 0, next);
      const rest = items.filter((i) => i.parent_id !== next.parent_id && i.id !== id);
      for (const c of renumber([...rest, ...siblings]))
        await repo.updateItem(trx, c.id, { position: c.position, depth: c.depth });
    }
    await repo.updateFramework(trx, item.framework_id, { last_change_at: nowIso() });
  });
}

export async function deleteItem(db: Db, institutionId: string, id: string) {
  const item = await draftItem(db, institutionId, id);
  await db.transaction().execute(async (trx) => {
    const items = (await repo.listItems(trx, item.framework_id)).sort(
      (a, b) => a.position - b.position,
    );
    const gone = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const i of items) {
        if (i.parent_id && gone.has(i.parent_id) && !gone.has(i.id)) {
          gone.add(i.id);
          grew = true;
        }
      }
    }
    await repo.deleteItems(trx, [...gone]);
    for (const c of renumber(items.filter((i) => !gone.has(i.id)))) {
      await repo.updateItem(trx, c.id, { position: c.position, depth: c.depth });
    }
    await repo.updateFramework(trx, item.framework_id, { last_change_at: nowIso() });
  });
}
