import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCompleteness,
  TPortfolio,
  TPortfolioSummary,
  TSection,
  TTemplate,
  TTemplateSummary,
  ZAddEvidenceBody,
  ZCreatePortfolioBody,
  ZCreateShareBody,
  ZPortfolioShare,
  ZPortfolioVersion,
  ZUpdateSectionBody,
  ZVersionComparison,
} from '../../../../contracts';
import { ApiError, api, CSRF_HEADER, readCookie, CSRF_COOKIE, upload } from '../../app/api';

/** Every portfolio query key starts with "portfolios", so one invalidation refreshes them all. */
export const PORTFOLIOS_KEY = ['portfolios'] as const;
export const portfolioKey = (id: string) => [...PORTFOLIOS_KEY, 'one', id] as const;

export type TPortfolioVersion = z.infer<typeof ZPortfolioVersion>;
export type TVersionComparison = z.infer<typeof ZVersionComparison>;
export type TPortfolioShare = z.infer<typeof ZPortfolioShare>;
export type TCreateShare = z.input<typeof ZCreateShareBody>;
export type TSectionChanges = z.input<typeof ZUpdateSectionBody>;
export type TAddEvidence = z.input<typeof ZAddEvidenceBody>;
export type TSuggestion = {
  id: string;
  title: string;
  date: string;
  hours: number;
  type: string;
  matchesSection: boolean;
};
export type TExportFormat = 'html' | 'pdf' | 'zip' | 'markdown';

const enc = encodeURIComponent;
export const portfolioPath = (id: string) => `/api/portfolios/${enc(id)}`;
const sectionPath = (id: string, sectionId: string) =>
  `${portfolioPath(id)}/sections/${enc(sectionId)}`;

export function useTemplates() {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'templates'],
    queryFn: ({ signal }) =>
      api<{ templates: TTemplateSummary[] }>('GET', '/api/portfolio-templates', undefined, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export function useTemplate(id: string | null) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'template', id ?? ''],
    queryFn: ({ signal }) =>
      api<TTemplate>('GET', `/api/portfolio-templates/${enc(id ?? '')}`, undefined, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function usePortfolios() {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'list'],
    queryFn: ({ signal }) =>
      api<{ portfolios: TPortfolioSummary[] }>('GET', '/api/portfolios', undefined, { signal }),
  });
}

export function usePortfolio(id: string) {
  return useQuery({
    queryKey: portfolioKey(id),
    queryFn: ({ signal }) => api<TPortfolio>('GET', portfolioPath(id), undefined, { signal }),
  });
}

export function useSuggestions(id: string, sectionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'suggestions', id, sectionId],
    queryFn: ({ signal }) =>
      api<{ entries: TSuggestion[] }>(
        'GET',
        `${sectionPath(id, sectionId)}/suggestions`,
        undefined,
        {
          signal,
        },
      ),
    enabled,
  });
}

export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'versions', id],
    queryFn: ({ signal }) =>
      api<{ versions: TPortfolioVersion[] }>('GET', `${portfolioPath(id)}/versions`, undefined, {
        signal,
      }),
    enabled,
    retry: false,
  });
}

export function useComparison(id: string, versionId: string | null) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'compare', id, versionId ?? ''],
    queryFn: ({ signal }) =>
      api<TVersionComparison>(
        'GET',
        `${portfolioPath(id)}/versions/${enc(versionId ?? '')}/compare`,
        undefined,
        { signal },
      ),
    enabled: Boolean(versionId),
    retry: false,
  });
}

export interface TSectionRevision {
  revision: number;
  customTitle: string | null;
  description: string;
  reflection: string;
  declarations: string[];
  savedAt: string;
}

/** Every save of a section, newest first. */
export function useRevisions(id: string, sectionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'revisions', id, sectionId],
    queryFn: ({ signal }) =>
      api<{ revisions: TSectionRevision[] }>(
        'GET',
        `${sectionPath(id, sectionId)}/revisions`,
        undefined,
        { signal },
      ),
    enabled,
    retry: false,
  });
}

export function useShares(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, 'shares', id],
    queryFn: ({ signal }) =>
      api<{ shares: TPortfolioShare[] }>('GET', `${portfolioPath(id)}/shares`, undefined, {
        signal,
      }),
    enabled,
    retry: false,
  });
}

export interface TMemberChoice {
  userId: string;
  name: string;
  email: string;
}

/**
 * Colleagues to share with. Only managers and administrators may list the institution's
 * members (GET /api/members); for everyone else this answers 403 and the dialog says so.
 */
/** Colleagues the owner may share with: active members matching the words typed (2+ letters). */
export function useShareCandidates(portfolioId: string, q: string) {
  const words = q.trim();
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, portfolioId, 'share-candidates', words],
    queryFn: async ({ signal }) =>
      (
        await api<{ people: { userId: string; name: string; email: string }[] }>(
          'GET',
          `/api/portfolios/${portfolioId}/share-candidates?q=${encodeURIComponent(words)}`,
          undefined,
          { signal },
        )
      ).people,
    enabled: words.length >= 2,
    retry: false,
    staleTime: 60_000,
  });
}

/** The page behind a secret link: the portfolio without its owner's account details. */
export type TSharedPortfolio = Omit<TPortfolio, 'mine' | 'owner'> & {
  owner: { name: string };
  expiresAt: string;
};

export function useSharedPortfolio(token: string) {
  return useQuery({
    queryKey: ['shared-portfolio', token],
    queryFn: ({ signal }) =>
      api<TSharedPortfolio>('GET', `/api/shared/portfolios/${enc(token)}`, undefined, {
        signal,
        ignoreUnauthenticated: true,
      }),
    retry: false,
  });
}

export const portfolioWrites = {
  create: (body: z.input<typeof ZCreatePortfolioBody>) =>
    api<TPortfolio>('POST', '/api/portfolios', body),
  rename: (id: string, title: string) => api<TPortfolio>('PATCH', portfolioPath(id), { title }),
  remove: (id: string) => api<void>('DELETE', portfolioPath(id)),
  saveSection: (id: string, sectionId: string, body: TSectionChanges) =>
    api<TSection>('PATCH', sectionPath(id, sectionId), body),
  addEvidence: (id: string, sectionId: string, body: TAddEvidence) =>
    api<TSection>('POST', `${sectionPath(id, sectionId)}/evidence`, body),
  removeEvidence: (id: string, sectionId: string, evidenceId: string) =>
    api<TSection>('DELETE', `${sectionPath(id, sectionId)}/evidence/${enc(evidenceId)}`),
  uploadEvidence: (
    id: string,
    sectionId: string,
    file: File,
    onProgress: (sent: number, total: number) => void,
  ) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<TSection>(`${sectionPath(id, sectionId)}/evidence/file`, form, { onProgress });
  },
  checkLinks: (id: string) => api<unknown>('POST', `${portfolioPath(id)}/check-links`, {}),
  snapshot: (id: string, name: string) =>
    api<TPortfolioVersion>('POST', `${portfolioPath(id)}/versions`, { name }),
  submit: (id: string) => api<unknown>('POST', `${portfolioPath(id)}/submit`, {}),
  copy: (id: string) => api<TPortfolio>('POST', `${portfolioPath(id)}/copy`, {}),
  share: (id: string, body: TCreateShare) =>
    api<TPortfolioShare>('POST', `${portfolioPath(id)}/shares`, body),
  revoke: (id: string, shareId: string) =>
    api<void>('DELETE', `${portfolioPath(id)}/shares/${enc(shareId)}`),
};

export function useRefreshPortfolios() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PORTFOLIOS_KEY });
}

/** The completeness of a portfolio as the server last reported it. */
export type { TCompleteness };

/** The file name the server gave in Content-Disposition, or a fallback. */
function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads an export: fetch with progress, then a blob saved through a temporary link.
 * Errors are ApiErrors (413 FILE_TOO_LARGE carries the largest files in `fields`).
 */
export async function downloadExport(
  id: string,
  format: TExportFormat,
  link: string[],
  onProgress: (received: number, total: number) => void,
  fallbackName: string,
): Promise<{ fileName: string; size: number }> {
  const params = new URLSearchParams({ format });
  for (const l of link) params.append('link', l);
  const headers: Record<string, string> = {};
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await fetch(`${portfolioPath(id)}/export?${params.toString()}`, {
      credentials: 'same-origin',
      headers,
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Cairn could not reach its server. Check your connection and try again.',
    });
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const e = (body as { error?: { code?: string; message?: string; fields?: unknown } } | null)
      ?.error;
    throw new ApiError({
      status: response.status,
      code: e?.code ?? 'UNEXPECTED_RESPONSE',
      message:
        e?.message ?? `The export did not work (HTTP ${response.status}). Try again in a moment.`,
      fields: Array.isArray(e?.fields)
        ? (e.fields as { path: string; message: string }[]).filter(
            (f) => typeof f?.path === 'string' && typeof f?.message === 'string',
          )
        : [],
    });
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received, total);
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const blob = new Blob(chunks as BlobPart[], { type });
  const fileName = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { fileName, size: blob.size };
}
