import { ROLE_LABELS, type TRole } from '../../../contracts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(iso: string): string {
  const date = parse(iso);
  return date ? dateTime.format(date) : iso;
}

export function formatDate(iso: string): string {
  const date = parse(iso);
  return date ? dateOnly.format(date) : iso;
}

/** "Practitioner, Assessor and Administrator". */
export function formatRoles(roles: readonly TRole[]): string {
  return list.format(roles.map((role) => ROLE_LABELS[role]));
}

export function formatList(items: readonly string[]): string {
  return list.format(items);
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
