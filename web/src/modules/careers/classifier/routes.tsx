import type { RouteObject } from 'react-router';
import type { TRole } from '../../../../../contracts';
import { RequireRole } from '../../../app/guards';
import { lazyNamed } from '../../../app/lazy';

const MEMBER_ROLES = [
  'practitioner',
  'assessor',
  'manager',
  'admin',
] as const satisfies readonly TRole[];

const TitlesPage = lazyNamed(() => import('./TitlesPage'), 'TitlesPage');

/** The job-title classifier's page: classify lists of titles; managers edit the survey groups. */
export const CLASSIFIER_ROUTES: RouteObject[] = [
  {
    path: 'careers/titles',
    element: (
      <RequireRole roles={MEMBER_ROLES}>
        <TitlesPage />
      </RequireRole>
    ),
  },
];
