import type { Case } from './types';

/** Credential routes in the authorisation harness. */
export const CREDENTIAL_CASES: Record<string, Case> = {};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CREDENTIAL_PUBLIC_ROUTES: string[] = [];
