import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-pg';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * For the PostgreSQL lane (TEST_DB=pg): use DATABASE_URL_TEST when set (scripts/test.ts sets
 * it), else start a real PostgreSQL for this run and stop it afterwards.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'pg') return;
  if (process.env.DATABASE_URL_TEST) {
    project.provide('pgUrl', process.env.DATABASE_URL_TEST);
    return;
  }
  const pg = await startEmbeddedPostgres();
  project.provide('pgUrl', pg.url);
  return pg.stop;
}
