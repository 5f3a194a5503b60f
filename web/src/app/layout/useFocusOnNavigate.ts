import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app, put focus on the new page's h1 so
 * screen-reader users hear where they are (and keyboard users start from there).
 */
export function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const last = useRef(pathname);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    const target =
      document.querySelector<HTMLElement>('main [data-page-title]') ??
      document.getElementById('main');
    target?.focus();
  }, [pathname]);
}
