import type { RouteObject } from 'react-router';
import type { TRole } from '../../../../contracts';
import { RequireRole } from '../../app/guards';
import { lazyNamed } from '../../app/lazy';

const MEMBER_ROLES = [
  'practitioner',
  'assessor',
  'manager',
  'admin',
] as const satisfies readonly TRole[];
/** Coordinators of the institution's schemes (the server answers 404 to anyone else). */
const COORDINATOR_ROLES = ['manager', 'admin'] as const satisfies readonly TRole[];

const CredentialsPage = lazyNamed(() => import('./CredentialsPage'), 'CredentialsPage');
const CredentialPage = lazyNamed(() => import('./CredentialPage'), 'CredentialPage');
const SchemeKeysPage = lazyNamed(() => import('./SchemeKeysPage'), 'SchemeKeysPage');
const VerifyPage = lazyNamed(() => import('./VerifyPage'), 'VerifyPage');
const PublicCredentialPage = lazyNamed(
  () => import('./PublicCredentialPage'),
  'PublicCredentialPage',
);

/** Credentials pages for signed-in people; the app's router places them in the app layout. */
export const CREDENTIAL_ROUTES: RouteObject[] = [
  {
    path: 'credentials',
    element: (
      <RequireRole roles={MEMBER_ROLES}>
        <CredentialsPage />
      </RequireRole>
    ),
  },
  {
    path: 'credentials/keys/:schemeId',
    element: (
      <RequireRole roles={COORDINATOR_ROLES}>
        <SchemeKeysPage />
      </RequireRole>
    ),
  },
  {
    path: 'credentials/:id',
    element: (
      <RequireRole roles={MEMBER_ROLES}>
        <CredentialPage />
      </RequireRole>
    ),
  },
];

/** Pages open to everyone (no sign-in, no app layout): verifying any credential, and shared ones. */
export const CREDENTIAL_PUBLIC_ROUTES: RouteObject[] = [
  { path: 'verify', element: <VerifyPage /> },
  { path: 'verify/:id', element: <PublicCredentialPage /> },
];
