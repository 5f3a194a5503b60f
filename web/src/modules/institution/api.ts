import { useQuery } from '@tanstack/react-query';
import type { TInstitution } from '../../../../contracts';
import { api } from '../../app/api';

export const INSTITUTION_KEY = ['institution'] as const;

export function useInstitution() {
  return useQuery({
    queryKey: INSTITUTION_KEY,
    queryFn: () => api<TInstitution>('GET', '/api/institution'),
  });
}
