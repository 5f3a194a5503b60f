import { CSV_COLUMNS } from '../../../../../contracts';
import { todayIso } from '../words';

type Column = (typeof CSV_COLUMNS)[number];

export interface ColumnDoc {
  name: Column;
  required: boolean;
  what: string;
  example: string;
}

/** What each CSV column takes, in the order of CSV_COLUMNS (the order exports use). */
export const COLUMN_DOCS: Record<Column, Omit<ColumnDoc, 'name'>> = {
  date: {
    required: true,
    what: 'The day of the activity as year-month-day. 22/11/2026 is refused: it could be day/month or month/day. Not more than a year ahead.',
    example: '2026-11-22',
  },
  title: {
    required: true,
    what: 'What you did, in a few words (at most 200 characters).',
    example: 'ALT webinar on accessible video',
  },
  hours: {
    required: true,
    what: 'How long it took: more than 0 and at most 24, with at most two decimals (1.5, or 1,5) or as hours and minutes (1:30).',
    example: '1.5',
  },
  type: {
    required: false,
    what: 'The kind of CPD, by its key or its name (for example seminar, or “Seminar or webinar”). Empty means other.',
    example: 'seminar',
  },
  reflection: {
    required: false,
    what: 'What you learnt and what you will do with it. Markdown is fine. Put text with commas or line breaks in double quotes.',
    example: '"Captions help everyone; check the player, too."',
  },
  time: {
    required: false,
    what: 'protected (work time given for development), personal (your own time), or empty if you would rather not say.',
    example: 'protected',
  },
  significant: {
    required: false,
    what: 'yes or no (true/false and 1/0 work too). Empty means no.',
    example: 'no',
  },
  tags: {
    required: false,
    what: 'Framework items, separated by semicolons: the framework’s name (its full title, or the part before any “(” or “:”, such as CMALT) and the item’s code. Items without a code go by their identifier, as exports write them. At most 50.',
    example: 'CMALT 3a; CMALT P2',
  },
};

export const COLUMNS: ColumnDoc[] = CSV_COLUMNS.map((name) => ({ name, ...COLUMN_DOCS[name] }));

/** A day `days` before today, as YYYY-MM-DD. */
function daysAgo(days: number, now = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() - days);
  return todayIso(d);
}

/** A small, valid example file, dated in the last few weeks so that every row imports. */
export function exampleCsv(now = new Date()): string {
  const rows = [
    CSV_COLUMNS.join(','),
    `${daysAgo(21, now)},ALT webinar on accessible video,1.5,seminar,"Captions help everyone; check the player, too.",protected,no,CMALT 3a`,
    `${daysAgo(14, now)},Tried the new quiz tool with two lecturers,2,exploring-technology,,personal,no,`,
    `${daysAgo(7, now)},Regional learning technologists meet-up,3:30,Conference,"## Take-aways\n- Share the rubric templates\n- Follow up on lecture capture policy",protected,yes,CMALT 4; CMALT P2`,
  ];
  return `${rows.join('\r\n')}\r\n`;
}
