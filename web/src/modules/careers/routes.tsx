import type { RouteObject } from 'react-router';
import type { TRole } from '../../../../contracts';
import { RequireRole } from '../../app/guards';
import { lazyNamed } from '../../app/lazy';
import { TEAM_ROLES } from '../team/access';
import { CLASSIFIER_ROUTES } from './classifier/routes';

/** Every member keeps a career profile (private unless shared with managers). */
const MEMBER_ROLES = [
  'practitioner',
  'assessor',
  'manager',
  'admin',
] as const satisfies readonly TRole[];

const CareerProfilePage = lazyNamed(() => import('./profile/ProfilePage'), 'CareerProfilePage');
const AssessmentsPage = lazyNamed(() => import('./assessments/AssessmentsPage'), 'AssessmentsPage');
const AssessmentPage = lazyNamed(() => import('./assessments/AssessmentPage'), 'AssessmentPage');
const TargetPage = lazyNamed(() => import('./target/TargetPage'), 'TargetPage');
const RecommendationsPage = lazyNamed(
  () => import('./recommendations/RecommendationsPage'),
  'RecommendationsPage',
);
const PlanPage = lazyNamed(() => import('./plan/PlanPage'), 'PlanPage');
const TeamCareersPage = lazyNamed(() => import('./team/TeamCareersPage'), 'TeamCareersPage');
const TeamCareerPersonPage = lazyNamed(
  () => import('./team/TeamCareerPersonPage'),
  'TeamCareerPersonPage',
);

const member = (path: string, element: React.ReactNode): RouteObject => ({
  path,
  element: <RequireRole roles={MEMBER_ROLES}>{element}</RequireRole>,
});
const manager = (path: string, element: React.ReactNode): RouteObject => ({
  path,
  element: <RequireRole roles={TEAM_ROLES}>{element}</RequireRole>,
});

/** Careers pages for signed-in people; the app's router places them in the app layout. */
export const CAREER_ROUTES: RouteObject[] = [
  member('careers', <CareerProfilePage />),
  member('careers/assessments', <AssessmentsPage />),
  member('careers/assessments/:id', <AssessmentPage />),
  member('careers/target', <TargetPage />),
  member('careers/recommendations', <RecommendationsPage />),
  member('careers/plan', <PlanPage />),
  manager('team/careers', <TeamCareersPage />),
  manager('team/careers/:userId', <TeamCareerPersonPage />),
  ...CLASSIFIER_ROUTES,
];
