import { Navigate, type RouteObject, useParams } from 'react-router';
import { lazyNamed } from '../../app/lazy';

const MySubmissionsPage = lazyNamed(() => import('./MySubmissionsPage'), 'MySubmissionsPage');
const SubmissionPage = lazyNamed(() => import('./SubmissionPage'), 'SubmissionPage');
const AssessingPage = lazyNamed(() => import('./AssessingPage'), 'AssessingPage');
const AssessPage = lazyNamed(() => import('./AssessPage'), 'AssessPage');
const SchemesPage = lazyNamed(() => import('./SchemesPage'), 'SchemesPage');
const SchemePage = lazyNamed(() => import('./SchemePage'), 'SchemePage');

/** /reviews/assess/:id is kept as an address; the page lives under "Assessing". */
function ToAssessing() {
  const { submissionId = '' } = useParams();
  return <Navigate to={`/reviews/assessing/${submissionId}`} replace />;
}

/**
 * Peer review and accreditation pages for signed-in people; the app's router places them in
 * the app layout. Anyone signed in may open them: assessors may come from other institutions,
 * and the API answers only what each person may see.
 */
export const REVIEW_ROUTES: RouteObject[] = [
  { path: 'reviews', element: <MySubmissionsPage /> },
  { path: 'reviews/submissions/:id', element: <SubmissionPage /> },
  { path: 'reviews/assessing', element: <AssessingPage /> },
  { path: 'reviews/assessing/:id', element: <AssessPage /> },
  { path: 'reviews/assess/:submissionId', element: <ToAssessing /> },
  { path: 'reviews/schemes', element: <SchemesPage /> },
  { path: 'reviews/schemes/:id', element: <SchemePage /> },
];
