/**
 * CPD import and export formats: reading CSV and iCalendar files into rows, and writing
 * entries as CSV and iCalendar. Pure: no database. The rules are documented for people in
 * docs/cpd-import.md; keep the two in step.
 */
import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ICAL from 'ical.js';
import {
  CPD_TYPE_LABELS,
  CPD_TYPES,
  CSV_COLUMNS,
  type TCpdEntry,
  type TCpdType,
} from '../../../../contracts/cpd';
import type { TItemRef } from '../../../../contracts/frameworks';
import { AppError } from '../../lib/errors';
import { checkDate } from './service';

/** At most this many rows (CSV lines or calendar events) in one import. */
export const MAX_IMPORT_ROWS = 5000;
/** A repeating calendar event yields at most this many entries. */
export const MAX_OCCURRENCES = 200;
/** Occurrences walked through in one calendar, across all its repeating events. */
export const MAX_REPEAT_STEPS = 20_000;
/** An all-day calendar event counts as this many hours per day (at most 24 in all). */
export const ALL_DAY_HOURS = 7;

export type Problem = { column: string; message: string };

/** One row of a file, checked as far as the file alone allows (tags are resolved later). */
export type ParsedRow = {
  /** Physical line in the file where the row (or the VEVENT) starts. */
  line: number;
  title: string | null;
  date: string | null;
  hours: number | null;
  type: TCpdType | null;
  reflection: string | null;
  timeKind: 'protected' | 'personal' | null;
  significant: boolean;
  /** Framework item references as written, checked by the service. */
  tagRefs: string[];
  draft: boolean;
  /** For calendar events, "ical:<UID>" (and the occurrence): re-imports skip them. */
  source: string | null;
  problems: Problem[];
};

export type ParsedFile = { rows: ParsedRow[]; warnings: string[] };

/** The whole file is unusable: a 422 whose message says what to fix. */
const fileProblem = (message: string) => new AppError(422, 'VALIDATION_FAILED', message);

const EXAMPLE_DATE = '2026-11-22';
const REQUIRED_COLUMNS = ['date', 'title', 'hours'] as const;

// ---- CSV import -------------------------------------------------------------------------

/** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** The line where a quoted value that is never closed begins (csv-parse reports the end). */
function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let openedAt = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    }
    fieldStart = c === delimiter || c === '\n';
    if (c === '\n') line++;
  }
  return quoted ? openedAt : line;
}

function readCsv(text: string, delimiter: string) {
  try {
    return parse(text, {
      delimiter,
      record_delimiter: '\n',
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  } catch (err) {
    if (err instanceof CsvError && err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw fileProblem(
        `The file could not be read: the quoted value that starts on line ${unclosedQuoteLine(text, delimiter)} is never closed (a closing " is missing). Add the missing quote, or save the file from your spreadsheet again as CSV.`,
      );
    }
    const where = err instanceof CsvError ? ` (${err.message})` : '';
    throw fileProblem(
      `The file could not be read as CSV${where}. Save it from your spreadsheet as CSV (comma- or semicolon-separated) and try again.`,
    );
  }
}

/** Where a record starts: csv-parse counts to its end, and a quoted value may span lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** Export prefixes text that spreadsheets would run as a formula with ' (see writeCsv). */
const unguard = (s: string) => (/^'[=+\-@\t]/.test(s) ? s.slice(1) : s);
const guard = (s: string) => (/^[=+\-@\t]/.test(s) ? `'${s}` : s);

const TYPE_BY_NAME = new Map<string, TCpdType>(
  CPD_TYPES.flatMap((t) => [
    [t, t],
    [CPD_TYPE_LABELS[t].toLowerCase(), t],
  ]),
);

export function readType(value: string): TCpdType | Problem {
  const t = TYPE_BY_NAME.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
  if (t) return t;
  return {
    column: 'type',
    message: `“${value}” is not a CPD type: use one of ${CPD_TYPES.join(', ')} (or its name, such as “Seminar or webinar”), or leave it empty for other`,
  };
}

/** Hours as 1.5, 1,5 (decimal comma) or 1:30; more than 0, at most 24, two decimals. */
export function readHours(value: string): number | Problem {
  const v = value.trim();
  const problem = (message: string): Problem => ({ column: 'hours', message });
  if (!v) return problem('is required: how long it took, like 1.5 or 1:30');
  const hm = /^(\d{1,2}):(\d{2})$/.exec(v);
  let hours: number;
  if (hm) {
    if (Number(hm[2]) > 59) return problem(`“${v}” has more than 59 minutes: write 1:30, not 0:90`);
    hours = Number(hm[1]) + Number(hm[2]) / 60;
  } else {
    const n = /^[+-]?\d+(?:[.,](\d+))?$/.exec(v);
    if (!n) return problem(`“${v}” is not a number of hours: write it like 1.5 or 1:30`);
    if ((n[1]?.length ?? 0) > 2) {
      return problem(`“${v}” has more than two decimals: round it, like 0.33 or 0.25`);
    }
    hours = Number(v.replace(',', '.'));
  }
  if (hours <= 0) return problem(`“${v}” must be more than 0 hours`);
  if (hours > 24) {
    return problem(`“${v}” is more than 24 hours: split longer activities into one entry a day`);
  }
  return Math.round(hours * 100) / 100;
}

/** YYYY-MM-DD only: 22/11/2026 and 11/22/2026 are both in use, so neither is guessed. */
export function readDate(value: string): string | Problem {
  const v = value.trim();
  const problem = (message: string): Problem => ({ column: 'date', message });
  if (!v) return problem(`is required: the day of the activity, like ${EXAMPLE_DATE}`);
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v)) {
    return problem(
      `“${v}” could be day/month or month/day: write dates as year-month-day, like ${EXAMPLE_DATE}`,
    );
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return problem(`“${v}” is not a date: write it as year-month-day, like ${EXAMPLE_DATE}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== v) return problem(`“${v}” is not a day in the calendar`);
  const range = checkDate(v);
  return range ? problem(`“${v}” ${range.message}`) : v;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** The CSV's rows, each with every problem the file alone shows. */
export function parseCsv(input: string): ParsedFile {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    throw fileProblem(
      `The file is empty. Its first line must name the columns (${CSV_COLUMNS.join(', ')}), and each line after it is one CPD entry.`,
    );
  }
  const delimiter = detectDelimiter(text.slice(0, text.indexOf('\n') + 1 || undefined));
  const records = readCsv(text, delimiter);
  const [header, ...data] = records;
  const names = (header?.record ?? []).map((h) => h.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  if (!names.some((n) => known.has(n))) {
    throw fileProblem(
      `The first line must name the columns, for example “date,title,hours,type”; line ${header?.info.lines ?? 1} names none of the columns Cairn reads (${CSV_COLUMNS.join(', ')}). Add a header line.`,
    );
  }
  const warnings: string[] = [];
  const index = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (!name) continue;
    if (!known.has(name)) {
      warnings.push(
        `The column “${header!.record[i]!.trim()}” is not one Cairn reads, so it was ignored (the columns are ${CSV_COLUMNS.join(', ')}).`,
      );
    } else if (index.has(name)) {
      throw fileProblem(`The column “${name}” appears twice in the header line: keep one.`);
    } else index.set(name, i);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    throw fileProblem(
      `The header line has no ${missing.map((c) => `“${c}”`).join(' or ')} column: every row needs ${REQUIRED_COLUMNS.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} to the first line.`,
    );
  }
  const rowsWithValues = data.filter((r) => r.record.some((v) => v.trim() !== ''));
  if (rowsWithValues.length === 0) {
    throw fileProblem(
      'The file has a header line but no rows of CPD under it: add one line per entry.',
    );
  }
  if (rowsWithValues.length > MAX_IMPORT_ROWS) {
    throw fileProblem(
      `The file has ${rowsWithValues.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once. Split it into smaller files.`,
    );
  }
  const rows = rowsWithValues.map((r) => csvRow(r, index, names.length));
  return { rows, warnings };
}

function csvRow(
  r: { record: string[]; raw: string; info: { lines: number } },
  index: Map<string, number>,
  width: number,
): ParsedRow {
  const cell = (name: string) => {
    const i = index.get(name);
    return i === undefined ? '' : (r.record[i] ?? '');
  };
  const problems: Problem[] = [];
  const take = <T>(v: T | Problem): T | null => {
    if (v && typeof v === 'object' && 'column' in v) {
      problems.push(v);
      return null;
    }
    return v as T;
  };
  if (r.record.slice(width).some((v) => v.trim() !== '')) {
    problems.push({
      column: 'row',
      message: `has ${r.record.length} values but the header names ${width} columns: put values that contain the separator in double quotes`,
    });
  }
  const date = take(readDate(cell('date')));
  const title = unguard(cell('title').trim());
  if (!title)
    problems.push({ column: 'title', message: 'is required: say what you did in a few words' });
  else if (title.length > 200) {
    problems.push({ column: 'title', message: `is ${title.length} characters: at most 200` });
  }
  const hours = take(readHours(cell('hours')));
  const type = cell('type').trim() ? take(readType(cell('type'))) : 'other';
  const reflection = unguard(cell('reflection').trim()) || null;
  if (reflection && reflection.length > 20_000) {
    problems.push({
      column: 'reflection',
      message: `is ${reflection.length.toLocaleString('en')} characters: at most 20,000`,
    });
  }
  const time = cell('time').trim().toLowerCase();
  if (time && time !== 'protected' && time !== 'personal') {
    problems.push({
      column: 'time',
      message: `“${cell('time').trim()}” must be protected (work time given for development), personal (your own time) or empty`,
    });
  }
  const sig = cell('significant').trim().toLowerCase();
  if (!YES.has(sig) && !NO.has(sig)) {
    problems.push({
      column: 'significant',
      message: `“${cell('significant').trim()}” must be yes or no (or true/false, 1/0, or empty for no)`,
    });
  }
  const tagRefs = splitTags(cell('tags'));
  if (tagRefs.length > 50) {
    problems.push({ column: 'tags', message: `has ${tagRefs.length} items: at most 50 per entry` });
  }
  return {
    line: startLine(r.info.lines, r.raw),
    title: title ? title.slice(0, 200) : null,
    date,
    hours,
    type,
    reflection,
    timeKind: time === 'protected' || time === 'personal' ? time : null,
    significant: YES.has(sig),
    tagRefs,
    draft: false,
    source: null,
    problems,
  };
}

export const splitTags = (cell: string) => [
  ...new Set(
    cell
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

// ---- Framework item references ------------------------------------------------------------

/** "CMALT (Certified Membership ...)" → "CMALT"; "CoSN CETL: Framework ..." → "CoSN CETL". */
export const shortFrameworkName = (title: string) => title.split(/\s*[(:]/)[0]!.trim() || title;

/** How a tag is written in a CSV: "<framework short name> <item code>", e.g. "CMALT 1a". */
export const humanTagRef = (item: Pick<TItemRef, 'code' | 'framework'>) =>
  item.code ? `${shortFrameworkName(item.framework.title)} ${item.code}` : null;

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---- CSV export -----------------------------------------------------------------------------

/**
 * The entries in the import columns, so that an exported file imports back unchanged.
 * Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with ', which
 * the import removes again. A byte-order mark lets Excel read the file as UTF-8.
 */
export function writeCsv(entries: readonly TCpdEntry[], tagRef: (t: TItemRef) => string): string {
  const rows = entries.map((e) => [
    e.date,
    guard(e.title),
    String(e.hours),
    e.type,
    e.reflection ? guard(e.reflection) : '',
    e.timeKind ?? '',
    e.significant ? 'yes' : 'no',
    e.tags.map(tagRef).join('; '),
  ]);
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}

// ---- iCalendar import ---------------------------------------------------------------------

/** Types guessed from an event's title; first match wins, anything else is "other". */
export const ICAL_TYPE_WORDS: [RegExp, TCpdType][] = [
  [/\b(conference|symposium|summit)\b/i, 'conference'],
  [/\b(seminar|webinar)s?\b/i, 'seminar'],
  [/\bworkshops?\b/i, 'skill-sharing'],
  [/\b(course|training)\b/i, 'formal-study'],
  [/\bcoaching\b/i, 'coaching'],
  [/\bmentoring\b/i, 'co-mentoring'],
];

export const guessType = (summary: string): TCpdType =>
  ICAL_TYPE_WORDS.find(([re]) => re.test(summary))?.[1] ?? 'other';

/** CATEGORIES naming a CPD type (as Cairn's own export writes) wins over the guess. */
function typeOfEvent(c: ICAL.Component, summary: string): TCpdType {
  for (const p of c.getAllProperties('categories')) {
    for (const v of p.getValues()) {
      const t = TYPE_BY_NAME.get(String(v).trim().toLowerCase());
      if (t) return t;
    }
  }
  return guessType(summary);
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Checks the file's shape line by line, so that a broken file gets a message with a line
 * number (ical.js reports neither). Returns the lines where top-level VEVENTs begin.
 */
function checkIcalLines(lines: string[]): number[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || lines[first]!.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw fileProblem(
      'This is not an iCalendar file: its first line should be BEGIN:VCALENDAR. Export the calendar as an .ics (iCalendar) file and try again.',
    );
  }
  const stack: { name: string; line: number }[] = [];
  const events: number[] = [];
  for (const [i, raw] of lines.entries()) {
    const n = i + 1;
    if (raw === '' || raw.startsWith(' ') || raw.startsWith('\t')) continue;
    if (!/^[A-Za-z0-9-]+[;:]/.test(raw)) {
      throw fileProblem(
        `Line ${n} is not iCalendar (“${clip(raw, 60)}”): each line must start with a name and a colon, like SUMMARY:Team webinar. The file may have been edited or cut; export it again.`,
      );
    }
    const m = /^(BEGIN|END):(.*)$/i.exec(raw.trim());
    if (!m) continue;
    const name = m[2]!.trim().toUpperCase();
    if (m[1]!.toUpperCase() === 'BEGIN') {
      if (name === 'VEVENT' && stack.at(-1)?.name === 'VCALENDAR') events.push(n);
      stack.push({ name, line: n });
    } else {
      const open = stack.pop();
      if (open?.name !== name) {
        throw fileProblem(
          open
            ? `Line ${n} ends ${name}, but the ${open.name} begun on line ${open.line} is still open. The file may have been edited or cut; export it again.`
            : `Line ${n} ends ${name}, which was never begun. The file may have been edited or cut; export it again.`,
        );
      }
    }
  }
  const open = stack.pop();
  if (open) {
    throw fileProblem(
      `The ${open.name} begun on line ${open.line} never ends (END:${open.name} is missing): the file seems to be cut off. Export it again.`,
    );
  }
  return events;
}

type EventSource = { component: ICAL.Component; line: number };

/**
 * The calendar's events as draft rows. Repeating events yield one row per occurrence in
 * the twelve months up to `now` (at most MAX_OCCURRENCES each); see docs/cpd-import.md.
 */
export function parseIcal(input: string, now = new Date()): ParsedFile {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim())
    throw fileProblem('The file is empty: export the calendar as .ics and try again.');
  const eventLines = checkIcalLines(text.split(/\r\n|\n|\r/));
  let calendars: ICAL.Component[];
  try {
    const parsed = ICAL.parse(text);
    const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    calendars = list.map((j) => new ICAL.Component(j as never));
  } catch (err) {
    throw fileProblem(
      `The file could not be read as iCalendar (${err instanceof Error ? err.message : 'unknown problem'}). Export the calendar as .ics again.`,
    );
  }
  const events: EventSource[] = calendars
    .filter((c) => c.name === 'vcalendar')
    .flatMap((c) => c.getAllSubcomponents('vevent'))
    .map((component, i) => ({ component, line: eventLines[i] ?? 0 }));
  if (events.length === 0) {
    throw fileProblem('The calendar has no events (VEVENT) to import.');
  }

  const warnings: string[] = [];
  const masters = new Map<string, EventSource>();
  const exceptions: EventSource[] = [];
  const single: EventSource[] = [];
  for (const ev of events) {
    const uid = String(ev.component.getFirstPropertyValue('uid') ?? '');
    if (uid && ev.component.hasProperty('recurrence-id')) exceptions.push(ev);
    else if (uid && !masters.has(uid)) masters.set(uid, ev);
    else single.push(ev);
  }
  const lineOf = new Map<ICAL.Component, number>(events.map((e) => [e.component, e.line]));
  const rows: ParsedRow[] = [];
  const wrapped = new Map<EventSource, ICAL.Event>();
  for (const ev of masters.values()) {
    try {
      wrapped.set(ev, new ICAL.Event(ev.component));
    } catch {
      // Reported as a row below.
    }
  }
  for (const ex of exceptions) {
    const master = masters.get(String(ex.component.getFirstPropertyValue('uid')));
    const event = master && wrapped.get(master);
    if (event?.isRecurring()) {
      try {
        event.relateException(ex.component);
        continue;
      } catch {
        // An exception that cannot be related stands on its own.
      }
    }
    single.push(ex);
  }

  const budget = { steps: MAX_REPEAT_STEPS };
  const to = now.toISOString().slice(0, 10);
  const from = `${now.getUTCFullYear() - 1}${to.slice(4)}`;
  for (const ev of [...masters.values(), ...single].sort((a, b) => a.line - b.line)) {
    const event = wrapped.get(ev);
    if (!event?.isRecurring() || ev.component.hasProperty('recurrence-id')) {
      rows.push(eventRow(ev.component, ev.line, null, null, null));
      continue;
    }
    rows.push(...occurrences(event, ev.line, lineOf, { from, to }, budget, warnings));
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileProblem(
      `The calendar yields ${rows.length.toLocaleString('en')} entries; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once. Export a shorter period.`,
    );
  }
  return { rows, warnings };
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/**
 * Walks a series from shortly before `from` when that gives the same occurrences. Rules
 * without COUNT repeat exactly every period: INTERVAL days or weeks for daily and weekly
 * rules, and for monthly and yearly ones a whole number of years (the month and day stay;
 * not for a start on 29 February). Starting a whole number of periods later changes nothing
 * from there on, and the moved start itself lies before `from`, so it is skipped. A daily
 * meeting since 2005 then costs a year of steps, not twenty.
 */
function iteratorNear(event: ICAL.Event, rule: ICAL.Recur | null, from: string) {
  const start = event.startDate;
  if (!rule || rule.count || event.component.getAllProperties('rrule').length !== 1) {
    return event.iterator();
  }
  const interval = rule.interval || 1;
  const moved = start.clone();
  if (rule.freq === 'DAILY' || rule.freq === 'WEEKLY') {
    const period = interval * (rule.freq === 'WEEKLY' ? 7 : 1);
    const gap = (Date.parse(from) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000;
    const periods = Math.floor(gap / period) - 1;
    if (periods <= 0) return event.iterator();
    moved.adjust(periods * period, 0, 0, 0);
  } else if (
    (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') &&
    !(start.month === 2 && start.day === 29)
  ) {
    const years = rule.freq === 'YEARLY' ? interval : interval / gcd(interval, 12);
    const periods = Math.floor((Number(from.slice(0, 4)) - 2 - start.year) / years);
    if (periods <= 0) return event.iterator();
    moved.year = start.year + periods * years;
  } else return event.iterator();
  return event.iterator(moved);
}

/** Frequencies too fine to be CPD; their series would also take long to walk. */
const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);

function occurrences(
  event: ICAL.Event,
  line: number,
  lineOf: Map<ICAL.Component, number>,
  window: { from: string; to: string },
  budget: { steps: number },
  warnings: string[],
): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const name = `“${clip(String(event.summary ?? 'Untitled'), 80)}” (line ${line})`;
  const refuse = (message: string) => [
    {
      ...eventRow(event.component, line, null, null, null),
      problems: [{ column: 'repeat', message }],
    },
  ];
  const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
  const freq = String(rule?.freq ?? '');
  if (SUB_DAILY.has(freq)) {
    return refuse(
      `repeats more often than daily (FREQ=${freq}), so it was not read: log that CPD as entries of its own`,
    );
  }
  const notRecent = () =>
    warnings.push(
      `${name} repeats, but not in the 12 months up to today, so nothing was read from it.`,
    );
  // A series that ended before the window needs no walking.
  if (rule?.until && dayOf(rule.until) < window.from && !event.component.hasProperty('rdate')) {
    notRecent();
    return rows;
  }
  let stopped = false;
  try {
    const it = iteratorNear(event, rule, window.from);
    for (let next = it.next(); next; next = it.next()) {
      // Walking a long series costs time: the whole file shares one budget of steps.
      if (--budget.steps < 0) {
        warnings.push(
          `${name} could not be read to the end: the calendar has too many repetitions to read at once (it was read up to ${dayOf(next)}). Export a shorter period.`,
        );
        stopped = true;
        break;
      }
      const day = dayOf(next);
      if (day < window.from) continue;
      if (day > window.to) break;
      if (rows.length === MAX_OCCURRENCES) {
        warnings.push(
          `${name} repeats more than ${MAX_OCCURRENCES} times in the last 12 months; only the first ${MAX_OCCURRENCES} were read.`,
        );
        break;
      }
      const d = event.getOccurrenceDetails(next);
      const component = d.item.component;
      rows.push(
        eventRow(
          component,
          lineOf.get(component) ?? line,
          d.startDate,
          d.endDate,
          `/${next.toString()}`,
        ),
      );
    }
  } catch (err) {
    return [
      ...rows,
      ...refuse(
        `the repeat rule (RRULE) could not be read (${err instanceof Error ? err.message : 'unknown problem'})`,
      ),
    ];
  }
  if (rows.length === 0 && !stopped) notRecent();
  return rows;
}

/** One event (or one occurrence of a repeating event) as a draft row. */
function eventRow(
  c: ICAL.Component,
  line: number,
  start: ICAL.Time | null,
  end: ICAL.Time | null,
  occurrence: string | null,
): ParsedRow {
  const problems: Problem[] = [];
  const summary = String(c.getFirstPropertyValue('summary') ?? '').trim();
  const description = String(c.getFirstPropertyValue('description') ?? '').trim();
  if (!summary) {
    problems.push({ column: 'title', message: 'is missing: the event has no SUMMARY (title)' });
  }
  if (String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
    problems.push({ column: 'event', message: 'was cancelled (STATUS:CANCELLED)' });
  }
  let date: string | null = null;
  let hours: number | null = null;
  try {
    const event = new ICAL.Event(c);
    const s = start ?? event.startDate;
    const e = end ?? event.endDate;
    if (!s) throw new Error('no DTSTART');
    date = dayOf(s);
    const range = checkDate(date);
    if (range) problems.push({ column: 'date', message: `${date} ${range.message}` });
    if (s.isDate) {
      const days = Math.max(
        1,
        Math.round(
          (Date.UTC(e.year, e.month - 1, e.day) - Date.UTC(s.year, s.month - 1, s.day)) /
            86_400_000,
        ),
      );
      hours = Math.min(24, days * ALL_DAY_HOURS);
    } else {
      const minutes = Math.round(e.subtractDate(s).toSeconds() / 60);
      if (minutes <= 0) {
        problems.push({
          column: 'hours',
          message: 'the event has no length (it ends when it starts): give it an end time',
        });
      } else if (minutes > 24 * 60) {
        problems.push({
          column: 'hours',
          message: `the event lasts ${Math.round(minutes / 6) / 10} hours, more than 24 in one entry: log each day as its own entry`,
        });
      } else hours = Math.round((minutes / 60) * 100) / 100;
    }
  } catch {
    problems.push({
      column: 'date',
      message:
        'the start or end (DTSTART, DTEND or DURATION) is missing or not a valid iCalendar date, like 20261122 or 20261122T093000',
    });
  }
  const uid = String(c.getFirstPropertyValue('uid') ?? '').trim();
  const recurrenceId = c.getFirstPropertyValue('recurrence-id');
  const key =
    uid ||
    `nouid-${createHash('sha256')
      .update(`${summary}\n${String(c.getFirstPropertyValue('dtstart') ?? '')}`)
      .digest('hex')
      .slice(0, 32)}`;
  const suffix = occurrence ?? (recurrenceId ? `/${String(recurrenceId)}` : '');
  return {
    line,
    title: summary ? clip(summary, 200) : null,
    date,
    hours,
    type: typeOfEvent(c, summary),
    reflection: description ? clip(description, 20_000) : null,
    timeKind: null,
    significant: false,
    tagRefs: [],
    draft: true,
    source: `ical:${key}${suffix}`,
    problems,
  };
}

// ---- iCalendar export ---------------------------------------------------------------------

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** All-day events: UID = entry id, SUMMARY = title, DESCRIPTION = reflection, CATEGORIES = type. */
export function writeIcs(entries: readonly TCpdEntry[], now = new Date()): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Cairn//CPD log//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('x-wr-calname', 'CPD log');
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const e of entries) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', e.id);
    ev.addPropertyWithValue('dtstamp', stamp);
    ev.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(e.date));
    ev.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(e.date)));
    ev.addPropertyWithValue('summary', e.title);
    if (e.reflection) ev.addPropertyWithValue('description', e.reflection);
    ev.addPropertyWithValue('categories', CPD_TYPE_LABELS[e.type]);
    ev.addPropertyWithValue('transp', 'TRANSPARENT');
    cal.addSubcomponent(ev);
  }
  return `${cal.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}
