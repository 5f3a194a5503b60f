import { BUILTIN_FRAMEWORKS, type BuiltinItem } from '../../frameworks/builtin';
import { builtinItemIdentifier } from '../../frameworks/builtin/sync';
import {
  type Catalogue,
  type CatalogueEntry,
  type CatalogueFile,
  type ResolvedItem,
  type TCatalogueOverride,
  ZCatalogueEntry,
  ZCatalogueOverride,
} from './schema';

interface IndexedItem {
  key: string;
  code: string | null;
  title: string;
  id: string;
  ancestors: string[];
  descendants: string[];
}

/** framework key → item code or key → the item, with its place in the tree. */
function indexBuiltinItems(): Map<string, Map<string, IndexedItem>> {
  const index = new Map<string, Map<string, IndexedItem>>();
  for (const f of BUILTIN_FRAMEWORKS) {
    const items = new Map<string, IndexedItem>();
    const byKey = new Map<string, IndexedItem>();
    const walk = (list: BuiltinItem[], ancestors: IndexedItem[]) => {
      for (const item of list) {
        const entry: IndexedItem = {
          key: item.key,
          code: item.code ?? null,
          title: item.title,
          id: builtinItemIdentifier(f, item.key),
          ancestors: ancestors.map((a) => a.id),
          descendants: [],
        };
        for (const a of ancestors) a.descendants.push(entry.id);
        byKey.set(item.key, entry);
        if (item.children) walk(item.children, [...ancestors, entry]);
      }
    };
    walk(f.items, []);
    // Codes first (what people write), then keys for items without a code.
    for (const item of byKey.values()) if (item.code) items.set(item.code, item);
    for (const item of byKey.values()) if (!items.has(item.key)) items.set(item.key, item);
    index.set(f.key, items);
  }
  return index;
}

const BUILTIN_INDEX = indexBuiltinItems();

/** The built-in item a catalogue entry names, or null when there is none such. */
export function resolveFrameworkRef(framework: string, item: string): ResolvedItem | null {
  const found = BUILTIN_INDEX.get(framework)?.get(item);
  if (!found) return null;
  return {
    framework,
    key: found.key,
    code: found.code,
    title: found.title,
    itemId: found.id,
    relatedIds: new Set([found.id, ...found.ancestors, ...found.descendants]),
  };
}

/** Thrown when the catalogue data is wrong; the message lists every problem with its entry key. */
export class CatalogueError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The recommendations catalogue has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/**
 * Checks and joins catalogue files: every entry against the schema, keys unique, the keys
 * entries and overrides point at exist, every framework item exists in the built-in data.
 */
export function loadCatalogue(files: CatalogueFile[]): Catalogue {
  const problems: string[] = [];
  const entries: CatalogueEntry[] = [];
  const overrides: TCatalogueOverride[] = [];
  const seen = new Map<string, string>();

  for (const file of files) {
    file.entries.forEach((raw, index) => {
      const label = `${file.name}: ${(raw as { key?: unknown }).key ?? `entry ${index + 1}`}`;
      const parsed = ZCatalogueEntry.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${label}: ${issue.path.join('.') || '(entry)'} ${issue.message}`);
        }
        return;
      }
      const entry = parsed.data;
      const other = seen.get(entry.key);
      if (other) {
        problems.push(`${label}: the key is already used in ${other}`);
        return;
      }
      seen.set(entry.key, file.name);
      const items: ResolvedItem[] = [];
      for (const ref of entry.helpsWith) {
        const item = resolveFrameworkRef(ref.framework, ref.item);
        if (item) items.push(item);
        else
          problems.push(
            `${label}: helpsWith names ${ref.framework} "${ref.item}", which is not an item of a built-in framework`,
          );
      }
      if (entry.international && entry.countries.length === 0) {
        problems.push(
          `${label}: "international" only means something for an entry limited to countries`,
        );
      }
      entries.push({ ...entry, items });
    });
    (file.overrides ?? []).forEach((raw, index) => {
      const label = `${file.name}: override ${index + 1} (${(raw as { key?: unknown }).key ?? '?'})`;
      const parsed = ZCatalogueOverride.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${label}: ${issue.path.join('.') || '(override)'} ${issue.message}`);
        }
        return;
      }
      overrides.push(parsed.data);
    });
  }

  const keys = new Set(entries.map((e) => e.key));
  for (const entry of entries) {
    const pointers = [
      ...entry.redundantIf,
      ...entry.nextAfter,
      ...(entry.organiser ? [entry.organiser] : []),
    ];
    for (const k of pointers) {
      if (!keys.has(k))
        problems.push(`${entry.key}: refers to "${k}", which is not in the catalogue`);
    }
  }
  for (const o of overrides) {
    if (!keys.has(o.key)) problems.push(`override for "${o.key}": no entry has that key`);
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  return { entries, overrides };
}
