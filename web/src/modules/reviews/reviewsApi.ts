import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCreateSchemeBody,
  TCreateSubmissionBody,
  TDecisionBody,
  TJudgement,
  TJudgementBody,
  TReviewPortfolio,
  TScheme,
  TSchemeAssessor,
  TSchemeCoordinator,
  TSchemeDashboard,
  TSubmission,
  TUpdateSchemeBody,
  ZCoordinatingSummary,
  ZSubmissionLists,
} from '../../../../contracts';
import { api } from '../../app/api';

/** Every review query key starts with "reviews", so one invalidation refreshes them all. */
export const REVIEWS_KEY = ['reviews'] as const;

export type TCoordinating = z.infer<typeof ZCoordinatingSummary>;
export type TSubmissionLists = z.infer<typeof ZSubmissionLists>;

const enc = encodeURIComponent;
const schemePath = (id: string) => `/api/review-schemes/${enc(id)}`;
const submissionPath = (id: string) => `/api/review-submissions/${enc(id)}`;

export function useSchemes() {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'schemes'],
    queryFn: ({ signal }) =>
      api<{ schemes: TScheme[] }>('GET', '/api/review-schemes', undefined, { signal }),
  });
}

export function useScheme(id: string) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'scheme', id],
    queryFn: ({ signal }) => api<TScheme>('GET', schemePath(id), undefined, { signal }),
    retry: false,
  });
}

export function useSchemeAssessors(id: string, enabled = true) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'scheme', id, 'assessors'],
    queryFn: ({ signal }) =>
      api<{ assessors: TSchemeAssessor[] }>('GET', `${schemePath(id)}/assessors`, undefined, {
        signal,
      }),
    enabled,
    retry: false,
  });
}

export function useSchemeCoordinators(id: string, enabled = true) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'scheme', id, 'coordinators'],
    queryFn: ({ signal }) =>
      api<{ coordinators: TSchemeCoordinator[] }>(
        'GET',
        `${schemePath(id)}/coordinators`,
        undefined,
        { signal },
      ),
    enabled,
    retry: false,
  });
}

export function useSchemeDashboard(id: string, enabled = true) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'scheme', id, 'dashboard'],
    queryFn: ({ signal }) =>
      api<TSchemeDashboard>('GET', `${schemePath(id)}/dashboard`, undefined, { signal }),
    enabled,
    retry: false,
  });
}

export function useSubmissionLists() {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'submissions'],
    queryFn: ({ signal }) =>
      api<TSubmissionLists>('GET', '/api/review-submissions', undefined, { signal }),
  });
}

export function useSubmission(id: string) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'submission', id],
    queryFn: ({ signal }) => api<TSubmission>('GET', submissionPath(id), undefined, { signal }),
    retry: false,
  });
}

export function useReviewPortfolio(id: string, enabled = true) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'submission', id, 'portfolio'],
    queryFn: ({ signal }) =>
      api<TReviewPortfolio>('GET', `${submissionPath(id)}/portfolio`, undefined, { signal }),
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useJudgements(id: string, enabled = true) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'submission', id, 'judgements'],
    queryFn: ({ signal }) =>
      api<{ mine: TJudgement | null; others: TJudgement[] }>(
        'GET',
        `${submissionPath(id)}/judgements`,
        undefined,
        { signal },
      ),
    enabled,
    retry: false,
  });
}

export const reviewWrites = {
  createScheme: (body: TCreateSchemeBody) => api<TScheme>('POST', '/api/review-schemes', body),
  updateScheme: (id: string, body: TUpdateSchemeBody) =>
    api<TScheme>('PATCH', schemePath(id), body),
  addAssessor: (id: string, body: { email: string; priorSecondAssessments?: number }) =>
    api<TSchemeAssessor>('POST', `${schemePath(id)}/assessors`, body),
  updateAssessor: (
    id: string,
    userId: string,
    body: { priorSecondAssessments?: number; active?: boolean },
  ) => api<TSchemeAssessor>('PATCH', `${schemePath(id)}/assessors/${enc(userId)}`, body),
  removeAssessor: (id: string, userId: string) =>
    api<void>('DELETE', `${schemePath(id)}/assessors/${enc(userId)}`),
  addCoordinator: (id: string, email: string) =>
    api<TSchemeCoordinator>('POST', `${schemePath(id)}/coordinators`, { email }),
  removeCoordinator: (id: string, userId: string) =>
    api<void>('DELETE', `${schemePath(id)}/coordinators/${enc(userId)}`),
  submit: (body: TCreateSubmissionBody) =>
    api<TSubmission>('POST', '/api/review-submissions', body),
  withdraw: (id: string) => api<TSubmission>('POST', `${submissionPath(id)}/withdraw`, {}),
  assign: (id: string, body: { leadUserId: string; secondUserId: string }) =>
    api<TSubmission>('PUT', `${submissionPath(id)}/assessors`, body),
  saveJudgement: (id: string, body: TJudgementBody) =>
    api<TJudgement>('PUT', `${submissionPath(id)}/judgement`, body),
  submitJudgement: (id: string) =>
    api<TJudgement>('POST', `${submissionPath(id)}/judgement/submit`, {}),
  decide: (id: string, body: TDecisionBody) =>
    api<TSubmission>('POST', `${submissionPath(id)}/decision`, body),
};

export function useRefreshReviews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: REVIEWS_KEY });
}
