import type { TFrameworkItem, TItemMapping } from '../../../../contracts';

/** Statements can be long; names built from them are cut at a word. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

type Nameable = Pick<TFrameworkItem, 'code' | 'title' | 'statement'>;

/** What an item is called: its title, or (when it has none) the start of its statement. */
export function itemName(item: Nameable): string {
  return item.title?.trim() || shorten(item.statement) || 'Untitled item';
}

/** "4.3 Collaborator": code and name, for headings, links and button names. */
export function itemLabel(item: Nameable): string {
  const code = item.code?.trim();
  return code ? `${code} ${itemName(item)}` : itemName(item);
}

/**
 * A CASE association in plain words, read from this item towards the other one:
 * "Related to", "Part of" / "Contains", "Same as"; any other type keeps its CASE name.
 */
export function relationshipLabel(mapping: Pick<TItemMapping, 'type' | 'direction'>): string {
  const outgoing = mapping.direction === 'outgoing';
  switch (mapping.type) {
    case 'isRelatedTo':
      return 'Related to';
    case 'exactMatchOf':
      return 'Same as';
    case 'isPartOf':
      return outgoing ? 'Part of' : 'Contains';
    case 'isPeerOf':
      return 'Peer of';
    case 'precedes':
      return outgoing ? 'Comes before' : 'Comes after';
    case 'replacedBy':
      return outgoing ? 'Replaced by' : 'Replaces';
    default:
      return outgoing ? mapping.type : `${mapping.type} (from the other item)`;
  }
}
