import { type QueryClient, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { TMe, TRole } from '../../../contracts';
import { api, isApiError } from './api';

export const ME_KEY = ['me'] as const;
export const SETUP_KEY = ['setup'] as const;

export interface SetupStatus {
  needsSetup: boolean;
  version: string;
}

/** GET /api/me; `null` means nobody is signed in. */
export async function fetchMe(): Promise<TMe | null> {
  try {
    return await api<TMe>('GET', '/api/me', undefined, { ignoreUnauthenticated: true });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: () => api<SetupStatus>('GET', '/api/setup'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in person, provided by `RequireAuth` to everything inside the app shell. */
export const MeContext = createContext<TMe | null>(null);

export function useCurrentMe(): TMe {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentMe must be used inside RequireAuth');
  return me;
}

export function hasAnyRole(me: Pick<TMe, 'roles' | 'institution'>, roles: readonly TRole[]) {
  return me.institution !== null && me.roles.some((role) => roles.includes(role));
}

/** A message for the sign-in page, left by whatever ended the session. */
export interface SignInNotice {
  message: string;
  /** Whether to bring the person back to where they were after signing in again. */
  keepNext: boolean;
}

let pendingNotice: SignInNotice | null = null;

export function peekSignInNotice(): SignInNotice | null {
  return pendingNotice;
}

export function clearSignInNotice(): void {
  pendingNotice = null;
}

function forgetEverythingButSession(queryClient: QueryClient) {
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== ME_KEY[0] && query.queryKey[0] !== SETUP_KEY[0],
  });
}

/** Someone signed in (sign-in, setup, password reset, invitation): drop anything cached for a previous person. */
export function startSession(queryClient: QueryClient, me: TMe): void {
  pendingNotice = null;
  forgetEverythingButSession(queryClient);
  queryClient.setQueryData(ME_KEY, me);
}

/** The session ended (sign-out, deletion, expiry): `RequireAuth` then sends the person to /sign-in. */
export function endSession(queryClient: QueryClient, notice: SignInNotice | null = null): void {
  pendingNotice = notice;
  queryClient.setQueryData(ME_KEY, null);
  forgetEverythingButSession(queryClient);
}

/** The person switched or created an institution: everything cached may belong to the old one. */
export function replaceMe(queryClient: QueryClient, me: TMe): void {
  queryClient.setQueryData(ME_KEY, me);
  void queryClient.invalidateQueries();
}

/** Only same-site paths are allowed as a destination after signing in. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return '/';
  if (next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in')) return '/';
  return next;
}
