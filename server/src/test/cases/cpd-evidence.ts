import type { Case } from './types';

/** CPD evidence (files and links) routes in the authorisation harness. */
export const CPD_EVIDENCE_CASES: Record<string, Case> = {};
