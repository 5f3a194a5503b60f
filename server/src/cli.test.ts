import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './db/migrate';
import { TEST_DIALECT } from './test/db';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'cairn-cli-'));
const bin = path.resolve(import.meta.dirname, '../../bin/cairn.mjs');

async function cairn(...args: string[]) {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The CLI works on files in DATA_DIR; running it once (in the SQLite lane) is enough.
if (TEST_DIALECT === 'postgres')
  console.log('cli.test.ts: skipped in the PostgreSQL lane; it runs in the SQLite lane.');

describe.skipIf(TEST_DIALECT === 'postgres')('npx cairn', () => {
  it('migrates, loads the demo once, creates an admin, resets a password and backs up', {
    timeout: 60_000,
  }, async () => {
    const migrate = await cairn('migrate');
    expect(migrate.out).toContain(`Applied ${Object.keys(MIGRATIONS).length} migration`);
    expect((await cairn('migrate')).out).toMatch(/is up to date/);

    const demo = await cairn('demo');
    expect(demo.out).toMatch(
      /Loaded the demo institution "Northfield University \(demo\)" with 11 staff/,
    );
    expect(demo.out).toMatch(/password:\s+cairn-demo-2026/);
    expect((await cairn('demo')).out).toMatch(/is available/);

    const admin = await cairn(
      'create-admin',
      '--email',
      'Ada@Riverside.example',
      '--name',
      'Ada Lovelace',
      '--institution',
      'Riverside College',
      '--sector',
      'further-education',
    );
    expect(admin.code).toBe(0);
    expect(admin.out).toMatch(
      /Created Riverside College with ada@riverside.example as its administrator/,
    );
    expect(admin.out).toMatch(/Password: \S{12,}/);
    const dup = await cairn(
      'create-admin',
      '--email',
      'ada@riverside.example',
      '--name',
      'A',
      '--institution',
      'Riverside College',
    );
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/already has an account/);

    const reset = await cairn(
      'reset-password',
      '--email',
      'ada@riverside.example',
      '--password',
      'a chosen new password',
    );
    expect(reset.out).toMatch(/Password of ada@riverside.example reset/);
    expect((await cairn('reset-password', '--email', 'nobody@x.example')).err).toMatch(
      /No account has the email/,
    );

    const out = path.join(dir, 'copy.db');
    const backup = await cairn('backup', '--out', out);
    expect(backup.out).toMatch(/Backed up .* to .*copy\.db/);
    expect(existsSync(out)).toBe(true);
  });

  it('serves until SIGTERM, then finishes and exits cleanly', { timeout: 60_000 }, async () => {
    const { spawn } = await import('node:child_process');
    const port = 18_000 + Math.floor(Math.random() * 1000);
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...process.env,
        DATA_DIR: dir,
        DATABASE_URL: '',
        PORT: String(port),
        CAIRN_SKIP_WEB_BUILD: '1',
      },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    for (let i = 0; i < 100 && !out.includes('is running at'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(new RegExp(`is running at http://localhost:${port}`));
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/SIGTERM received: finishing requests and closing the database/);
  });

  it('explains bad usage instead of crashing', async () => {
    const unknown = await cairn('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command "frobnicate"/);
    const missing = await cairn('create-admin', '--email', 'x@y.example');
    expect(missing.err).toMatch(/Missing --name/);
    const badEnv = await run(process.execPath, [bin, 'migrate'], {
      env: { ...process.env, PORT: 'http' },
    }).catch((e) => e);
    expect(badEnv.stderr).toMatch(/fix these environment variables:\n\s+PORT/);
    expect((await cairn('help')).out).toMatch(/Usage: npx cairn <command>/);
  });
});
