import type { RouteObject } from 'react-router';

/** Peer review and accreditation pages for signed-in people; the app's router places them in the app layout. */
export const REVIEW_ROUTES: RouteObject[] = [];
