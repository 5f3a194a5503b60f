import type { TFrameworkNode } from '../../../../contracts';

/** Below this many items, a framework opens with its top-level items expanded. */
export const EXPAND_TOP_LEVEL_BELOW = 60;

/** From this many items, the browser draws only the rows near the screen (see frameworks.css). */
export const LARGE_TREE = 400;

/** Lower case, without accents, and with styled letters (𝑑) as plain ones: for matching. */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface TreeIndex {
  /** The parent of every item (null at the top). */
  parentOf: Map<string, string | null>;
  /** Every item, parents before their children. */
  all: TFrameworkNode[];
  /** Code, title and statement, normalised, for filtering. */
  text: Map<string, string>;
  /** The items that have children. */
  branches: string[];
}

export function indexTree(items: TFrameworkNode[]): TreeIndex {
  const parentOf = new Map<string, string | null>();
  const all: TFrameworkNode[] = [];
  const text = new Map<string, string>();
  const branches: string[] = [];
  // Iterative, so a very deep tree cannot overflow the stack.
  const stack: { node: TFrameworkNode; parent: string | null }[] = items
    .map((node) => ({ node, parent: null }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, parent } = next;
    parentOf.set(node.id, parent);
    all.push(node);
    text.set(node.id, normalise(`${node.code ?? ''}\n${node.title ?? ''}\n${node.statement}`));
    if (node.children.length > 0) branches.push(node.id);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, parent: node.id });
    }
  }
  return { parentOf, all, text, branches };
}

export interface FilterResult {
  /** Items whose code, title or statement contains the text. */
  matches: Set<string>;
  /** Matches and their ancestors: what the filtered tree shows. */
  visible: Set<string>;
  /** The ancestors of matches, opened so that every match is on screen. */
  opened: Set<string>;
}

/** `needle` must already be normalised and non-empty. */
export function filterTree(index: TreeIndex, needle: string): FilterResult {
  const matches = new Set<string>();
  const visible = new Set<string>();
  const opened = new Set<string>();
  for (const node of index.all) {
    if (!index.text.get(node.id)?.includes(needle)) continue;
    matches.add(node.id);
    visible.add(node.id);
    for (let up = index.parentOf.get(node.id) ?? null; up; up = index.parentOf.get(up) ?? null) {
      if (opened.has(up)) break; // this ancestor, and so all of its own, are done
      opened.add(up);
      visible.add(up);
    }
  }
  return { matches, visible, opened };
}

/** What is open when the framework is first shown. */
export function initiallyOpen(items: TFrameworkNode[], itemCount: number): Set<string> {
  if (itemCount >= EXPAND_TOP_LEVEL_BELOW) return new Set();
  return new Set(items.filter((node) => node.children.length > 0).map((node) => node.id));
}
