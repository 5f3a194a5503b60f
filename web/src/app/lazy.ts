import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * Loads a page's code only when someone opens it, so that the sign-in and setup pages do
 * not carry the whole app. `SetupGate`, `PublicLayout` and `AppLayout` show a loader while
 * a page's code arrives; if it cannot be fetched (say, after an upgrade), the route's
 * error page offers a reload.
 */
export function lazyNamed<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
