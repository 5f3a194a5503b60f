import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TAuditAction, ZAuditPage } from '../../../../contracts';
import { api } from '../../app/api';

export type TAuditPage = z.infer<typeof ZAuditPage>;

const PAGE_SIZE = 50;

export function useAuditLog(action: TAuditAction | null) {
  return useInfiniteQuery({
    queryKey: ['audit', action ?? 'all'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (action) params.set('action', action);
      if (pageParam) params.set('before', pageParam);
      return api<TAuditPage>('GET', `/api/audit?${params.toString()}`, undefined, { signal });
    },
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
