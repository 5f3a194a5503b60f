import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TAssessment,
  TAssessmentComparison,
  TAssessmentSummary,
  TCareerProfile,
  TCareerTarget,
  TFrameworkTree,
  TPlanGoal,
  TRecommendations,
  TRoleProfile,
  TTeamCareerSummary,
  ZCorrectClassificationBody,
  ZCreateMilestoneBody,
  ZCreatePlanGoalBody,
  ZCreateRoleProfileBody,
  ZGapResponse,
  ZRateBody,
  ZUpdateCareerProfileBody,
  ZUpdateMilestoneBody,
  ZUpdatePlanGoalBody,
  ZUpdateRoleProfileBody,
} from '../../../../contracts';
import { api } from '../../app/api';
import { FRAMEWORKS_KEY } from '../frameworks/frameworksApi';

/**
 * Every careers query key starts with "careers", so one invalidation refreshes the profile,
 * assessments, the target and gaps, and the plan (they depend on each other).
 */
export const CAREERS_KEY = ['careers'] as const;
export const careerKeys = {
  profile: [...CAREERS_KEY, 'profile'],
  assessments: [...CAREERS_KEY, 'assessments'],
  assessment: (id: string) => [...CAREERS_KEY, 'assessments', id],
  compare: (id: string, withId: string) => [...CAREERS_KEY, 'compare', id, withId],
  roleProfiles: [...CAREERS_KEY, 'role-profiles'],
  target: [...CAREERS_KEY, 'target'],
  gap: [...CAREERS_KEY, 'gap'],
  plan: [...CAREERS_KEY, 'plan'],
  team: [...CAREERS_KEY, 'team'],
  teamPerson: (userId: string) => [...CAREERS_KEY, 'team', userId],
} as const;

export type TProfileChanges = z.input<typeof ZUpdateCareerProfileBody>;
export type TCorrection = z.input<typeof ZCorrectClassificationBody>['correction'];
export type TRatingChanges = z.input<typeof ZRateBody>['ratings'];
export type TNewRoleProfile = z.input<typeof ZCreateRoleProfileBody>;
export type TRoleProfileChanges = z.input<typeof ZUpdateRoleProfileBody>;
export type TNewPlanGoal = z.input<typeof ZCreatePlanGoalBody>;
export type TPlanGoalChanges = z.input<typeof ZUpdatePlanGoalBody>;
export type TNewMilestone = z.input<typeof ZCreateMilestoneBody>;
export type TMilestoneChanges = z.input<typeof ZUpdateMilestoneBody>;
export type TGapResponse = z.infer<typeof ZGapResponse>;
export interface TTargetView {
  target: TCareerTarget | null;
  roleProfile: TRoleProfile | null;
}
export interface TTeamCareerDetail {
  summary: TTeamCareerSummary;
  profile: TCareerProfile;
}

const enc = encodeURIComponent;
const get =
  <T>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    api<T>('GET', path, undefined, { signal });

export function useCareerProfile() {
  return useQuery({
    queryKey: careerKeys.profile,
    queryFn: get<TCareerProfile>('/api/careers/profile'),
  });
}

export function useAssessments() {
  return useQuery({
    queryKey: careerKeys.assessments,
    queryFn: get<{ assessments: TAssessmentSummary[] }>('/api/careers/assessments'),
    select: (data) => data.assessments,
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: careerKeys.assessment(id),
    queryFn: get<TAssessment>(`/api/careers/assessments/${enc(id)}`),
  });
}

export function useComparison(id: string, withId: string | null) {
  return useQuery({
    queryKey: careerKeys.compare(id, withId ?? ''),
    queryFn: get<TAssessmentComparison>(
      `/api/careers/assessments/${enc(id)}/compare?with=${enc(withId ?? '')}`,
    ),
    enabled: Boolean(withId),
  });
}

/** A framework's items as a tree (shared with the frameworks pages' cache). */
export function useFrameworkTree(id: string | undefined) {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, id ?? ''],
    queryFn: get<TFrameworkTree>(`/api/frameworks/${enc(id ?? '')}`),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useRoleProfiles() {
  return useQuery({
    queryKey: careerKeys.roleProfiles,
    queryFn: get<{ roleProfiles: TRoleProfile[] }>('/api/careers/role-profiles'),
    select: (data) => data.roleProfiles,
  });
}

export function useTarget() {
  return useQuery({
    queryKey: careerKeys.target,
    queryFn: get<TTargetView>('/api/careers/target'),
  });
}

export function useGap(enabled = true) {
  return useQuery({
    queryKey: careerKeys.gap,
    queryFn: get<TGapResponse>('/api/careers/gap'),
    enabled,
  });
}

/** Goals are also added from the recommendations page: always read afresh on arrival. */
export function usePlan() {
  return useQuery({
    queryKey: careerKeys.plan,
    queryFn: get<{ goals: TPlanGoal[] }>('/api/careers/plan'),
    select: (data) => data.goals,
    refetchOnMount: 'always',
  });
}

export function useTeamCareers() {
  return useQuery({
    queryKey: careerKeys.team,
    queryFn: get<{ people: TTeamCareerSummary[] }>('/api/team/careers'),
    select: (data) => data.people,
  });
}

export function useTeamCareer(userId: string) {
  return useQuery({
    queryKey: careerKeys.teamPerson(userId),
    queryFn: get<TTeamCareerDetail>(`/api/team/careers/${enc(userId)}`),
  });
}

const assessmentPath = (id: string) => `/api/careers/assessments/${enc(id)}`;
const goalPath = (id: string) => `/api/careers/plan/goals/${enc(id)}`;
const milestonePath = (goalId: string, id: string) => `${goalPath(goalId)}/milestones/${enc(id)}`;
const roleProfilePath = (id: string) => `/api/careers/role-profiles/${enc(id)}`;

export const careerWrites = {
  updateProfile: (body: TProfileChanges) =>
    api<TCareerProfile>('PATCH', '/api/careers/profile', body),
  correct: (correction: TCorrection) =>
    api<TCareerProfile>('PUT', '/api/careers/profile/classification', { correction }),
  startAssessment: (body: { frameworkId: string; copyFromId?: string }) =>
    api<TAssessment>('POST', '/api/careers/assessments', body),
  rate: (id: string, ratings: TRatingChanges) =>
    api<TAssessment>('PATCH', `${assessmentPath(id)}/ratings`, { ratings }),
  complete: (id: string) => api<TAssessment>('POST', `${assessmentPath(id)}/complete`),
  removeAssessment: (id: string) => api<void>('DELETE', assessmentPath(id)),
  createRoleProfile: (body: TNewRoleProfile) =>
    api<TRoleProfile>('POST', '/api/careers/role-profiles', body),
  updateRoleProfile: (id: string, body: TRoleProfileChanges) =>
    api<TRoleProfile>('PATCH', roleProfilePath(id), body),
  removeRoleProfile: (id: string) => api<void>('DELETE', roleProfilePath(id)),
  setTarget: (target: TCareerTarget | null) =>
    api<TTargetView>('PUT', '/api/careers/target', { target }),
  createGoal: (body: TNewPlanGoal) => api<TPlanGoal>('POST', '/api/careers/plan/goals', body),
  updateGoal: (id: string, body: TPlanGoalChanges) => api<TPlanGoal>('PATCH', goalPath(id), body),
  removeGoal: (id: string) => api<void>('DELETE', goalPath(id)),
  addMilestone: (goalId: string, body: TNewMilestone) =>
    api<TPlanGoal>('POST', `${goalPath(goalId)}/milestones`, body),
  updateMilestone: (goalId: string, id: string, body: TMilestoneChanges) =>
    api<TPlanGoal>('PATCH', milestonePath(goalId, id), body),
  removeMilestone: (goalId: string, id: string) =>
    api<TPlanGoal>('DELETE', milestonePath(goalId, id)),
};

/** After any change: everything of careers that is cached loads again (and the CPD log, which plan goals join). */
export function useRefreshCareers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: CAREERS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['cpd'] }),
    ]);
}

/** The recommendations, here only to name the one a plan goal came from. */
export function useRecommendationTitles() {
  return useQuery({
    queryKey: [...CAREERS_KEY, 'recommendations'],
    queryFn: get<TRecommendations>('/api/careers/recommendations'),
    select: (data) => new Map(data.recommendations.map((r) => [r.key, r.title])),
    staleTime: 5 * 60_000,
  });
}
