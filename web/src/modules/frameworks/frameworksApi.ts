import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TFrameworkItem,
  TFrameworkSummary,
  TFrameworkTree,
  TImportPreview,
  TItemDetail,
  TItemRef,
  ZCreateFrameworkBody,
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

// Writing the institution's own frameworks (administrators and managers).

export type TNewFramework = z.input<typeof ZCreateFrameworkBody>;
export type TFrameworkChanges = Partial<
  Pick<TFrameworkSummary, 'title' | 'description' | 'publisher' | 'sourceUrl' | 'isPublic'>
>;
export type TItemFields = Pick<TFrameworkItem, 'code' | 'title' | 'statement' | 'type'>;
export type TItemChanges = Partial<TItemFields> & { parentId?: string | null; position?: number };

const frameworkPath = (id: string) => `/api/frameworks/${encodeURIComponent(id)}`;
const itemPath = (id: string) => `/api/framework-items/${encodeURIComponent(id)}`;

export const frameworkWrites = {
  create: (body: TNewFramework) => api<TFrameworkSummary>('POST', '/api/frameworks', body),
  update: (id: string, body: TFrameworkChanges) =>
    api<TFrameworkSummary>('PATCH', frameworkPath(id), body),
  remove: (id: string) => api<void>('DELETE', frameworkPath(id)),
  copy: (id: string, title: string) =>
    api<TFrameworkSummary>('POST', `${frameworkPath(id)}/copy`, { title }),
  publish: (id: string, version: string) =>
    api<TFrameworkSummary>('POST', `${frameworkPath(id)}/publish`, { version }),
  newVersion: (id: string) => api<TFrameworkSummary>('POST', `${frameworkPath(id)}/versions`),
  addItem: (frameworkId: string, body: TItemFields & { parentId: string | null }) =>
    api<TFrameworkItem>('POST', `${frameworkPath(frameworkId)}/items`, body),
  updateItem: (id: string, body: TItemChanges) => api<TFrameworkItem>('PATCH', itemPath(id), body),
  removeItem: (id: string) => api<void>('DELETE', itemPath(id)),
};

/** After any change: the list, every framework tree and item pages load again. */
export function useRefreshFrameworks() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: FRAMEWORKS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['framework-items'] }),
    ]);
}
