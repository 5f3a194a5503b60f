import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TPlanGoal,
  TRecommendation,
  TRecommendations,
  ZCreatePlanGoalBody,
} from '../../../../../contracts';
import { api } from '../../../app/api';

export const RECOMMENDATIONS_KEY = ['careers', 'recommendations'] as const;
export const PLAN_KEY = ['careers', 'plan'] as const;

export function useRecommendations() {
  return useQuery({
    queryKey: RECOMMENDATIONS_KEY,
    queryFn: ({ signal }) =>
      api<TRecommendations>('GET', '/api/careers/recommendations', undefined, { signal }),
  });
}

/** The plan goal a recommendation becomes: its title, key, suggested due date and milestones. */
export function planGoalFor(rec: TRecommendation): z.input<typeof ZCreatePlanGoalBody> {
  return {
    title: rec.title.slice(0, 160),
    recommendationKey: rec.key,
    ...(rec.suggestedDueOn ? { dueOn: rec.suggestedDueOn } : {}),
    milestones: rec.milestones.slice(0, 20).map((title) => ({ title: title.slice(0, 160) })),
    itemIds: rec.relatedItems.slice(0, 50).map((i) => i.itemId),
  };
}

/** Adds a recommendation to the plan, then refreshes the plan and the recommendations. */
export function useAddToPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rec: TRecommendation) =>
      api<TPlanGoal>('POST', '/api/careers/plan/goals', planGoalFor(rec)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PLAN_KEY }),
        queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY }),
      ]);
    },
  });
}
