import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../modules/audit/AuditPage';
import { ForgotPasswordPage } from '../modules/auth/ForgotPasswordPage';
import { InvitationPage } from '../modules/auth/InvitationPage';
import { ResetPasswordPage } from '../modules/auth/ResetPasswordPage';
import { SetupPage } from '../modules/auth/SetupPage';
import { SignInPage } from '../modules/auth/SignInPage';
import { HomePage } from '../modules/home/HomePage';
import { InstitutionPage } from '../modules/institution/InstitutionPage';
import { PeoplePage } from '../modules/people/PeoplePage';
import { ProfilePage } from '../modules/profile/ProfilePage';
import { TokensPage } from '../modules/profile/TokensPage';
import { RequireAuth, RequireRole, SetupGate } from './guards';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { PAGE_ROLES } from './roles';

export const router = createBrowserRouter([
  {
    element: <SetupGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Open to everyone.
        element: <PublicLayout />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invitation', element: <InvitationPage /> },
        ],
      },
      {
        // Signed in.
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'profile/tokens', element: <TokensPage /> },
          {
            path: 'people',
            element: (
              <RequireRole roles={PAGE_ROLES.people}>
                <PeoplePage />
              </RequireRole>
            ),
          },
          {
            path: 'institution',
            element: (
              <RequireRole roles={PAGE_ROLES.institution}>
                <InstitutionPage />
              </RequireRole>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireRole roles={PAGE_ROLES.audit}>
                <AuditPage />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
