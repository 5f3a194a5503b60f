import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCpdEntry } from '../../../../contracts/cpd';
import { parseIcal } from './exchange';
import {
  call,
  createTenant,
  createUser,
  createTestApp,
  type Session,
  type Tenant,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Exchange Test University');
});
afterAll(async () => t?.close());

/** A new practitioner of the tenant, so that every test starts with an empty CPD log. */
const person = () =>
  createUser(t, { institutionId: tenant.institutionId, roles: ['practitioner'] });

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const icalDay = (offsetDays: number) => day(offsetDays).replaceAll('-', '');
const today = () => day(0);

const importCsv = (as: Session, text: string, mode = 'preview') =>
  call(t, 'POST', '/api/cpd/import/csv', { as, body: { text, mode } });
const importIcal = (as: Session, text: string, mode = 'preview') =>
  call(t, 'POST', '/api/cpd/import/ical', { as, body: { text, mode } });
const entries = async (as: Session, query = '') =>
  (await call(t, 'GET', `/api/cpd/entries?limit=200${query}`, { as })).data();

type Row = {
  line: number;
  ok: boolean;
  title: string | null;
  date: string | null;
  hours: number | null;
  type: string | null;
  problems: { column: string; message: string }[];
  tags: { id: string; code: string | null }[];
  duplicate?: boolean;
};

async function item(code: string, framework: RegExp) {
  const r = (
    await call(t, 'GET', `/api/framework-items/search?q=${encodeURIComponent(code)}`, {
      as: tenant.practitioner,
    })
  ).data().results;
  const found = r.find(
    (i: { code: string; framework: { title: string } }) =>
      i.code === code && framework.test(i.framework.title),
  );
  expect(found, `${code} in ${framework}`).toBeTruthy();
  return found as { id: string; identifier: string; code: string };
}

describe('importing CSV', () => {
  const header = 'date,title,hours,type,reflection,time,significant,tags';

  it('previews a good file without importing, then imports it with types, tags and multi-line reflections', async () => {
    const me = await person();
    const iste = await item('4.3', /ISTE/);
    const cmalt = await item('1a', /CMALT/);
    const text = [
      header,
      `${day(-3)},Ran a workshop on accessible slides,1:30,Skill-sharing session,"Went well.`,
      `Next time: captions first.",protected,yes,ISTE Standards for Coaches 4.3; cmalt 1A`,
      `${day(-2)},Read the ALT newsletter,0.5,,,,,`,
      `${day(-1)},Coached a colleague,2,COACHING,,personal,no,${cmalt.identifier}`,
      '',
    ].join('\n');

    const preview = await importCsv(me, text);
    expect(preview.statusCode, preview.body).toBe(200);
    const result = preview.data();
    expect(result).toMatchObject({ mode: 'preview', valid: 3, invalid: 0, imported: 0 });
    expect(result.rows.map((r: Row) => [r.line, r.ok, r.type, r.hours])).toEqual([
      [2, true, 'skill-sharing', 1.5],
      [4, true, 'other', 0.5],
      [5, true, 'coaching', 2],
    ]);
    expect(result.rows[0].tags.map((x: { id: string }) => x.id)).toEqual([iste.id, cmalt.id]);
    expect((await entries(me)).total, 'preview imports nothing').toBe(0);

    const done = (await importCsv(me, text, 'valid')).data();
    expect(done).toMatchObject({ valid: 3, imported: 3 });
    const list = await entries(me);
    expect(list.total).toBe(3);
    expect(list.totalHours).toBe(4);
    const workshop = list.entries.find((e: { title: string }) => e.title.startsWith('Ran'));
    expect(workshop).toMatchObject({
      date: day(-3),
      hours: 1.5,
      type: 'skill-sharing',
      reflection: 'Went well.\nNext time: captions first.',
      timeKind: 'protected',
      significant: true,
      draft: false,
    });
    expect(workshop.tags.map((x: { code: string }) => x.code).sort()).toEqual(['1a', '4.3']);
  });

  it('marks every bad row with its physical line number, its column and what to fix', async () => {
    const me = await person();
    const d = day(-5);
    const text = [
      'date,title,hours,type,reflection,tags', // 1
      `${d},A fine row,1,other,"a reflection`, // 2
      `over two lines",`, // 3
      `${d},,1,,,`, // 4
      `${d},Negative hours,-1,,,`, // 5
      `${d},Too many hours,25,,,`, // 6
      `${d},Words for hours,abc,,,`, // 7
      `${d},Thirds of an hour,0.333,,,`, // 8
      `${day(800)},Far future,1,,,`, // 9
      `22/11/2026,Ambiguous date,1,,,`, // 10
      `${d},A party,1,party,,`, // 11
      `${d},Unknown item,1,,,CMALT 9z`, // 12
      `${d},Unknown framework,1,,,Nonsense Framework 1`, // 13
      `${d},Two problems,0,party,,`, // 14
    ].join('\n');
    const res = await importCsv(me, text);
    expect(res.statusCode, res.body).toBe(200);
    const { rows, valid, invalid } = res.data();
    expect({ valid, invalid }).toEqual({ valid: 1, invalid: 11 });
    const byLine = new Map<number, Row>(rows.map((r: Row) => [r.line, r]));
    expect([...byLine.keys()]).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const expected: [number, string, RegExp][] = [
      [4, 'title', /is required/],
      [5, 'hours', /“-1” must be more than 0/],
      [6, 'hours', /“25” is more than 24 hours: split/],
      [7, 'hours', /“abc” is not a number of hours: write it like 1.5 or 1:30/],
      [8, 'hours', /“0.333” has more than two decimals/],
      [9, 'date', /more than a year ahead/],
      [10, 'date', /day\/month or month\/day: write dates as year-month-day, like 2026-11-22/],
      [11, 'type', /“party” is not a CPD type: use one of conference, seminar/],
      [12, 'tags', /“CMALT 9z”: CMALT .* has no item with the code “9z”/],
      [13, 'tags', /is not an item of a framework you can use: write .* like “CMALT 1a”/],
    ];
    for (const [line, column, message] of expected) {
      const row = byLine.get(line)!;
      expect(row.ok, `line ${line}`).toBe(false);
      expect(row.problems, `line ${line}`).toEqual([
        { column, message: expect.stringMatching(message) },
      ]);
    }
    expect(byLine.get(14)!.problems.map((p) => p.column)).toEqual(['hours', 'type']);
  });

  it('reads a UTF-8 BOM, Windows line ends and semicolons from European Excel, and warns about unknown columns', async () => {
    const me = await person();
    const text = `\uFEFFDate;Title;Hours;Type;Location\r\n${day(-1)};"Écrit; avec ""guillemets""";1,5;Seminar or webinar;Lyon\r\n`;
    const res = await importCsv(me, text);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data().rows).toMatchObject([
      {
        line: 2,
        ok: true,
        title: 'Écrit; avec "guillemets"',
        hours: 1.5,
        type: 'seminar',
        date: day(-1),
      },
    ]);
    expect(res.data().warnings).toEqual([
      expect.stringMatching(/“Location” is not one Cairn reads/),
    ]);
  });

  it('refuses files it cannot read as a whole with a 422 that says what to fix', async () => {
    const me = await person();
    const cases: [string, RegExp][] = [
      [`${day(-1)},Missing header,1\n${day(-2)},Another,2\n`, /first line must name the columns/],
      ['date,title\n2026-01-01,No hours column\n', /no “hours” column/],
      [
        `date,title,hours,reflection\n${day(-1)},Fine,1,ok\n${day(-1)},Broken,1,"never closed\nstill going\n`,
        /the quoted value that starts on line 3 is never closed/,
      ],
      ['  \n\n', /The file is empty/],
      ['\uFEFF', /The file is empty/],
      ['date,title,hours\r\n', /header line but no rows/],
      ['date,title,hours\n,,\n\n , ,\n', /header line but no rows/],
      ['date,title,title,hours\n2026-01-01,a,b,1\n', /“title” appears twice/],
    ];
    for (const [text, message] of cases) {
      const res = await importCsv(me, text);
      expect(res.statusCode, text).toBe(422);
      expect(res.data().error, text).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(message),
      });
    }
    const empty = await importCsv(me, '');
    expect(empty.statusCode).toBe(400);
    expect(empty.data().error.message).toMatch(/the file is empty/);
    expect((await entries(me)).total).toBe(0);
  });

  it('refuses more than 5,000 rows at once', async () => {
    const me = await person();
    const rows = Array.from({ length: 5001 }, (_, i) => `${day(-1)},Row ${i},1`);
    const res = await importCsv(me, ['date,title,hours', ...rows].join('\n'));
    expect(res.statusCode).toBe(422);
    expect(res.data().error.message).toMatch(/5,001 rows; at most 5,000 .* Split it/);
  });

  it('imports only the valid rows with mode=valid, and all or nothing with mode=all', async () => {
    const me = await person();
    const mixed = `date,title,hours\n${day(-1)},Good one,1\n${day(-1)},Bad one,99\n${day(-2)},Good two,2\n`;

    const all = await importCsv(me, mixed, 'all');
    expect(all.statusCode).toBe(422);
    expect(all.data().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/1 row has problems, so nothing was imported/),
      fields: [{ path: 'rows.3', message: expect.stringMatching(/hours “99” is more than 24/) }],
    });
    expect((await entries(me)).total, 'nothing imported').toBe(0);

    const valid = (await importCsv(me, mixed, 'valid')).data();
    expect(valid).toMatchObject({ valid: 2, invalid: 1, imported: 2 });
    expect((await entries(me)).entries.map((e: { title: string }) => e.title).sort()).toEqual([
      'Good one',
      'Good two',
    ]);

    const good = `date,title,hours\n${day(-3)},Third,1\n${day(-4)},Fourth,0.25\n`;
    expect((await importCsv(me, good, 'all')).data()).toMatchObject({ imported: 2 });
    expect((await entries(me)).total).toBe(4);
  });
});

const VTIMEZONE_TOKYO = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Tokyo',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
];
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );

describe('importing iCalendar', () => {
  const goodCalendar = () =>
    calendar(
      ...VTIMEZONE_TOKYO,
      'BEGIN:VEVENT', // 13
      'UID:webinar-1@example.test',
      // 08:00 in Tokyo is the evening before in UTC: the date is the event's own.
      `DTSTART;TZID=Asia/Tokyo:${icalDay(-10)}T080000`,
      `DTEND;TZID=Asia/Tokyo:${icalDay(-10)}T093000`,
      'SUMMARY:Webinar: xAPI for beginners',
      'DESCRIPTION:Notes\\, with a comma\\nand a second line',
      'END:VEVENT',
      'BEGIN:VEVENT', // 20
      'UID:conference-1@example.test',
      `DTSTART;VALUE=DATE:${icalDay(-30)}`,
      `DTEND;VALUE=DATE:${icalDay(-28)}`,
      'SUMMARY:Digital Learning Conference',
      'END:VEVENT',
      'BEGIN:VEVENT', // 26
      'UID:reading-1@example.test',
      `DTSTART:${icalDay(-5)}T140000Z`,
      'DURATION:PT45M',
      'SUMMARY:Reading group',
      'END:VEVENT',
      'BEGIN:VEVENT', // 32
      'UID:away-day@example.test',
      `DTSTART;VALUE=DATE:${icalDay(-2)}`,
      'SUMMARY:Team away day',
      'END:VEVENT',
      'BEGIN:VEVENT', // 37
      'UID:far-future@example.test',
      `DTSTART;VALUE=DATE:${icalDay(500)}`,
      'SUMMARY:Conference far ahead',
      'END:VEVENT',
    );

  it('turns events into draft rows: title, date in the event’s own zone, hours, guessed type, description', async () => {
    const me = await person();
    const res = await importIcal(me, goodCalendar());
    expect(res.statusCode, res.body).toBe(200);
    const r = res.data();
    expect(r).toMatchObject({ valid: 4, invalid: 1, duplicates: 0, imported: 0 });
    expect(
      r.rows.map((x: Row) => [x.line, x.ok, x.title, x.date, x.hours, x.type, x.duplicate]),
    ).toEqual([
      [13, true, 'Webinar: xAPI for beginners', day(-10), 1.5, 'seminar', false],
      [20, true, 'Digital Learning Conference', day(-30), 14, 'conference', false],
      [26, true, 'Reading group', day(-5), 0.75, 'other', false],
      [32, true, 'Team away day', day(-2), 7, 'other', false],
      [37, false, 'Conference far ahead', day(500), 7, 'conference', false],
    ]);
    expect(r.rows[4].problems).toEqual([
      { column: 'date', message: expect.stringMatching(/more than a year ahead/) },
    ]);
  });

  it('imports events as drafts that do not count as hours, and skips them when the calendar is imported again', async () => {
    const me = await person();
    const first = (await importIcal(me, goodCalendar(), 'valid')).data();
    expect(first).toMatchObject({ imported: 4, invalid: 1 });
    const drafts = await entries(me, '&draft=true');
    expect(drafts.total).toBe(4);
    expect(drafts.totalHours, 'drafts are not counted').toBe(0);
    const webinar = drafts.entries.find((e: { title: string }) => e.title.startsWith('Webinar'));
    expect(webinar).toMatchObject({
      draft: true,
      reflection: 'Notes, with a comma\nand a second line',
    });

    const again = (await importIcal(me, goodCalendar(), 'valid')).data();
    expect(again).toMatchObject({ valid: 0, invalid: 1, duplicates: 4, imported: 0 });
    expect(again.rows.filter((x: Row) => x.duplicate).map((x: Row) => x.problems)).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect((await entries(me, '&draft=true')).total, 'no second copy').toBe(4);
    // Someone else importing the same calendar gets their own drafts.
    expect((await importIcal(await person(), goodCalendar(), 'valid')).data().imported).toBe(4);
  });

  it('reads repeating events in the last 12 months, with exceptions, and caps long series', async () => {
    const me = await person();
    const start = icalDay(-70);
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:weekly@example.test',
      `DTSTART:${start}T100000Z`,
      `DTEND:${start}T110000Z`,
      'RRULE:FREQ=WEEKLY;COUNT=5',
      `EXDATE:${icalDay(-63)}T100000Z`,
      'SUMMARY:Weekly journal club',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:weekly@example.test',
      `RECURRENCE-ID:${icalDay(-56)}T100000Z`,
      `DTSTART:${icalDay(-55)}T100000Z`,
      `DTEND:${icalDay(-55)}T120000Z`,
      'SUMMARY:Journal club (moved)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:daily@example.test',
      `DTSTART:${icalDay(-800)}T090000Z`,
      `DTEND:${icalDay(-800)}T091500Z`,
      'RRULE:FREQ=DAILY',
      'SUMMARY:Daily stand-up',
      'END:VEVENT',
    );
    const r = (await importIcal(me, text, 'valid')).data();
    const weekly = r.rows.filter(
      (x: Row) => x.title?.startsWith('Journal') || x.title?.startsWith('Weekly'),
    );
    expect(weekly.map((x: Row) => [x.date, x.hours, x.title])).toEqual([
      [day(-70), 1, 'Weekly journal club'],
      [day(-55), 2, 'Journal club (moved)'],
      [day(-49), 1, 'Weekly journal club'],
      [day(-42), 1, 'Weekly journal club'],
    ]);
    const daily = r.rows.filter((x: Row) => x.title === 'Daily stand-up');
    expect(daily).toHaveLength(200);
    expect(daily[0].date >= day(-366)).toBe(true);
    expect(r.warnings).toEqual([expect.stringMatching(/“Daily stand-up” .* more than 200 times/)]);
    expect(r.imported).toBe(204);
    expect((await importIcal(me, text, 'preview')).data()).toMatchObject({
      duplicates: 204,
      valid: 0,
    });
  });

  it('reads long-running series from near the window, with the same dates as walking them from the start', () => {
    const to = today();
    const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const rules: [string, string][] = [
      ['FREQ=DAILY;INTERVAL=3', '19800101'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '20050103'],
      ['FREQ=MONTHLY;BYDAY=1TU', '19700106'],
      ['FREQ=MONTHLY;INTERVAL=5', '19990131'],
      ['FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2', '19900228'],
      ['FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1', '20000103'],
      ['FREQ=YEARLY;INTERVAL=3;BYMONTH=3;BYDAY=-1SU', '19500326'],
      ['FREQ=YEARLY', '19040229'],
    ];
    for (const [rule, start] of rules) {
      const text = calendar(
        'BEGIN:VEVENT',
        'UID:series@example.test',
        `DTSTART:${start}T090000Z`,
        `DTEND:${start}T100000Z`,
        `RRULE:${rule}`,
        'SUMMARY:Series',
        'END:VEVENT',
      );
      const read = parseIcal(text).rows.map((r) => r.date);
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(text) as never).getFirstSubcomponent('vevent')!,
      );
      const walked: string[] = [];
      const it = event.iterator();
      for (let n = it.next(); n && walked.length < 200; n = it.next()) {
        const d = `${n.year}-${String(n.month).padStart(2, '0')}-${String(n.day).padStart(2, '0')}`;
        if (d > to) break;
        if (d >= from) walked.push(d);
      }
      expect(read, rule).toEqual(walked);
    }
  });

  it('marks events without a title, without a length, cancelled, or with broken dates', async () => {
    const me = await person();
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:a@example.test',
      `DTSTART:${icalDay(-1)}T100000Z`,
      `DTEND:${icalDay(-1)}T100000Z`,
      'SUMMARY:Zero length',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@example.test',
      `DTSTART:${icalDay(-1)}T100000Z`,
      `DTEND:${icalDay(-1)}T110000Z`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:c@example.test',
      'DTSTART:2026-01-01',
      'SUMMARY:Broken date',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:d@example.test',
      `DTSTART:${icalDay(-1)}T100000Z`,
      `DTEND:${icalDay(1)}T100000Z`,
      'SUMMARY:Two days of timed event',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:e@example.test',
      `DTSTART:${icalDay(-1)}T100000Z`,
      `DTEND:${icalDay(-1)}T110000Z`,
      'STATUS:CANCELLED',
      'SUMMARY:Cancelled talk',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:f@example.test',
      `DTSTART:${icalDay(-1)}T100000Z`,
      `DTEND:${icalDay(-1)}T101000Z`,
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:Every minute',
      'END:VEVENT',
    );
    const r = (await importIcal(me, text)).data();
    expect(r.valid).toBe(0);
    expect(r.rows.map((x: Row) => x.problems.map((p) => `${p.column} ${p.message}`))).toEqual([
      [expect.stringMatching(/^hours the event has no length/)],
      [expect.stringMatching(/^title is missing: the event has no SUMMARY/)],
      [expect.stringMatching(/^date the start or end .* is missing or not a valid iCalendar date/)],
      [expect.stringMatching(/^hours the event lasts 48 hours, more than 24/)],
      [expect.stringMatching(/^event was cancelled/)],
      [expect.stringMatching(/^repeat repeats more often than daily \(FREQ=MINUTELY\)/)],
    ]);
  });

  it('refuses files that are not iCalendar, or broken, with a 422 that names the line', async () => {
    const me = await person();
    const cases: [string, RegExp][] = [
      [
        'date,title,hours\n2026-01-01,x,1\n',
        /not an iCalendar file: its first line should be BEGIN:VCALENDAR/,
      ],
      [
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis line is garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        /Line 4 is not iCalendar/,
      ],
      [
        `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:${icalDay(-1)}T100000Z\r\nSUMMARY:Cut`,
        /VEVENT begun on line 2 never ends/,
      ],
      [
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n',
        /Line 3 ends VTODO, but the VEVENT begun on line 2 is still open/,
      ],
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /no events \(VEVENT\)/],
    ];
    for (const [text, message] of cases) {
      const res = await importIcal(me, text);
      expect(res.statusCode, text).toBe(422);
      expect(res.data().error, text).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(message),
      });
    }
  });
});

describe('exporting', () => {
  async function seed() {
    const me = await person();
    const iste = await item('4.3', /ISTE/);
    // An institution framework with an item without a code, and two frameworks with the same
    // name, where "<name> <code>" would be ambiguous: those tags are written as identifiers.
    const own = async (title: string, code: string | null) => {
      const f = await call(t, 'POST', '/api/frameworks', { as: tenant.manager, body: { title } });
      const i = await call(t, 'POST', `/api/frameworks/${f.data().id}/items`, {
        as: tenant.manager,
        body: { parentId: null, ...(code ? { code } : {}), statement: `${title} item` },
      });
      expect(i.statusCode, i.body).toBe(201);
      return i.data() as { id: string; identifier: string };
    };
    const noCode = await own('Team framework', null);
    const twinA = await own('Twin framework', 'T1');
    await own('Twin framework', 'T1');
    const log = async (body: Record<string, unknown>) => {
      const res = await call(t, 'POST', '/api/cpd/entries', { as: me, body });
      expect(res.statusCode, res.body).toBe(201);
      return res.data() as { id: string; title: string };
    };
    const a = await log({
      title: '=HYPERLINK("x") looks like a formula',
      date: day(-4),
      hours: 0.25,
      type: 'conference',
      reflection: '-5 ideas, "quoted"; with commas,\nand a second line',
      timeKind: 'personal',
      significant: true,
      tagIds: [iste.id, noCode.id, twinA.id],
    });
    const b = await log({ title: 'Read a paper', date: day(-8), hours: 1, type: 'seminar' });
    const gone = await log({ title: 'Deleted entry', date: day(-2) });
    await call(t, 'DELETE', `/api/cpd/entries/${gone.id}`, { as: me });
    await importIcal(
      me,
      calendar(
        'BEGIN:VEVENT',
        'UID:draft@example.test',
        `DTSTART;VALUE=DATE:${icalDay(-1)}`,
        'SUMMARY:Draft from the calendar',
        'END:VEVENT',
      ),
      'valid',
    );
    return { me, a, b, iste, noCode, twinA };
  }

  it('sends CSV in the import columns that imports back unchanged', async () => {
    const { me, a, iste, noCode, twinA } = await seed();
    const res = await call(t, 'GET', '/api/cpd/export?format=csv', { as: me });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="cairn-cpd-${today()}.csv"`,
    );
    expect(
      res.body.startsWith('\uFEFFdate,title,hours,type,reflection,time,significant,tags\r\n'),
    ).toBe(true);
    expect(res.body, 'formula-like text is neutralised').toContain(`'=HYPERLINK`);
    const tagCell = res.body.split('\r\n')[1]!.split(',').at(-1)!;
    expect(tagCell.split('; ').sort()).toEqual(
      ['ISTE Standards for Coaches 4.3', noCode.identifier, twinA.identifier].sort(),
    );
    expect(res.body).not.toContain('Deleted entry');
    expect(res.body).not.toContain('Draft from the calendar');

    const back = (await importCsv(me, res.body)).data();
    expect(back).toMatchObject({ valid: 2, invalid: 0 });
    const exported = (await entries(me, '&draft=false')).entries;
    const ids = (tags: { id: string }[]) => tags.map((x) => x.id).sort();
    expect(back.rows.map((r: Row) => [r.title, r.date, r.hours, r.type, ids(r.tags)])).toEqual(
      exported.map((e: Row & { tags: { id: string }[] }) => [
        e.title,
        e.date,
        e.hours,
        e.type,
        ids(e.tags),
      ]),
    );
    expect(ids(back.rows[0].tags)).toEqual(ids([iste, noCode, twinA]));
    // The whole entry survives: import into a fresh log and compare.
    const other = await person();
    expect((await importCsv(other, res.body, 'all')).data().imported).toBe(2);
    const copy = (await entries(other)).entries.find((e: { title: string }) => e.title === a.title);
    const original = exported.find((e: { id: string }) => e.id === a.id);
    for (const k of ['date', 'hours', 'type', 'reflection', 'timeKind', 'significant']) {
      expect(copy[k], k).toEqual(original[k]);
    }
    expect(ids(copy.tags)).toEqual(ids(original.tags));
  });

  it('writes an ambiguous "<framework> <code>" tag nowhere, and refuses it on import', async () => {
    const me = await person();
    const r = (
      await importCsv(me, `date,title,hours,tags\n${day(-1)},Twin,1,Twin framework T1\n`)
    ).data();
    expect(r.rows[0].problems).toEqual([
      {
        column: 'tags',
        message: expect.stringMatching(/matches 2 items .* write the item's identifier instead/),
      },
    ]);
  });

  it('sends JSON entries and iCalendar all-day events; drafts only when asked, deleted never', async () => {
    const { me, a, b } = await seed();
    const json = await call(t, 'GET', '/api/cpd/export?format=json', { as: me });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe(
      `attachment; filename="cairn-cpd-${today()}.json"`,
    );
    const data = json.data();
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(
      ZCpdEntry.array()
        .parse(data.entries)
        .map((e) => e.id),
    ).toEqual([a.id, b.id]);

    const drafts = (
      await call(t, 'GET', '/api/cpd/export?format=json&draft=true', { as: me })
    ).data();
    expect(drafts.entries.map((e: { title: string }) => e.title)).toEqual([
      'Draft from the calendar',
    ]);
    const seminars = (
      await call(t, 'GET', '/api/cpd/export?format=json&type=seminar', { as: me })
    ).data();
    expect(seminars.entries.map((e: { id: string }) => e.id)).toEqual([b.id]);

    const ics = await call(t, 'GET', '/api/cpd/export?format=ics', { as: me });
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.headers['content-disposition']).toBe(
      `attachment; filename="cairn-cpd-${today()}.ics"`,
    );
    const events = new ICAL.Component(ICAL.parse(ics.body) as never).getAllSubcomponents('vevent');
    expect(
      events.map((e) => [
        e.getFirstPropertyValue('uid'),
        e.getFirstPropertyValue('summary'),
        e.getFirstPropertyValue('description'),
        e.getFirstPropertyValue('categories'),
        String(e.getFirstPropertyValue('dtstart')),
        (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
      ]),
    ).toEqual([
      [
        a.id,
        a.title,
        '-5 ideas, "quoted"; with commas,\nand a second line',
        'Conference',
        day(-4),
        true,
      ],
      [b.id, 'Read a paper', null, 'Seminar or webinar', day(-8), true],
    ]);
    // A Cairn calendar imports as drafts with the types its categories name.
    const r = (await importIcal(await person(), ics.body)).data();
    expect(r.rows.map((x: Row) => [x.title, x.type, x.date])).toEqual([
      [a.title, 'conference', day(-4)],
      ['Read a paper', 'seminar', day(-8)],
    ]);
  });

  it("never includes another person's entries, and records the export in the audit log", async () => {
    const { me, a } = await seed();
    const colleague = await person();
    const stranger = (await createTenant(t, 'Another Exchange College')).admin;
    for (const who of [colleague, stranger]) {
      for (const format of ['csv', 'json', 'ics']) {
        const res = await call(t, 'GET', `/api/cpd/export?format=${format}`, { as: who });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain(a.title);
        expect(res.body).not.toContain(a.id);
      }
    }
    await call(t, 'GET', '/api/cpd/export?format=csv', { as: me });
    const audit = (await call(t, 'GET', '/api/audit?action=export', { as: tenant.admin })).data();
    expect(audit.events.map((e: { detail: string }) => e.detail)).toContain(
      'CPD log (CSV, 2 entries)',
    );
  });

  it('records imports that saved something in the audit log, and previews not at all', async () => {
    const me = await person();
    const csv = `title,date,hours\nAudited import,${day(-1)},1\n`;
    await importCsv(me, csv, 'preview');
    await importCsv(me, csv, 'valid');
    const audit = (await call(t, 'GET', '/api/audit?action=import', { as: tenant.admin })).data();
    expect(audit.events.filter((e: { actor: string }) => e.actor === me.email)).toHaveLength(1);
    expect(audit.events[0].detail).toBe('CPD log (CSV, 1 entry)');
  });

  it('says which formats exist', async () => {
    const res = await call(t, 'GET', '/api/cpd/export?format=xlsx', { as: await person() });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toMatch(/format must be csv, json or ics/);
  });
});
