import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TMember, TMembershipStatus, TRole } from '../../../../contracts';
import { api } from '../../app/api';
import { ME_KEY, useCurrentMe } from '../../app/session';
import { INSTITUTION_KEY } from '../institution/api';
import { MEMBERS_KEY } from './peopleApi';

export interface MemberChange {
  roles?: TRole[];
  status?: TMembershipStatus;
}

/** PATCH /api/members/:id, then refresh whatever shows members (and my own roles, if I changed them). */
export function useUpdateMember(member: TMember, onSuccess: (updated: TMember) => void) {
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MemberChange) =>
      api<TMember>('PATCH', `/api/members/${member.id}`, change),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
      void queryClient.invalidateQueries({ queryKey: INSTITUTION_KEY });
      if (updated.userId === me.user.id) void queryClient.invalidateQueries({ queryKey: ME_KEY });
      onSuccess(updated);
    },
  });
}
