import {
  LEAD_ELIGIBLE_AFTER,
  SUBMISSION_STATE_LABELS,
  type TSchemeAssessor,
  type TSubmissionState,
} from '../../../../contracts';

/** Badge colours per state (each badge also carries its words, never colour alone). */
export const STATE_COLORS: Record<TSubmissionState, string> = {
  'intake-failed': 'red.9',
  'awaiting-assignment': 'gray.7',
  'in-assessment': 'blue.8',
  'awaiting-decision': 'violet.8',
  referred: 'grape.9',
  passed: 'cairn.9',
  failed: 'red.9',
  withdrawn: 'gray.8',
};

export function stateLabel(state: TSubmissionState): string {
  return SUBMISSION_STATE_LABELS[state] ?? state;
}

export const PARTS = ['description', 'evidence', 'reflection'] as const;
export type TPart = (typeof PARTS)[number];
export const PART_LABELS: Record<TPart, string> = {
  description: 'Description',
  evidence: 'Evidence',
  reflection: 'Reflection',
};

/** "3 days", "1 day". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** Whole days from now to a date or day (negative when past). */
export function daysUntil(iso: string, now = Date.now()): number {
  const t = new Date(iso.length === 10 ? `${iso}T23:59:59` : iso).getTime();
  if (Number.isNaN(t)) return 0;
  return Math.ceil((t - now) / 86_400_000) - (t > now ? 1 : 0);
}

/** "Eligible to lead", or "2 of 3 second assessments towards leading". */
export function leadProgress(
  a: Pick<TSchemeAssessor, 'completedAsSecond' | 'priorSecondAssessments' | 'leadEligible'>,
): string {
  if (a.leadEligible) return 'Eligible to lead';
  const done = Math.min(a.completedAsSecond + a.priorSecondAssessments, LEAD_ELIGIBLE_AFTER);
  return `${done} of ${LEAD_ELIGIBLE_AFTER} second assessments towards leading`;
}
