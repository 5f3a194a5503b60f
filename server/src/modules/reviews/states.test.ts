import { describe, expect, it } from 'vitest';
import {
  OUTCOMES,
  SUBMISSION_KINDS,
  SUBMISSION_STATES,
  type TSubmissionState,
} from '../../../../contracts/reviews';
import { type Action, initialState, isOpen, transition } from './states';

/** Every action the machine knows, with every outcome and kind a decision can carry. */
const ACTIONS: Action[] = [
  { type: 'assign' },
  { type: 'both-judged' },
  { type: 'withdraw' },
  ...SUBMISSION_KINDS.flatMap((kind) =>
    OUTCOMES.map((outcome) => ({ type: 'decide' as const, outcome, kind })),
  ),
];
const name = (a: Action) => (a.type === 'decide' ? `decide ${a.outcome} on ${a.kind}` : a.type);

/** The allowed transitions, written out by hand: anything not here must be refused. */
const ALLOWED: Record<string, TSubmissionState> = {
  'awaiting-assignment|assign': 'in-assessment',
  'in-assessment|assign': 'in-assessment',
  'in-assessment|both-judged': 'awaiting-decision',
  'awaiting-decision|decide pass on first': 'passed',
  'awaiting-decision|decide referral on first': 'referred',
  'awaiting-decision|decide pass on review': 'passed',
  'awaiting-decision|decide referral on review': 'referred',
  'awaiting-decision|decide pass on resubmission': 'passed',
  'awaiting-decision|decide fail on resubmission': 'failed',
  'awaiting-assignment|withdraw': 'withdrawn',
  'in-assessment|withdraw': 'withdrawn',
  'awaiting-decision|withdraw': 'withdrawn',
};

describe('the submission state machine', () => {
  it('starts in intake-failed or awaiting-assignment depending on the intake check', () => {
    expect(initialState(false)).toBe('intake-failed');
    expect(initialState(true)).toBe('awaiting-assignment');
  });

  it('allows exactly the transitions in the table, for every state and action', () => {
    let allowed = 0;
    let refused = 0;
    for (const from of SUBMISSION_STATES) {
      for (const action of ACTIONS) {
        const key = `${from}|${name(action)}`;
        const t = transition(from, action);
        if (ALLOWED[key]) {
          expect(t, key).toEqual({ ok: true, to: ALLOWED[key] });
          allowed++;
        } else {
          expect(t.ok, key).toBe(false);
          if (!t.ok) {
            expect(t.status).toBe(409);
            expect(t.message.length, key).toBeGreaterThan(30);
          }
          refused++;
        }
      }
    }
    expect(allowed).toBe(Object.keys(ALLOWED).length);
    expect(refused).toBe(SUBMISSION_STATES.length * ACTIONS.length - allowed);
  });

  it('keeps an intake failure away from assessors, and says so', () => {
    const t = transition('intake-failed', { type: 'assign' });
    expect(t).toMatchObject({ ok: false });
    if (!t.ok) expect(t.message).toMatch(/never goes to assessors/);
    expect(transition('intake-failed', { type: 'withdraw' })).toMatchObject({ ok: false });
  });

  it('makes the decision after a referral final: pass or fail, never another referral', () => {
    const first = transition('awaiting-decision', {
      type: 'decide',
      outcome: 'referral',
      kind: 'first',
    });
    expect(first).toEqual({ ok: true, to: 'referred' });
    const again = transition('awaiting-decision', {
      type: 'decide',
      outcome: 'referral',
      kind: 'resubmission',
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toMatch(/final: record pass or fail/);
    const failFirst = transition('awaiting-decision', {
      type: 'decide',
      outcome: 'fail',
      kind: 'first',
    });
    expect(failFirst.ok).toBe(false);
    if (!failFirst.ok) expect(failFirst.message).toMatch(/only for a resubmission/);
  });

  it('needs both judgements before any decision', () => {
    const t = transition('in-assessment', { type: 'decide', outcome: 'pass', kind: 'first' });
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.message).toMatch(/needs both judgements/);
  });

  it('counts only the three waiting states as open', () => {
    expect(SUBMISSION_STATES.filter(isOpen)).toEqual([
      'awaiting-assignment',
      'in-assessment',
      'awaiting-decision',
    ]);
  });
});
