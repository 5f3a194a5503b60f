import { describe, expect, it } from 'vitest';
import { type AssignmentRow, dueReminders, type OpenSubmissionRow } from './reminders';
import { yearsLater } from './submissions';

const assignment: AssignmentRow = {
  submissionId: 'sub-1',
  schemeName: 'In-house CMALT',
  institutionId: 'inst-1',
  portfolioTitle: 'My CMALT portfolio',
  assessorId: 'tom',
  role: 'second',
  assignedAt: '2026-11-01T09:00:00.000Z',
  daysToJudge: 28, // due 2026-11-29
  judged: false,
};
const open: OpenSubmissionRow = {
  submissionId: 'sub-2',
  schemeName: 'In-house CMALT',
  institutionId: 'inst-1',
  portfolioTitle: 'Another portfolio',
  state: 'awaiting-assignment',
  submittedAt: '2026-11-01T09:00:00.000Z',
  dueOn: '2027-01-31',
  coordinatorIds: ['priya', 'rebecca'],
};
const at = (iso: string) => new Date(iso);
const keys = (now: string, rows: Parameters<typeof dueReminders>[1]) =>
  dueReminders(at(now), rows).map((r) => `${r.userId} ${r.dedupeKey.split(':')[0]}`);

describe('review reminders', () => {
  it('remind an assessor 7 days before, on the day and when overdue, with a key per stage', () => {
    const rows = { assignments: [assignment], submissions: [] };
    expect(keys('2026-11-21T12:00:00Z', rows)).toEqual([]);
    expect(keys('2026-11-22T00:30:00Z', rows)).toEqual(['tom judgement-week']);
    const week = dueReminders(at('2026-11-22T00:30:00Z'), rows)[0]!;
    expect(week.title).toBe('In-house CMALT: your judgement is due in 7 days');
    expect(week.body).toContain('due on 2026-11-29');
    expect(week.link).toBe('/reviews/assessing/sub-1');
    expect(keys('2026-11-25T12:00:00Z', rows)).toEqual(['tom judgement-week']);
    expect(keys('2026-11-29T23:00:00Z', rows)).toEqual(['tom judgement-today']);
    expect(keys('2026-11-30T00:01:00Z', rows)).toEqual(['tom judgement-overdue']);
    // The same stage has the same key every hour, so notify() sends it once.
    expect(dueReminders(at('2026-11-23T01:00:00Z'), rows)[0]!.dedupeKey).toBe(
      dueReminders(at('2026-11-24T05:00:00Z'), rows)[0]!.dedupeKey,
    );
  });

  it('send nothing to an assessor who has judged', () => {
    expect(
      keys('2026-12-30T00:00:00Z', {
        assignments: [{ ...assignment, judged: true }],
        submissions: [],
      }),
    ).toEqual([]);
  });

  it('a reassigned assessor starts a new clock with new keys', () => {
    const again = { ...assignment, assignedAt: '2026-11-20T09:00:00.000Z' };
    const before = dueReminders(at('2026-11-30T01:00:00Z'), {
      assignments: [assignment],
      submissions: [],
    });
    const after = dueReminders(at('2026-12-11T01:00:00Z'), {
      assignments: [again],
      submissions: [],
    });
    expect(after[0]!.dedupeKey).not.toBe(before[0]!.dedupeKey);
  });

  it('tell every coordinator about a submission waiting over 7 days for assessors', () => {
    const rows = { assignments: [], submissions: [open] };
    expect(keys('2026-11-08T08:59:00Z', rows)).toEqual([]);
    expect(keys('2026-11-08T09:01:00Z', rows)).toEqual([
      'priya awaiting-assignment',
      'rebecca awaiting-assignment',
    ]);
    const assigned = { ...open, state: 'in-assessment' };
    expect(keys('2026-11-20T00:00:00Z', { assignments: [], submissions: [assigned] })).toEqual([]);
  });

  it('tell coordinators when a submission passes the turnaround target', () => {
    const assigned = { ...open, state: 'in-assessment' };
    const rows = { assignments: [], submissions: [assigned] };
    expect(keys('2027-01-31T23:59:00Z', rows)).toEqual([]);
    expect(keys('2027-02-01T00:00:00Z', rows)).toEqual([
      'priya past-turnaround',
      'rebecca past-turnaround',
    ]);
    expect(dueReminders(at('2027-02-01T00:00:00Z'), rows)[0]!.body).toContain('by 2027-01-31');
  });
});

describe('the periodic review date', () => {
  it('falls on the same day years later, and 29 February on 1 March', () => {
    expect(yearsLater(new Date('2026-11-22T15:00:00Z'), 3)).toBe('2029-11-22');
    expect(yearsLater(new Date('2028-02-29T09:00:00Z'), 3)).toBe('2031-03-01');
  });
});
