import type { Tenant, TestApp } from '../harness';

/** One route's entry in the authorisation harness (server/src/test/authorization.test.ts). */
export type Target = { url: string; body?: unknown };
export type Case = {
  /** A well-formed request (ids are placeholders for the 401/403 checks). */
  body?: unknown;
  /** The address to call when it needs a query string (otherwise the route's own). */
  url?: string;
  /**
   * Creates a record of `owner` (tenant A) and returns a request that targets it. Sent by
   * an all-roles member of tenant B, it must get 404; `unchanged` then proves nothing moved.
   */
  foreign?: (t: TestApp, owner: Tenant) => Promise<Target & { unchanged?: () => Promise<void> }>;
  /** For reads: tenant B's answer must not mention anything of tenant A. */
  leak?: boolean;
};

export const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
