import type { Case } from './types';

/** CPD import and export routes in the authorisation harness. */
export const CPD_EXCHANGE_CASES: Record<string, Case> = {};
