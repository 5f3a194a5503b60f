import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BULK_ACTIONS,
  TCpdEntry,
  TEvidence,
  TItemDetail,
  ZCpdEntryPage,
  ZCreateCpdEntryBody,
  ZUpdateCpdEntryBody,
} from '../../../../contracts';
import { api, upload } from '../../app/api';
import { type CpdFilters, toQuery } from './filters';

/**
 * Every CPD query key starts with "cpd", so one invalidation refreshes the list, open
 * entries and anything else of the CPD log that is cached (dashboard, goals).
 */
export const CPD_KEY = ['cpd'] as const;
export const ENTRIES_KEY = [...CPD_KEY, 'entries'] as const;
export const entryKey = (id: string) => [...CPD_KEY, 'entry', id] as const;

export const PAGE_SIZE = 25;

export type TCpdEntryPage = z.infer<typeof ZCpdEntryPage>;
export type TNewEntry = z.input<typeof ZCreateCpdEntryBody>;
export type TEntryChanges = z.input<typeof ZUpdateCpdEntryBody>;
export type TBulkAction = (typeof BULK_ACTIONS)[number];
export interface TBulkResult {
  action: TBulkAction;
  changed: number;
  ids: string[];
}

const entryPath = (id: string) => `/api/cpd/entries/${encodeURIComponent(id)}`;

/** One page of entries, newest first, for these filters (page counts from 1). */
export function useCpdEntries(filters: CpdFilters, page: number) {
  const params = toQuery(filters);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String((page - 1) * PAGE_SIZE));
  return useQuery({
    queryKey: [...ENTRIES_KEY, params.toString()],
    queryFn: ({ signal }) =>
      api<TCpdEntryPage>('GET', `/api/cpd/entries?${params.toString()}`, undefined, { signal }),
    // Keep the last page on screen while the next filter's results load.
    placeholderData: keepPreviousData,
  });
}

export function useCpdEntry(id: string) {
  return useQuery({
    queryKey: entryKey(id),
    queryFn: ({ signal }) => api<TCpdEntry>('GET', entryPath(id), undefined, { signal }),
  });
}

/** A framework item by id (the list's tag filter keeps only the id in the address). */
export function useItemRef(id: string | undefined) {
  return useQuery({
    queryKey: ['framework-items', id ?? ''],
    queryFn: ({ signal }) =>
      api<TItemDetail>('GET', `/api/framework-items/${encodeURIComponent(id ?? '')}`, undefined, {
        signal,
      }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export const cpdWrites = {
  create: (body: TNewEntry) => api<TCpdEntry>('POST', '/api/cpd/entries', body),
  update: (id: string, body: TEntryChanges) => api<TCpdEntry>('PATCH', entryPath(id), body),
  /** A soft delete: `bulk('restore', [id])` undoes it. */
  remove: (id: string) => api<void>('DELETE', entryPath(id)),
  bulk: (action: TBulkAction, ids: string[], tagIds?: string[]) =>
    api<TBulkResult>('POST', '/api/cpd/entries/bulk', {
      action,
      ids,
      ...(tagIds ? { tagIds } : {}),
    }),
  uploadEvidence: (
    entryId: string,
    file: File,
    onProgress: (sent: number, total: number) => void,
    signal?: AbortSignal,
  ) => {
    // No "title" field: the server names the evidence after the file.
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<TEvidence>(`${entryPath(entryId)}/evidence`, form, {
      onProgress,
      ...(signal ? { signal } : {}),
    });
  },
  addLink: (entryId: string, body: { url: string; title?: string }) =>
    api<TEvidence>('POST', `${entryPath(entryId)}/evidence/link`, body),
  removeEvidence: (id: string) =>
    api<void>('DELETE', `/api/cpd/evidence/${encodeURIComponent(id)}`),
};

/** After any change: everything of the CPD log that is cached loads again. */
export function useRefreshCpd() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CPD_KEY });
}
