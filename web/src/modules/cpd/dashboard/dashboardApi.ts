import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TCpdDashboard, TCpdSettings, ZUpdateCpdSettingsBody } from '../../../../../contracts';
import { api } from '../../../app/api';
import { CPD_KEY } from '../cpdApi';

export type TSettingsChanges = z.input<typeof ZUpdateCpdSettingsBody>;

/** Under "cpd", so that logging or changing an entry anywhere refreshes the dashboard. */
export const dashboardKey = (year: number) => [...CPD_KEY, 'dashboard', year] as const;
export const SETTINGS_KEY = [...CPD_KEY, 'settings'] as const;

/** The calendar year the dashboard opens on. */
export function thisYear(now = new Date()): number {
  return now.getFullYear();
}

export function useDashboard(year: number) {
  return useQuery({
    queryKey: dashboardKey(year),
    queryFn: ({ signal }) =>
      api<TCpdDashboard>('GET', `/api/cpd/dashboard?year=${year}`, undefined, { signal }),
    // Another year's numbers replace these when they arrive, without a blank page between.
    placeholderData: keepPreviousData,
  });
}

export const updateSettings = (body: TSettingsChanges) =>
  api<TCpdSettings>('PATCH', '/api/cpd/settings', body);

export function useCpdSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api<TCpdSettings>('GET', '/api/cpd/settings', undefined, { signal }),
  });
}
