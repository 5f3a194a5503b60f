/** Import and export of whole frameworks (CASE packages), on top of the pure parts in case*.ts. */
import { v5 as uuidv5 } from 'uuid';
import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { type CaseLink, type CfPackage, exportPackage, linkForItem } from './case';
import type { ParsedLink, ParsedPackage } from './case-import';
import * as repo from './repository';

/** Assembles the CASE package of a framework the caller may read (or that is public). */
export async function packageFor(
  db: Db,
  framework: repo.FrameworkRow,
  publicUrl: string,
): Promise<CfPackage> {
  const [items, levels, associations] = await Promise.all([
    repo.listItems(db, framework.id),
    repo.listLevels(db, framework.id),
    repo.listFrameworkAssociations(db, framework.id),
  ]);
  const own = new Map(items.map((i) => [i.id, i]));
  const elsewhereIds = associations
    .flatMap((a) => [a.origin_item_id, a.destination_item_id])
    .filter((id): id is string => !!id && !own.has(id));
  const elsewhere = new Map(
    (await repo.findItemsByIds(db, [...new Set(elsewhereIds)])).map((i) => [i.id, i]),
  );
  const end = (itemId: string | null, stored: string | null): CaseLink | null => {
    if (itemId) {
      const item = own.get(itemId) ?? elsewhere.get(itemId);
      return item ? linkForItem(publicUrl, item) : null;
    }
    if (!stored) return null;
    const l = JSON.parse(stored) as ParsedLink;
    return {
      identifier: l.identifier,
      uri: l.uri ?? `urn:uuid:${l.identifier}`,
      title: l.title ?? l.identifier,
    };
  };
  return exportPackage(
    {
      framework,
      items,
      levels,
      associations: associations.map((row) => ({
        row,
        origin: end(row.origin_item_id, row.origin_link),
        destination: end(row.destination_item_id, row.destination_link),
      })),
    },
    publicUrl,
  );
}

/**
 * Saves a checked package as a new framework of the institution, in one transaction.
 * Identifiers already used in Cairn (the same package imported twice, or a built-in
 * framework re-imported) are renewed, and the originals kept as source identifiers.
 */
export async function importPackage(
  db: Db,
  institutionId: string,
  pkg: ParsedPackage,
  opts: { status: 'draft' | 'published' } = { status: 'published' },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const all = [
      pkg.document.identifier,
      ...pkg.items.map((i) => i.identifier),
      ...pkg.items.flatMap((i) =>
        i.parentAssociationIdentifier ? [i.parentAssociationIdentifier] : [],
      ),
      ...pkg.associations.map((a) => a.identifier),
    ];
    const taken = await repo.identifiersTaken(trx, all);
    const namespace = newId();
    const fresh = (id: string) => (taken.has(id) ? uuidv5(id, namespace) : id);
    const now = nowIso();
    const frameworkId = newId();
    const identifier = fresh(pkg.document.identifier);
    await repo.insertFramework(trx, {
      id: frameworkId,
      identifier,
      source_identifier: identifier === pkg.document.identifier ? null : pkg.document.identifier,
      institution_id: institutionId,
      builtin_key: null,
      lineage_id: frameworkId,
      version_number: 1,
      version: pkg.document.version ?? '', // CASE makes it optional; exported only when set
      status: opts.status,
      title: pkg.document.title,
      creator: pkg.document.creator,
      publisher: pkg.document.publisher,
      description: pkg.document.description,
      source_url: pkg.document.sourceUrl,
      language: pkg.document.language,
      is_public: 0,
      copied_from_id: null,
      content_hash: null,
      last_change_at: pkg.document.lastChangeAt,
      created_at: now,
      published_at: opts.status === 'published' ? now : null,
    });
    await repo.insertLevels(
      trx,
      pkg.levels.map((l, position) => ({
        id: newId(),
        framework_id: frameworkId,
        position,
        code: l.code,
        title: l.title,
        description: l.description,
      })),
    );
    const idOf = new Map<string, string>();
    for (const i of pkg.items) idOf.set(i.identifier, newId());
    await repo.insertItems(
      trx,
      pkg.items.map((i) => {
        const itemIdentifier = fresh(i.identifier);
        return {
          id: idOf.get(i.identifier)!,
          identifier: itemIdentifier,
          source_identifier: itemIdentifier === i.identifier ? null : i.identifier,
          framework_id: frameworkId,
          parent_id: i.parentIdentifier ? (idOf.get(i.parentIdentifier) ?? null) : null,
          parent_association_identifier: i.parentAssociationIdentifier
            ? fresh(i.parentAssociationIdentifier)
            : uuidv5(`${itemIdentifier}:isChildOf`, identifier),
          position: i.position,
          depth: i.depth,
          code: i.code,
          title: i.title,
          statement: i.statement,
          item_type: i.type,
          notes: i.notes,
          search_text: repo.searchText(i.code, i.title, i.statement),
          last_change_at: i.lastChangeAt,
        };
      }),
    );
    // Ends that are not in the package may be items Cairn already has (another framework).
    const outside = pkg.associations
      .flatMap((a) => [a.origin.identifier, a.destination.identifier])
      .filter((id) => !idOf.has(id));
    const known = new Map(
      (await repo.findItemsByIdentifiers(trx, [...new Set(outside)])).map((i) => [
        i.identifier,
        i.id,
      ]),
    );
    const resolve = (l: ParsedLink) => idOf.get(l.identifier) ?? known.get(l.identifier) ?? null;
    await repo.insertAssociations(
      trx,
      pkg.associations.map((a) => {
        const origin = resolve(a.origin);
        const destination = resolve(a.destination);
        return {
          id: newId(),
          identifier: fresh(a.identifier),
          institution_id: institutionId,
          framework_id: frameworkId,
          association_type: a.type,
          origin_item_id: origin,
          destination_item_id: destination,
          origin_link: origin ? null : JSON.stringify(a.origin),
          destination_link: destination ? null : JSON.stringify(a.destination),
          sequence_number: a.sequenceNumber,
          rationale: a.notes,
          last_change_at: a.lastChangeAt,
        };
      }),
    );
    return frameworkId;
  });
}

export function describePreview(pkg: ParsedPackage) {
  const byType = new Map<string, number>();
  for (const a of pkg.associations) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  return {
    title: pkg.document.title,
    identifier: pkg.document.identifier,
    creator: pkg.document.creator,
    publisher: pkg.document.publisher,
    version: pkg.document.version,
    description: pkg.document.description,
    itemCount: pkg.items.length,
    depth: pkg.items.reduce((d, i) => Math.max(d, i.depth + 1), 0),
    levels: pkg.levels.map((l) => ({ ...l })),
    topLevel: pkg.items
      .filter((i) => i.depth === 0)
      .slice(0, 50)
      .map((i) => ({
        identifier: i.identifier,
        code: i.code,
        title: i.title,
        statement: i.statement.slice(0, 300),
        childCount: pkg.items.filter((c) => c.parentIdentifier === i.identifier).length,
      })),
    associations: [...byType.entries()].map(([type, count]) => ({ type, count })),
  };
}

export function rejectProblems(problems: { path: string; message: string }[]): never {
  throw AppError.validation(
    problems,
    `This CASE package cannot be imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (nothing was saved). First: ${problems[0]?.path} ${problems[0]?.message}.`,
  );
}
