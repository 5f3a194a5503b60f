import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TFrameworkSummary,
  TFrameworkTree,
  TImportPreview,
  TItemDetail,
  TItemRef,
  ZImportResult,
} from '../../../../contracts';
import { api } from '../../app/api';

export type TImportResult = z.infer<typeof ZImportResult>;

export const FRAMEWORKS_KEY = ['frameworks'] as const;

/** Fewer than this many characters and the server refuses to search (400). */
export const SEARCH_MIN_CHARS = 2;
export const SEARCH_LIMIT = 30;

/** Built-in frameworks first, then the institution's own, each group by title. */
export function useFrameworks() {
  return useQuery({
    queryKey: FRAMEWORKS_KEY,
    queryFn: ({ signal }) =>
      api<{ frameworks: TFrameworkSummary[] }>('GET', '/api/frameworks', undefined, { signal }),
    select: (data) => [...data.frameworks].sort((a, b) => a.title.localeCompare(b.title, 'en')),
  });
}

export function useFramework(id: string) {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, id],
    queryFn: ({ signal }) =>
      api<TFrameworkTree>('GET', `/api/frameworks/${encodeURIComponent(id)}`, undefined, {
        signal,
      }),
    // A framework changes rarely, and a big one is a big download.
    staleTime: 5 * 60_000,
  });
}

export function useFrameworkItem(id: string) {
  return useQuery({
    queryKey: ['framework-items', id],
    queryFn: ({ signal }) =>
      api<TItemDetail>('GET', `/api/framework-items/${encodeURIComponent(id)}`, undefined, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

/** Searches items across every framework the institution can read; `q` is already debounced. */
export function useItemSearch(q: string) {
  const needle = q.trim();
  return useQuery({
    queryKey: ['framework-items', 'search', needle],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ q: needle, limit: String(SEARCH_LIMIT) });
      return api<{ results: TItemRef[] }>(
        'GET',
        `/api/framework-items/search?${params.toString()}`,
        undefined,
        { signal },
      );
    },
    enabled: needle.length >= SEARCH_MIN_CHARS,
    // Keep the last results on screen while the next ones load.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function previewImport(body: unknown): Promise<TImportPreview> {
  return api<TImportPreview>('POST', '/api/frameworks/import/preview', body);
}

export function importFramework(body: unknown): Promise<TImportResult> {
  return api<TImportResult>('POST', '/api/frameworks/import', body);
}
