import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { TRole } from '../../../contracts';
import { FullPageError, FullPageLoader } from './components/FullPage';
import {
  hasAnyRole,
  MeContext,
  peekSignInNotice,
  useCurrentMe,
  useMe,
  useSetupStatus,
} from './session';

// Rarely seen, and it brings the create-institution form along: loaded when needed.
const ForbiddenPage = lazy(() =>
  import('./pages/ForbiddenPage').then((module) => ({ default: module.ForbiddenPage })),
);

/**
 * Sends everyone to /setup while the server has no institution yet, and away from
 * /setup once it has one.
 */
export function SetupGate() {
  const location = useLocation();
  const setup = useSetupStatus();
  if (setup.isPending) return <FullPageLoader />;
  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => setup.refetch()} />;
  const onSetupPage = location.pathname === '/setup';
  if (setup.data.needsSetup && !onSetupPage) return <Navigate to="/setup" replace />;
  if (!setup.data.needsSetup && onSetupPage) return <Navigate to="/" replace />;
  // While a layout's code loads (the app shell after signing in, say).
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Outlet />
    </Suspense>
  );
}

/** Renders its children only for a signed-in person; everyone else goes to /sign-in?next=… */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.data) {
    return <MeContext.Provider value={me.data}>{children ?? <Outlet />}</MeContext.Provider>;
  }
  if (me.isPending) return <FullPageLoader label="Loading your account" />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => me.refetch()} />;

  const notice = peekSignInNotice();
  const here = `${location.pathname}${location.search}`;
  const keepNext = notice ? notice.keepNext : true;
  const to = keepNext && here !== '/' ? `/sign-in?next=${encodeURIComponent(here)}` : '/sign-in';
  return <Navigate to={to} replace state={notice ? { notice: notice.message } : null} />;
}

/** Shows the page only to people with one of `roles` in their current institution. */
export function RequireRole({ roles, children }: { roles: readonly TRole[]; children: ReactNode }) {
  const me = useCurrentMe();
  if (!hasAnyRole(me, roles)) return <ForbiddenPage roles={roles} />;
  return <>{children}</>;
}
