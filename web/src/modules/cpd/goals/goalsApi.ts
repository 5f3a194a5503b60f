import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TGoal, ZCreateGoalBody, ZUpdateGoalBody } from '../../../../../contracts';
import { api } from '../../../app/api';
import { CPD_KEY } from '../cpdApi';

export type TNewGoal = z.input<typeof ZCreateGoalBody>;
export type TGoalChanges = z.input<typeof ZUpdateGoalBody>;

/** Under "cpd": logging an entry changes goals' progress, so it refreshes them too. */
export const GOALS_KEY = [...CPD_KEY, 'goals'] as const;

const goalPath = (id: string) => `/api/cpd/goals/${encodeURIComponent(id)}`;

/** Open goals first, by due date (the server's order). */
export function useGoals() {
  return useQuery({
    queryKey: GOALS_KEY,
    queryFn: ({ signal }) =>
      api<{ goals: TGoal[] }>('GET', '/api/cpd/goals', undefined, { signal }),
    select: (data) => data.goals,
  });
}

export const goalWrites = {
  create: (body: TNewGoal) => api<TGoal>('POST', '/api/cpd/goals', body),
  update: (id: string, body: TGoalChanges) => api<TGoal>('PATCH', goalPath(id), body),
  remove: (id: string) => api<void>('DELETE', goalPath(id)),
};
