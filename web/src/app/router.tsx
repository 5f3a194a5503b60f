import { createBrowserRouter } from 'react-router';
import type { TRole } from '../../../contracts';
import { CAREER_ROUTES } from '../modules/careers/routes';
import { CREDENTIAL_PUBLIC_ROUTES, CREDENTIAL_ROUTES } from '../modules/credentials/routes';
import { REVIEW_ROUTES } from '../modules/reviews/routes';
import { TEMPLATE_ROLES } from '../modules/portfolios/templates/access';
import { TEAM_ROLES } from '../modules/team/access';
import { RequireAuth, RequireRole, SetupGate } from './guards';
import { lazyNamed } from './lazy';
import { PublicLayout } from './layout/PublicLayout';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { PAGE_ROLES } from './roles';

// Open to everyone.
const SetupPage = lazyNamed(() => import('../modules/auth/SetupPage'), 'SetupPage');
const SignInPage = lazyNamed(() => import('../modules/auth/SignInPage'), 'SignInPage');
const ForgotPasswordPage = lazyNamed(
  () => import('../modules/auth/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyNamed(
  () => import('../modules/auth/ResetPasswordPage'),
  'ResetPasswordPage',
);
const InvitationPage = lazyNamed(() => import('../modules/auth/InvitationPage'), 'InvitationPage');
const NotFoundPage = lazyNamed(() => import('./pages/NotFoundPage'), 'NotFoundPage');

// Signed in.
const AppLayout = lazyNamed(() => import('./layout/AppLayout'), 'AppLayout');
const HomePage = lazyNamed(() => import('../modules/home/HomePage'), 'HomePage');
const ProfilePage = lazyNamed(() => import('../modules/profile/ProfilePage'), 'ProfilePage');
const TokensPage = lazyNamed(() => import('../modules/profile/TokensPage'), 'TokensPage');
const PeoplePage = lazyNamed(() => import('../modules/people/PeoplePage'), 'PeoplePage');
const InstitutionPage = lazyNamed(
  () => import('../modules/institution/InstitutionPage'),
  'InstitutionPage',
);
const AuditPage = lazyNamed(() => import('../modules/audit/AuditPage'), 'AuditPage');
const FrameworksPage = lazyNamed(
  () => import('../modules/frameworks/FrameworksPage'),
  'FrameworksPage',
);
const FrameworkPage = lazyNamed(
  () => import('../modules/frameworks/FrameworkPage'),
  'FrameworkPage',
);
const FrameworkItemPage = lazyNamed(() => import('../modules/frameworks/ItemPage'), 'ItemPage');
const FrameworkImportPage = lazyNamed(
  () => import('../modules/frameworks/ImportPage'),
  'ImportPage',
);
/** Every member keeps a CPD log (written out: importing the contracts here would load Zod early). */
const CPD_ROLES = [
  'practitioner',
  'assessor',
  'manager',
  'admin',
] as const satisfies readonly TRole[];
const CpdListPage = lazyNamed(() => import('../modules/cpd/CpdListPage'), 'CpdListPage');
const CpdEntryPage = lazyNamed(() => import('../modules/cpd/EntryPage'), 'EntryPage');
const CpdDashboardPage = lazyNamed(
  () => import('../modules/cpd/dashboard/DashboardPage'),
  'DashboardPage',
);
const CpdGoalsPage = lazyNamed(() => import('../modules/cpd/goals/GoalsPage'), 'GoalsPage');
const CpdImportExportPage = lazyNamed(
  () => import('../modules/cpd/exchange/ImportExportPage'),
  'ImportExportPage',
);
const TeamCpdPage = lazyNamed(() => import('../modules/team/TeamCpdPage'), 'TeamCpdPage');
const PortfoliosPage = lazyNamed(
  () => import('../modules/portfolios/PortfoliosPage'),
  'PortfoliosPage',
);
const PortfolioPage = lazyNamed(
  () => import('../modules/portfolios/PortfolioPage'),
  'PortfolioPage',
);
const PortfolioTemplatesPage = lazyNamed(
  () => import('../modules/portfolios/templates/TemplatesPage'),
  'TemplatesPage',
);
const SharedPortfolioPage = lazyNamed(
  () => import('../modules/portfolios/SharedPortfolioPage'),
  'SharedPortfolioPage',
);
const TeamMemberPage = lazyNamed(() => import('../modules/team/TeamMemberPage'), 'TeamMemberPage');

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
          {
            path: 'frameworks',
            element: (
              <RequireRole roles={PAGE_ROLES.frameworks}>
                <FrameworksPage />
              </RequireRole>
            ),
          },
          {
            // Listed before ":id" for readers; the router prefers the fixed path anyway.
            path: 'frameworks/import',
            element: (
              <RequireRole roles={PAGE_ROLES.frameworkImport}>
                <FrameworkImportPage />
              </RequireRole>
            ),
          },
          {
            path: 'frameworks/items/:id',
            element: (
              <RequireRole roles={PAGE_ROLES.frameworks}>
                <FrameworkItemPage />
              </RequireRole>
            ),
          },
          {
            path: 'frameworks/:id',
            element: (
              <RequireRole roles={PAGE_ROLES.frameworks}>
                <FrameworkPage />
              </RequireRole>
            ),
          },
          // The CPD log: every member keeps one (entries are private to their author).
          {
            path: 'cpd',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <CpdListPage />
              </RequireRole>
            ),
          },
          {
            path: 'cpd/entries/:id',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <CpdEntryPage />
              </RequireRole>
            ),
          },
          {
            path: 'cpd/dashboard',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <CpdDashboardPage />
              </RequireRole>
            ),
          },
          {
            path: 'cpd/goals',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <CpdGoalsPage />
              </RequireRole>
            ),
          },
          {
            path: 'cpd/import',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <CpdImportExportPage />
              </RequireRole>
            ),
          },
          // Portfolios: every member builds their own (private unless shared).
          {
            path: 'portfolios',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <PortfoliosPage />
              </RequireRole>
            ),
          },
          {
            path: 'portfolios/templates',
            element: (
              <RequireRole roles={TEMPLATE_ROLES}>
                <PortfolioTemplatesPage />
              </RequireRole>
            ),
          },
          {
            path: 'portfolios/:id',
            element: (
              <RequireRole roles={CPD_ROLES}>
                <PortfolioPage />
              </RequireRole>
            ),
          },
          {
            path: 'team/cpd',
            element: (
              <RequireRole roles={TEAM_ROLES}>
                <TeamCpdPage />
              </RequireRole>
            ),
          },
          {
            path: 'team/cpd/:userId',
            element: (
              <RequireRole roles={TEAM_ROLES}>
                <TeamMemberPage />
              </RequireRole>
            ),
          },
          ...CAREER_ROUTES,
          ...REVIEW_ROUTES,
          ...CREDENTIAL_ROUTES,
        ],
      },
      // The read-only page behind a portfolio's secret link: no sign-in, no app layout.
      { path: 'shared/portfolios/:token', element: <SharedPortfolioPage /> },
      ...CREDENTIAL_PUBLIC_ROUTES,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
