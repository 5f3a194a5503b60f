import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCredentialDetail,
  TCredentialSummary,
  TPublicCredential,
  TSchemeKeys,
  TVerificationReport,
} from '../../../../contracts';
import { ApiError, api } from '../../app/api';

/** Every credential query key starts with "credentials", so one invalidation refreshes them all. */
export const CREDENTIALS_KEY = ['credentials'] as const;
const enc = encodeURIComponent;

export const credentialPath = (id: string) => `/api/credentials/${enc(id)}`;
export const downloadPath = (id: string) => `${credentialPath(id)}/download`;
/** The address of a credential's public verification page. */
export const publicPageUrl = (id: string) => `${window.location.origin}/verify/${enc(id)}`;

export function useMyCredentials() {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'mine'],
    queryFn: ({ signal }) =>
      api<{ credentials: TCredentialSummary[] }>('GET', '/api/credentials', undefined, { signal }),
  });
}

export function useCredential(id: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'one', id],
    queryFn: ({ signal }) =>
      api<TCredentialDetail>('GET', credentialPath(id), undefined, { signal }),
  });
}

export function useSetPublic(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (value: boolean) =>
      api<TCredentialDetail>('PATCH', credentialPath(id), { public: value }),
    onSuccess: () => qc.invalidateQueries({ queryKey: CREDENTIALS_KEY }),
  });
}

export function useRevoke(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<TCredentialDetail>('POST', `${credentialPath(id)}/revoke`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: CREDENTIALS_KEY }),
  });
}

const schemePath = (schemeId: string) => `/api/credentials/schemes/${enc(schemeId)}`;

export function useSchemeKeys(schemeId: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'keys', schemeId],
    queryFn: ({ signal }) =>
      api<TSchemeKeys>('GET', `${schemePath(schemeId)}/keys`, undefined, { signal }),
  });
}

export function useIssued(schemeId: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'issued', schemeId],
    queryFn: ({ signal }) =>
      api<{ credentials: TCredentialSummary[] }>(
        'GET',
        `${schemePath(schemeId)}/issued`,
        undefined,
        {
          signal,
        },
      ),
  });
}

export function useRotateKey(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<TSchemeKeys>('POST', `${schemePath(schemeId)}/keys`),
    onSuccess: () => qc.invalidateQueries({ queryKey: CREDENTIALS_KEY }),
  });
}

export function usePublicCredential(id: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'public', id],
    queryFn: ({ signal }) =>
      api<TPublicCredential>('GET', `${credentialPath(id)}/public`, undefined, {
        signal,
        ignoreUnauthenticated: true,
      }),
    retry: false,
  });
}

/**
 * Sends credential text to the verifier as it is, so the server's own JSON parser says what
 * is wrong with text that is not JSON.
 */
export async function verifyText(text: string): Promise<TVerificationReport> {
  let response: Response;
  try {
    response = await fetch('/api/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: text,
      credentials: 'omit',
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Cairn could not reach its server. Check your connection and try again.',
    });
  }
  const data = (await response.json().catch(() => null)) as
    | (TVerificationReport & { error?: { code: string; message: string } })
    | null;
  if (!response.ok || !data) {
    throw new ApiError({
      status: response.status,
      code: data?.error?.code ?? 'UNEXPECTED_RESPONSE',
      message:
        data?.error?.message ??
        `The server answered with an unexpected response (HTTP ${response.status}). Try again in a moment.`,
    });
  }
  return data;
}

export function useVerify() {
  return useMutation({ mutationFn: verifyText });
}

/** A fresh report for a credential Cairn holds (the detail page). */
export function useReportOf(id: string, credential: Record<string, unknown> | undefined) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'report', id],
    queryFn: () => verifyText(JSON.stringify(credential)),
    enabled: !!credential,
  });
}
