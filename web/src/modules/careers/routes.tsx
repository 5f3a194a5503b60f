import type { RouteObject } from 'react-router';

/** Careers pages for signed-in people; the app's router places them in the app layout. */
export const CAREER_ROUTES: RouteObject[] = [];
