import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { v5 as uuidv5 } from 'uuid';
import type { Db, Dialect } from '../../../db/connect';
import { nowIso } from '../../../lib/time';
import * as repo from '../repository';
import type { BuiltinFramework, BuiltinItem, BuiltinMapping } from './types';

/** Namespace for the identifiers of built-in crosswalk associations (fixed forever). */
const CROSSWALK_NAMESPACE = '6f1d8f5e-2a43-4c57-9a39-0b6a5d1c7e21';

/** Built-in item identifiers never change between releases: they derive from the framework and key. */
export const builtinItemIdentifier = (f: BuiltinFramework, key: string) =>
  uuidv5(`${f.key}:${key}`, f.identifier);

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function flatten(f: BuiltinFramework, at: string, now: string): repo.ItemRow[] {
  const rows: repo.ItemRow[] = [];
  const walk = (items: BuiltinItem[], parentId: string | null, depth: number) => {
    items.forEach((item, position) => {
      const id = builtinItemIdentifier(f, item.key);
      rows.push({
        id,
        identifier: id,
        source_identifier: null,
        framework_id: at,
        parent_id: parentId,
        parent_association_identifier: uuidv5(`${f.key}:${item.key}:isChildOf`, f.identifier),
        position,
        depth,
        code: item.code ?? null,
        title: item.title,
        statement: item.statement,
        item_type: item.type,
        notes: null,
        search_text: repo.searchText(item.code, item.title, item.statement),
        last_change_at: now,
      });
      if (item.children) walk(item.children, id, depth + 1);
    });
  };
  walk(f.items, null, 0);
  return rows;
}

/**
 * Brings the built-in frameworks and crosswalk in the database in line with the data in
 * this release. Runs at start-up; does nothing when nothing changed. Items are updated in
 * place (same ids), so that references to them from elsewhere survive.
 */
export async function syncBuiltinFrameworks(
  db: Db,
  dialect: Dialect,
  frameworks: readonly BuiltinFramework[],
  crosswalk: readonly BuiltinMapping[],
): Promise<{ changed: string[] }> {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      // Several instances may start together: one syncs, the others wait and find it done.
      await sql`select pg_advisory_xact_lock(4242001)`.execute(trx);
    }
    const changed: string[] = [];
    const now = nowIso();
    const byKey = new Map(frameworks.map((f) => [f.key, f]));
    for (const f of frameworks) {
      const contentHash = hash(f);
      const existing = await trx
        .selectFrom('frameworks')
        .select(['id', 'content_hash'])
        .where('id', '=', f.identifier)
        .executeTakeFirst();
      if (existing?.content_hash === contentHash) continue;
      changed.push(f.key);
      const row: repo.FrameworkRow = {
        id: f.identifier,
        identifier: f.identifier,
        source_identifier: null,
        institution_id: null,
        builtin_key: f.key,
        lineage_id: f.identifier,
        version_number: 1,
        version: f.version,
        status: 'published',
        title: f.title,
        creator: 'Cairn',
        publisher: f.publisher,
        description: f.description,
        source_url: f.sourceUrl,
        language: 'en',
        is_public: 1,
        copied_from_id: null,
        content_hash: contentHash,
        last_change_at: now,
        created_at: now,
        published_at: now,
      };
      if (existing) {
        const { id: _id, created_at: _created, ...patch } = row;
        await repo.updateFramework(trx, f.identifier, patch);
      } else {
        await repo.insertFramework(trx, row);
      }
      const items = flatten(f, f.identifier, now);
      await repo.upsertItems(trx, items);
      await repo.deleteItemsNotIn(
        trx,
        f.identifier,
        items.map((i) => i.id),
      );
      await repo.replaceLevels(
        trx,
        f.identifier,
        (f.levels ?? []).map((l, position) => ({
          id: uuidv5(`level:${l.code}`, f.identifier),
          framework_id: f.identifier,
          position,
          code: l.code,
          title: l.title,
          description: l.description,
        })),
      );
    }

    const resolve = (ref: string) => {
      const [fk, key] = ref.split(':');
      const f = byKey.get(fk ?? '');
      if (!f || !key) throw new Error(`crosswalk points at unknown item ${ref}`);
      return { framework: f, id: builtinItemIdentifier(f, key) };
    };
    const wanted: repo.AssociationRow[] = crosswalk.map((m) => {
      const from = resolve(m.from);
      const to = resolve(m.to);
      return {
        id: uuidv5(`${m.from}|${m.type}|${m.to}`, CROSSWALK_NAMESPACE),
        identifier: uuidv5(`${m.from}|${m.type}|${m.to}`, CROSSWALK_NAMESPACE),
        institution_id: null,
        framework_id: from.framework.identifier,
        association_type: m.type,
        origin_item_id: from.id,
        destination_item_id: to.id,
        origin_link: null,
        destination_link: null,
        sequence_number: null,
        rationale: m.rationale,
        last_change_at: now,
      };
    });
    const current = await trx
      .selectFrom('framework_associations')
      .select(['identifier', 'rationale', 'association_type'])
      .where('institution_id', 'is', null)
      .execute();
    const sig = (
      rows: { identifier: string; rationale: string | null; association_type: string }[],
    ) => hash(rows.map((r) => [r.identifier, r.association_type, r.rationale]).sort());
    if (changed.length > 0 || sig(current) !== sig(wanted)) {
      await repo.replaceBuiltinAssociations(trx, wanted);
      if (!changed.includes('crosswalk')) changed.push('crosswalk');
    }
    return { changed };
  });
}
