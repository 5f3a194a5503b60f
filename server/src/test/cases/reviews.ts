import type { Case } from './types';

/** Peer-review routes in the authorisation harness. */
export const REVIEW_CASES: Record<string, Case> = {};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const REVIEW_PUBLIC_ROUTES: string[] = [];
