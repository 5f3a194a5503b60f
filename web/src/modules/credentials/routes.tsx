import type { RouteObject } from 'react-router';

/** Credentials pages for signed-in people; the app's router places them in the app layout. */
export const CREDENTIAL_ROUTES: RouteObject[] = [];

/** Pages open to everyone (no sign-in, no app layout), e.g. a credential's verification page. */
export const CREDENTIAL_PUBLIC_ROUTES: RouteObject[] = [];
