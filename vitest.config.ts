import { defineConfig } from 'vitest/config';

// One config, two lanes: SQLite by default, PostgreSQL with TEST_DB=pg (see scripts/test.mjs).
export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'contracts/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/src/test/pg-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
