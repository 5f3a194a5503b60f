import type { Case } from './types';

/** Job-title classifier routes in the authorisation harness. */
export const CLASSIFIER_CASES: Record<string, Case> = {};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CLASSIFIER_PUBLIC_ROUTES: string[] = [];
