import type { Case } from './types';

/** Careers routes in the authorisation harness. */
export const CAREER_CASES: Record<string, Case> = {};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CAREER_PUBLIC_ROUTES: string[] = [];
