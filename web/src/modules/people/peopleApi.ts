import { useQuery } from '@tanstack/react-query';
import type { TInvitation, TMember } from '../../../../contracts';
import { api } from '../../app/api';

export const MEMBERS_KEY = ['members'] as const;
export const INVITATIONS_KEY = ['invitations'] as const;

export function useMembers() {
  return useQuery({
    queryKey: MEMBERS_KEY,
    queryFn: () => api<{ members: TMember[] }>('GET', '/api/members'),
    select: (data) =>
      [...data.members].sort(
        (a, b) =>
          Number(a.status === 'deactivated') - Number(b.status === 'deactivated') ||
          a.name.localeCompare(b.name),
      ),
  });
}

const STATE_ORDER: Record<TInvitation['state'], number> = {
  pending: 0,
  accepted: 1,
  expired: 2,
  revoked: 3,
};

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: () => api<{ invitations: TInvitation[] }>('GET', '/api/invitations'),
    enabled,
    // Pending first, then newest first.
    select: (data) =>
      [...data.invitations].sort(
        (a, b) =>
          STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.createdAt.localeCompare(a.createdAt),
      ),
  });
}

export interface CreatedInvitation {
  invitation: TInvitation;
  link: string;
  emailed: boolean;
}
