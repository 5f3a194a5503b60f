import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZTeamMemberDetail, ZTeamSummaries } from '../../../../contracts';
import { api } from '../../app/api';
import { CPD_KEY } from '../cpd/cpdApi';

export type TTeamSummaries = z.infer<typeof ZTeamSummaries>;
export type TTeamMember = TTeamSummaries['people'][number];
export type TTeamMemberDetail = z.infer<typeof ZTeamMemberDetail>;

/** Under "cpd": a manager's own change to sharing refreshes the team view as well. */
const TEAM_KEY = [...CPD_KEY, 'team'] as const;

export function useTeamSummaries(year: number) {
  return useQuery({
    queryKey: [...TEAM_KEY, year],
    queryFn: ({ signal }) =>
      api<TTeamSummaries>('GET', `/api/cpd/team?year=${year}`, undefined, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTeamMember(userId: string, year: number) {
  return useQuery({
    queryKey: [...TEAM_KEY, userId, year],
    queryFn: ({ signal }) =>
      api<TTeamMemberDetail>(
        'GET',
        `/api/cpd/team/${encodeURIComponent(userId)}?year=${year}`,
        undefined,
        { signal },
      ),
    // Another year of the same person stays on screen while it loads; never another person.
    placeholderData: (previous, query) => (query?.queryKey[3] === userId ? previous : undefined),
  });
}
