import { GOAL_STATUS_LABELS, type TGoal } from '../../../../../contracts';
import { todayIso } from '../words';

export type TGoalStatus = TGoal['status'];

export const STATUS_OPTIONS = (Object.keys(GOAL_STATUS_LABELS) as TGoalStatus[]).map((value) => ({
  value,
  label: GOAL_STATUS_LABELS[value],
}));

export const STATUS_COLORS: Record<TGoalStatus, string> = {
  'not-started': 'gray',
  'in-progress': 'blue',
  achieved: 'cairn',
  dropped: 'gray',
};

export function isOpen(goal: Pick<TGoal, 'status'>): boolean {
  return goal.status === 'not-started' || goal.status === 'in-progress';
}

/** An open goal whose due date has passed. */
export function isOverdue(goal: Pick<TGoal, 'status' | 'dueOn'>, today = todayIso()): boolean {
  return isOpen(goal) && goal.dueOn !== null && goal.dueOn < today;
}

/** Whole days from today to a calendar day (negative when it has passed). */
export function daysUntil(day: string, today = todayIso()): number {
  const toUtc = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, dd ?? 1);
  };
  return Math.round((toUtc(day) - toUtc(today)) / 86_400_000);
}

/** "Overdue by 3 days", "Due today", "Due in 12 days". */
export function dueText(dueOn: string, today = todayIso()): string {
  const days = daysUntil(dueOn, today);
  if (days < 0) return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}

/** Open goals first (overdue, then by due date, undated last), then achieved, then dropped. */
export function sortGoals(goals: TGoal[]): TGoal[] {
  const rank = (g: TGoal) => (isOpen(g) ? 0 : g.status === 'achieved' ? 1 : 2);
  return [...goals].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}
