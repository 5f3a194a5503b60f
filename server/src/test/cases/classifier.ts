import { DEFAULT_TITLE_GROUP_SCHEME } from '../../modules/careers/classifier';
import type { Case } from './types';

/**
 * Job-title classifier routes in the authorisation harness. The scheme routes act on the
 * caller's own institution (no id to aim at another's): tenant isolation of the scheme is
 * proven in modules/careers/classifier/routes.test.ts.
 */
export const CLASSIFIER_CASES: Record<string, Case> = {
  'POST /api/careers/classify': { body: { title: 'Senior Learning Technologist' } },
  'POST /api/careers/classify/batch': { body: { titles: ['Learning Designer', 'Head of TEL'] } },
  'GET /api/careers/title-groups': { leak: true },
  'PUT /api/careers/title-groups': { body: DEFAULT_TITLE_GROUP_SCHEME },
  'DELETE /api/careers/title-groups': {},
};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const CLASSIFIER_PUBLIC_ROUTES: string[] = [];
