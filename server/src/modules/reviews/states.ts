import {
  SUBMISSION_STATE_LABELS,
  type TOutcome,
  type TSubmissionKind,
  type TSubmissionState,
} from '../../../../contracts/reviews';

/*
 * The life of a submission, as one pure table. Every change of state in the service goes
 * through `transition`, so what is allowed is written once and tested exhaustively.
 *
 *   (submit) --intake fails--> intake-failed                      (closed; submit again)
 *   (submit) --intake passes-> awaiting-assignment --assign--> in-assessment
 *   in-assessment --assign (reassign)--> in-assessment
 *   in-assessment --both judgements submitted--> awaiting-decision
 *   awaiting-decision --decide pass--> passed
 *   awaiting-decision --decide referral--> referred   (first submissions and reviews only)
 *   awaiting-decision --decide fail--> failed         (resubmissions only: the final decision)
 *   awaiting-assignment | in-assessment | awaiting-decision --withdraw--> withdrawn
 */

export type Action =
  | { type: 'assign' }
  | { type: 'both-judged' }
  | { type: 'decide'; outcome: TOutcome; kind: TSubmissionKind }
  | { type: 'withdraw' };

export type Transition =
  | { ok: true; to: TSubmissionState }
  | { ok: false; status: 409; message: string };

/** The state a new submission starts in, after its intake check. */
export const initialState = (intakePassed: boolean): TSubmissionState =>
  intakePassed ? 'awaiting-assignment' : 'intake-failed';

const refuse = (message: string): Transition => ({ ok: false, status: 409, message });
const label = (s: TSubmissionState) => SUBMISSION_STATE_LABELS[s].toLowerCase();

/** Whether a decision with this outcome is final (nothing follows it but a new submission). */
export const isFinalDecision = (kind: TSubmissionKind): boolean => kind === 'resubmission';

export function transition(from: TSubmissionState, action: Action): Transition {
  switch (action.type) {
    case 'assign':
      if (from === 'awaiting-assignment' || from === 'in-assessment')
        return { ok: true, to: 'in-assessment' };
      return refuse(
        from === 'intake-failed'
          ? 'This submission did not pass the intake check, so it never goes to assessors. The candidate fixes the portfolio and submits again.'
          : `Assessors are assigned only before both judgements are in; this submission is ${label(from)}.`,
      );
    case 'both-judged':
      if (from === 'in-assessment') return { ok: true, to: 'awaiting-decision' };
      return refuse(
        `Judgements are submitted only while a submission is in assessment; this one is ${label(from)}.`,
      );
    case 'decide': {
      if (from !== 'awaiting-decision') {
        return refuse(
          from === 'in-assessment' || from === 'awaiting-assignment'
            ? 'A decision needs both judgements: wait until the lead and the second assessor have both submitted theirs.'
            : `A decision was already recorded or the submission is closed: it is ${label(from)}.`,
        );
      }
      if (action.kind === 'resubmission' && action.outcome === 'referral') {
        return refuse(
          'This is a resubmission after a referral, so the decision is final: record pass or fail, not another referral.',
        );
      }
      if (action.kind !== 'resubmission' && action.outcome === 'fail') {
        return refuse(
          'Fail is only for a resubmission after a referral. For a first submission or a review, record pass, or referral with the changes required.',
        );
      }
      const to = ({ pass: 'passed', referral: 'referred', fail: 'failed' } as const)[
        action.outcome
      ];
      return { ok: true, to };
    }
    case 'withdraw':
      if (
        from === 'awaiting-assignment' ||
        from === 'in-assessment' ||
        from === 'awaiting-decision'
      )
        return { ok: true, to: 'withdrawn' };
      return refuse(
        from === 'intake-failed'
          ? 'This submission did not pass the intake check and is already closed: there is nothing to withdraw.'
          : `Only a submission waiting for a decision can be withdrawn; this one is ${label(from)}.`,
      );
  }
}

/** Open: something still has to happen (assessors, judgements or a decision). */
export const isOpen = (s: TSubmissionState) =>
  s === 'awaiting-assignment' || s === 'in-assessment' || s === 'awaiting-decision';
