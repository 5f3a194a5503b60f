import type { TRole } from '../../../contracts';

export const ROLE_PLURALS: Record<TRole, string> = {
  practitioner: 'practitioners',
  assessor: 'assessors',
  manager: 'managers',
  admin: 'administrators',
};

/** Who may open each signed-in page (beyond being signed in). */
export const PAGE_ROLES = {
  people: ['admin', 'manager'],
  institution: ['admin'],
  audit: ['admin'],
  /** Frameworks belong to an institution's view: every member may read them. */
  frameworks: ['practitioner', 'assessor', 'manager', 'admin'],
  frameworkImport: ['admin', 'manager'],
  /** Create, copy, edit, publish and share the institution's own frameworks. */
  frameworkEdit: ['admin', 'manager'],
} as const satisfies Record<string, readonly TRole[]>;
