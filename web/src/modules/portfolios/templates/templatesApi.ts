import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { TTemplate, ZCreateTemplateBody } from '../../../../../contracts';
import { api } from '../../../app/api';
import { PORTFOLIOS_KEY } from '../portfoliosApi';

export type TCreateTemplate = z.input<typeof ZCreateTemplateBody>;

const enc = encodeURIComponent;

export const templateWrites = {
  create: (body: TCreateTemplate) => api<TTemplate>('POST', '/api/portfolio-templates', body),
  remove: (id: string) => api<null>('DELETE', `/api/portfolio-templates/${enc(id)}`),
  /** One template with its sections, to start a new one from. */
  read: (id: string) => api<TTemplate>('GET', `/api/portfolio-templates/${enc(id)}`),
};

/** Templates are listed under the portfolios key, so the start dialog sees new ones too. */
export function useRefreshTemplates() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: PORTFOLIOS_KEY }), [client]);
}
