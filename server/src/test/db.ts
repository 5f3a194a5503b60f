import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, openPostgres, openSqlite } from '../db/connect';
import { prepareDatabase } from '../prepare';

export const TEST_DIALECT = process.env.TEST_DB === 'pg' ? 'postgres' : 'sqlite';

/** A fresh, migrated database: SQLite in memory, or a new database on the test PostgreSQL server. */
export async function freshDb(): Promise<DbHandle> {
  if (TEST_DIALECT === 'sqlite') {
    const handle = openSqlite(':memory:');
    await prepareDatabase(handle);
    return handle;
  }
  const adminUrl = inject('pgUrl');
  const name = `cairn_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 5);
  await prepareDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
