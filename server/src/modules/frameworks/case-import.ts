/**
 * Reads a CASE CFPackage (1.0 or 1.1) into a framework, checking the whole package first.
 * Pure: no database. Problems carry JSON paths ($.CFItems[3].identifier) and say what is
 * wrong; warnings describe what was tolerated (a second parent, an item with no parent).
 */
import { LEVELS_EXTENSION } from './case';

export type Problem = { path: string; message: string };

export type ParsedItem = {
  identifier: string;
  code: string | null;
  title: string | null;
  statement: string;
  type: string | null;
  notes: string | null;
  lastChangeAt: string;
  parentIdentifier: string | null;
  parentAssociationIdentifier: string | null;
  position: number;
  depth: number;
};

export type ParsedLink = { identifier: string; uri: string | null; title: string | null };

export type ParsedAssociation = {
  identifier: string;
  type: string;
  origin: ParsedLink;
  destination: ParsedLink;
  sequenceNumber: number | null;
  notes: string | null;
  lastChangeAt: string;
};

export type ParsedPackage = {
  document: {
    identifier: string;
    title: string;
    creator: string;
    publisher: string | null;
    description: string | null;
    sourceUrl: string | null;
    language: string | null;
    version: string | null;
    lastChangeAt: string;
  };
  levels: { code: string; title: string; description: string | null }[];
  /** Parents before children, siblings in order. */
  items: ParsedItem[];
  /** Everything but the tree (isChildOf). */
  associations: ParsedAssociation[];
};

export type ParseResult =
  | { ok: true; pkg: ParsedPackage; warnings: string[] }
  | { ok: false; problems: Problem[]; warnings: string[] };

const MAX_IDENTIFIER = 64;
const MAX_PROBLEMS = 200;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePackage(input: unknown, now = new Date().toISOString()): ParseResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const problem = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };

  const str = (
    o: Obj,
    key: string,
    path: string,
    opts: { required?: boolean; max?: number } = {},
  ) => {
    const v = o[key];
    if (v === undefined || v === null || v === '') {
      if (opts.required)
        problem(
          `${path}.${key}`,
          `is missing: every ${path
            .split('.')
            .pop()
            ?.replace(/\[\d+\]$/, '')} needs a ${key}`,
        );
      return null;
    }
    if (typeof v !== 'string') {
      problem(`${path}.${key}`, `must be text, not ${Array.isArray(v) ? 'a list' : typeof v}`);
      return null;
    }
    if (v.includes('\u0000')) {
      problem(
        `${path}.${key}`,
        'contains a NUL character (\\u0000), which cannot be stored: remove it',
      );
      return null;
    }
    if (opts.max && v.length > opts.max) {
      problem(`${path}.${key}`, `must be at most ${opts.max} characters`);
      return null;
    }
    return v;
  };

  const date = (o: Obj, key: string, path: string): string => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return now;
    if (typeof v !== 'string' || !DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) {
      problem(
        `${path}.${key}`,
        `is not a valid date-time (expected ISO 8601, like 2024-05-01T12:00:00Z): ${JSON.stringify(v)}`,
      );
      return now;
    }
    return new Date(v).toISOString();
  };

  if (!isObj(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message:
            'must be a JSON object holding a CASE package (CFDocument, CFItems, CFAssociations)',
        },
      ],
      warnings,
    };
  }
  const docIn = input.CFDocument;
  if (!isObj(docIn)) {
    return {
      ok: false,
      problems: [
        {
          path: '$.CFDocument',
          message:
            'is missing: a CASE package starts with a CFDocument that describes the framework',
        },
      ],
      warnings,
    };
  }

  // Identifiers must be unique across the whole package.
  const seen = new Map<string, string>();
  const identifier = (o: Obj, path: string) => {
    const id = str(o, 'identifier', path, { required: true, max: MAX_IDENTIFIER });
    if (!id) return null;
    const first = seen.get(id);
    if (first) {
      problem(`${path}.identifier`, `duplicates the identifier ${id} already used at ${first}`);
      return null;
    }
    seen.set(id, path);
    return id;
  };

  const docPath = '$.CFDocument';
  const docId = identifier(docIn, docPath);
  const title = str(docIn, 'title', docPath, { required: true });
  const creator = str(docIn, 'creator', docPath);
  const publisher = str(docIn, 'publisher', docPath);
  if (!creator)
    warnings.push('The CFDocument has no creator; the publisher (or "Unknown") is used instead.');
  const document = {
    identifier: docId ?? '',
    title: title ?? '',
    creator: creator ?? publisher ?? 'Unknown',
    publisher,
    description: str(docIn, 'description', docPath),
    sourceUrl: str(docIn, 'officialSourceURL', docPath),
    language: str(docIn, 'language', docPath, { max: 20 }),
    version: str(docIn, 'version', docPath),
    lastChangeAt: date(docIn, 'lastChangeDateTime', docPath),
  };

  const levels: ParsedPackage['levels'] = [];
  const ext = docIn.extensions;
  if (isObj(ext) && ext[LEVELS_EXTENSION] !== undefined) {
    const raw = ext[LEVELS_EXTENSION];
    const path = `${docPath}.extensions.${LEVELS_EXTENSION}`;
    if (!Array.isArray(raw)) problem(path, 'must be a list of levels');
    else
      raw.forEach((l, i) => {
        if (!isObj(l)) {
          problem(`${path}[${i}]`, 'must be an object with code and title');
          return;
        }
        const code = str(l, 'code', `${path}[${i}]`, { required: true });
        const lt = str(l, 'title', `${path}[${i}]`, { required: true });
        if (code && lt)
          levels.push({ code, title: lt, description: str(l, 'description', `${path}[${i}]`) });
      });
  }

  const list = (key: string): unknown[] => {
    const v = input[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      problem(`$.${key}`, 'must be a list');
      return [];
    }
    return v;
  };

  type RawItem = Omit<
    ParsedItem,
    'parentIdentifier' | 'parentAssociationIdentifier' | 'position' | 'depth'
  > & { order: number };
  const items = new Map<string, RawItem>();
  list('CFItems').forEach((raw, i) => {
    const path = `$.CFItems[${i}]`;
    if (!isObj(raw)) {
      problem(path, 'must be an object');
      return;
    }
    const id = identifier(raw, path);
    const statement = str(raw, 'fullStatement', path, { required: true });
    const typeUri = raw.CFItemTypeURI;
    const type =
      str(raw, 'CFItemType', path) ??
      (isObj(typeUri) && typeof typeUri.title === 'string' ? typeUri.title : null);
    const item: RawItem = {
      identifier: id ?? '',
      code: str(raw, 'humanCodingScheme', path),
      title: str(raw, 'abbreviatedStatement', path),
      statement: statement ?? '',
      type,
      notes: str(raw, 'notes', path),
      lastChangeAt: date(raw, 'lastChangeDateTime', path),
      order: i,
    };
    if (id) items.set(id, item);
  });

  const link = (o: Obj, key: string, path: string): ParsedLink | null => {
    const v = o[key];
    if (!isObj(v)) {
      problem(
        `${path}.${key}`,
        'is missing: an association needs both ends, each with an identifier',
      );
      return null;
    }
    const id = str(v, 'identifier', `${path}.${key}`, { required: true, max: MAX_IDENTIFIER });
    return id
      ? {
          identifier: id,
          uri: str(v, 'uri', `${path}.${key}`),
          title: str(v, 'title', `${path}.${key}`),
        }
      : null;
  };

  type Edge = {
    child: string;
    parent: string | null;
    seq: number | null;
    order: number;
    id: string;
    path: string;
  };
  const parentOf = new Map<string, Edge>();
  const associations: ParsedAssociation[] = [];
  let extraParents = 0;
  list('CFAssociations').forEach((raw, i) => {
    const path = `$.CFAssociations[${i}]`;
    if (!isObj(raw)) {
      problem(path, 'must be an object');
      return;
    }
    const id = identifier(raw, path);
    const type = str(raw, 'associationType', path, { required: true, max: 80 });
    const origin = link(raw, 'originNodeURI', path);
    const destination = link(raw, 'destinationNodeURI', path);
    const seqRaw = raw.sequenceNumber;
    let seq: number | null = null;
    if (seqRaw !== undefined && seqRaw !== null) {
      if (typeof seqRaw === 'number' && Number.isInteger(seqRaw)) seq = seqRaw;
      else problem(`${path}.sequenceNumber`, 'must be a whole number');
    }
    const lastChangeAt = date(raw, 'lastChangeDateTime', path);
    if (!id || !type || !origin || !destination) return;
    if (type === 'isChildOf') {
      if (!items.has(origin.identifier)) {
        problem(
          `${path}.originNodeURI.identifier`,
          `isChildOf starts from ${origin.identifier}, which is not an item in this package`,
        );
        return;
      }
      const toDocument = destination.identifier === document.identifier;
      if (!toDocument && !items.has(destination.identifier)) {
        problem(
          `${path}.destinationNodeURI.identifier`,
          `isChildOf points to an unknown item ${destination.identifier}: it is neither the CFDocument nor an item in this package`,
        );
        return;
      }
      if (parentOf.has(origin.identifier)) {
        extraParents++;
        return;
      }
      parentOf.set(origin.identifier, {
        child: origin.identifier,
        parent: toDocument ? null : destination.identifier,
        seq,
        order: i,
        id,
        path,
      });
      return;
    }
    associations.push({
      identifier: id,
      type,
      origin,
      destination,
      sequenceNumber: seq,
      notes: str(raw, 'notes', path),
      lastChangeAt,
    });
  });
  if (extraParents)
    warnings.push(
      `${extraParents} item${extraParents === 1 ? ' has' : 's have'} more than one parent; Cairn keeps the first and shows each item once.`,
    );

  // Cycles: following parents from any item must reach the top.
  for (const start of parentOf.keys()) {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    for (let at: string | null = start; at; at = parentOf.get(at)?.parent ?? null) {
      if (onTrail.has(at)) {
        const edge = parentOf.get(start)!;
        const label = (id: string) => items.get(id)?.code ?? id;
        problem(
          `${edge.path}`,
          `isChildOf makes a cycle: ${[...trail, at].map(label).join(' → ')}`,
        );
        for (const id of trail) parentOf.delete(id);
        break;
      }
      onTrail.add(at);
      trail.push(at);
    }
  }

  if (problems.length > 0) return { ok: false, problems, warnings };

  // Order siblings by sequenceNumber (those without one after, in document order).
  const children = new Map<string | null, RawItem[]>();
  let orphans = 0;
  for (const item of items.values()) {
    const edge = parentOf.get(item.identifier);
    if (!edge) orphans++;
    const key = edge?.parent ?? null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  if (orphans && parentOf.size > 0)
    warnings.push(
      `${orphans} item${orphans === 1 ? ' is' : 's are'} not placed in the tree by any isChildOf; ${orphans === 1 ? 'it is' : 'they are'} shown at the top level.`,
    );
  const seqOf = (id: string) => parentOf.get(id)?.seq ?? null;
  const ordered: ParsedItem[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => {
      const sa = seqOf(a.identifier);
      const sb = seqOf(b.identifier);
      if (sa !== null && sb !== null && sa !== sb) return sa - sb;
      if (sa !== null && sb === null) return -1;
      if (sa === null && sb !== null) return 1;
      return a.order - b.order;
    });
    list.forEach((item, position) => {
      const { order: _order, ...rest } = item;
      ordered.push({
        ...rest,
        parentIdentifier: parent,
        parentAssociationIdentifier: parentOf.get(item.identifier)?.id ?? null,
        position,
        depth,
      });
    });
    for (const item of list) walk(item.identifier, depth + 1);
  };
  walk(null, 0);
  // Breadth order (parents before children) for inserting and for the tree builder.
  ordered.sort((a, b) => a.depth - b.depth);
  return { ok: true, pkg: { document, levels, items: ordered, associations }, warnings };
}
