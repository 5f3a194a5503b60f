import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 8181);
// A run on another port (E2E_PORT) keeps its own data, so two runs can share a machine.
const DATA_DIR = PORT === 8181 ? 'test-results/e2e-data' : `test-results/e2e-data-${PORT}`;

/**
 * Browser tests against a real Cairn (SQLite in a throwaway DATA_DIR), in Debian's Chromium:
 * Playwright's own browser downloads are not used (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: PORT === 8181 ? 'test-results/playwright' : `test-results/playwright-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // foundation.spec.ts sets up the institution (first-run setup) that every other spec signs
  // in to, so it runs first; the others run after it, in file order.
  projects: [
    { name: 'foundation', testMatch: 'foundation.spec.ts' },
    { name: 'app', testIgnore: 'foundation.spec.ts', dependencies: ['foundation'] },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && node bin/cairn.mjs serve`,
    url: `http://localhost:${PORT}/api/health`,
    env: { PORT: String(PORT), DATA_DIR, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
