import type { TFrameworkNode } from '../../../../../contracts';

export interface RatingArea {
  /** The top-level item. */
  area: TFrameworkNode;
  /** The items rated under it: its leaves, or the area itself when it has no children. */
  items: TFrameworkNode[];
}

function leaves(node: TFrameworkNode): TFrameworkNode[] {
  if (node.children.length === 0) return [node];
  const out: TFrameworkNode[] = [];
  // Iterative: a deep tree cannot overflow the stack.
  const stack = [...node.children].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.children.length === 0) out.push(next);
    else
      for (let i = next.children.length - 1; i >= 0; i--)
        stack.push(next.children[i] as TFrameworkNode);
  }
  return out;
}

/** A framework's items grouped by its top-level areas, in the framework's order. */
export function ratingAreas(items: TFrameworkNode[]): RatingArea[] {
  return items.map((area) => ({ area, items: leaves(area) }));
}

/** "1a Understanding the constraints…" (code, then title or statement). */
export function itemLabel(item: Pick<TFrameworkNode, 'code' | 'title' | 'statement'>): string {
  const name = item.title ?? item.statement;
  return item.code ? `${item.code} ${name}` : name;
}
