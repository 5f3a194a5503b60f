import { DEFAULT_ASSESSMENT_SCALE, type TScaleLevel } from '../../../../contracts/careers';
import type { Db } from '../../db/connect';
import { AppError } from '../../lib/errors';
import { findVisibleFramework, listLevels } from '../frameworks/repository';
import { type FrameworkItem, frameworkItems } from './repository';

/**
 * A framework as the careers rules read it: its items as a tree, the rating scale (the
 * framework's own levels as 1..n with 0 "Not yet", or DEFAULT_ASSESSMENT_SCALE), and helpers
 * to roll ratings and evidence up to top-level areas.
 */
export type FrameworkView = {
  id: string;
  title: string;
  builtinKey: string | null;
  items: FrameworkItem[];
  byId: Map<string, FrameworkItem>;
  scale: TScaleLevel[];
  maxLevel: number;
  /** Items with no children: what a complete assessment rates. */
  leaves: FrameworkItem[];
  /** The top-level ancestor of an item (itself when top-level). */
  areaOf: (itemId: string) => string | undefined;
  /** The item and every item below it. */
  subtree: (itemId: string) => string[];
};

export const itemLabel = (i: { title: string | null; statement: string }) =>
  i.title ?? (i.statement.length > 120 ? `${i.statement.slice(0, 117)}...` : i.statement);

export async function scaleOf(db: Db, frameworkId: string): Promise<TScaleLevel[]> {
  const levels = await listLevels(db, frameworkId);
  if (levels.length === 0) return DEFAULT_ASSESSMENT_SCALE.map((l) => ({ ...l }));
  return [
    { value: 0, label: 'Not yet', description: 'I have not done this yet.' },
    ...levels.map((l, i) => ({ value: i + 1, label: l.title, description: l.description })),
  ];
}

/** Loads a framework the institution can read; another institution's is "not found". */
export async function loadFramework(
  db: Db,
  institutionId: string,
  frameworkId: string,
  cache?: Map<string, FrameworkView>,
): Promise<FrameworkView> {
  const hit = cache?.get(frameworkId);
  if (hit) return hit;
  const f = await findVisibleFramework(db, institutionId, frameworkId);
  if (!f) {
    throw new AppError(
      404,
      'NOT_FOUND',
      'That framework was not found: choose one from the frameworks list (built-in or your institution’s).',
    );
  }
  const items = await frameworkItems(db, f.id);
  const scale = await scaleOf(db, f.id);
  const byId = new Map(items.map((i) => [i.id, i]));
  const children = new Map<string, string[]>();
  for (const i of items) {
    if (i.parent_id) children.set(i.parent_id, [...(children.get(i.parent_id) ?? []), i.id]);
  }
  const view: FrameworkView = {
    id: f.id,
    title: f.title,
    builtinKey: f.builtin_key,
    items,
    byId,
    scale,
    maxLevel: Math.max(...scale.map((s) => s.value)),
    leaves: items.filter((i) => !children.has(i.id)),
    areaOf: (itemId) => {
      let at = byId.get(itemId);
      while (at?.parent_id && byId.has(at.parent_id)) at = byId.get(at.parent_id);
      return at?.id;
    },
    subtree: (itemId) => {
      const out: string[] = [];
      const stack = [itemId];
      while (stack.length) {
        const id = stack.pop()!;
        out.push(id);
        stack.push(...(children.get(id) ?? []));
      }
      return out;
    },
  };
  cache?.set(frameworkId, view);
  return view;
}
