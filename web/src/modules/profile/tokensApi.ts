import { useQuery } from '@tanstack/react-query';
import type { TApiToken } from '../../../../contracts';
import { api } from '../../app/api';

export const TOKENS_KEY = ['me', 'tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: () => api<{ tokens: TApiToken[] }>('GET', '/api/me/tokens'),
    select: (data) => data.tokens,
  });
}

export interface CreatedToken {
  token: TApiToken;
  secret: string;
}

/** How to call the API with a token, for this server. */
export function curlExample(secret: string): string {
  return `curl -H "Authorization: Bearer ${secret}" ${window.location.origin}/api/me`;
}
