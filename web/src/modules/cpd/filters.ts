import { CPD_TYPES, type TCpdType } from '../../../../contracts';

/** Yes / no filters: unset means "either". */
export type Flag = 'true' | 'false';

export interface CpdFilters {
  from?: string;
  to?: string;
  type?: TCpdType;
  tagId?: string;
  significant?: Flag;
  hasReflection?: Flag;
  hasEvidence?: Flag;
  draft?: Flag;
  q?: string;
}

export const FLAG_FILTERS = ['significant', 'hasReflection', 'hasEvidence', 'draft'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isType = (value: string): value is TCpdType =>
  (CPD_TYPES as readonly string[]).includes(value);
const isFlag = (value: string | null): value is Flag => value === 'true' || value === 'false';

/**
 * The filters written in the address (?type=conference&significant=true…). Anything that
 * does not make sense (a hand-edited address, an old bookmark) is ignored rather than sent.
 */
export function readFilters(params: URLSearchParams): CpdFilters {
  const filters: CpdFilters = {};
  const from = params.get('from');
  const to = params.get('to');
  const type = params.get('type');
  const tagId = params.get('tagId');
  const q = params.get('q')?.trim();
  if (from && DAY.test(from)) filters.from = from;
  if (to && DAY.test(to)) filters.to = to;
  if (type && isType(type)) filters.type = type;
  if (tagId && UUID.test(tagId)) filters.tagId = tagId;
  if (q) filters.q = q.slice(0, 200);
  for (const key of FLAG_FILTERS) {
    const value = params.get(key);
    if (isFlag(value)) filters[key] = value;
  }
  return filters;
}

/** The page number in the address, from 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The filters as query parameters, in a stable order (they are part of the cache key). */
export function toQuery(filters: CpdFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [
    'from',
    'to',
    'type',
    'tagId',
    ...FLAG_FILTERS,
    'q',
  ] as const satisfies readonly (keyof CpdFilters)[]) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** Filters other than the search words: these make "no results" a matter of clearing them. */
export function countFilters(filters: CpdFilters): number {
  return Object.entries(filters).filter(([key, value]) => key !== 'q' && value).length;
}

export function hasAnyFilter(filters: CpdFilters): boolean {
  return Object.values(filters).some(Boolean);
}
