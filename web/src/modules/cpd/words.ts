import { CPD_TYPE_LABELS, CPD_TYPES, type TCpdType } from '../../../../contracts';

/** The quick capture shortcut, as `useHotkeys` reads it and as people read it. */
export const CAPTURE_HOTKEY = 'alt+N';
export const CAPTURE_HOTKEY_LABEL = 'Alt+N';

export const TYPE_OPTIONS = CPD_TYPES.map((type) => ({
  value: type,
  label: CPD_TYPE_LABELS[type],
}));

export function typeLabel(type: TCpdType): string {
  return CPD_TYPE_LABELS[type] ?? type;
}

/** Today in the person's own time zone, as YYYY-MM-DD (not UTC: late evening is still today). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const hoursFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** "1 hour", "1.5 hours", "0.25 hours". */
export function formatHours(hours: number): string {
  return `${hoursFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** A calendar day (YYYY-MM-DD) as a date, read in local time so that it never shifts a day. */
function localDay(day: string): Date | null {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d);
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

export function formatDay(day: string): string {
  const date = localDay(day);
  return date ? dayFormat.format(date) : day;
}

/** "November 2026", the heading over a month's entries. */
export function formatMonth(day: string): string {
  const date = localDay(day);
  return date ? monthFormat.format(date) : day.slice(0, 7);
}

export const TIME_KIND_LABELS = {
  protected: 'Protected work time',
  personal: 'Personal time',
  unsaid: 'Not said',
} as const;

export const TIME_KIND_HELP =
  'Protected: work time your employer gives you for development. Personal: your own time. Your dashboard shows the balance.';

export function sharedHelp(institution: string): string {
  return `The managers of ${institution} can read this entry, with its reflection and evidence. Entries you do not share stay private to you.`;
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}
