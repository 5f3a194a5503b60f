import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export type DbHandle = {
  db: Db;
  dialect: Dialect;
  /** For SQLite: the underlying connection (backups). */
  sqlite?: SQLite.Database;
  close: () => Promise<void>;
};

export type DbTarget = { databaseUrl?: string | undefined; sqlitePath: string };

/** Opens the database Cairn is configured for: PostgreSQL when a URL is given, else SQLite. */
export function openDb(target: DbTarget): DbHandle {
  return target.databaseUrl ? openPostgres(target.databaseUrl) : openSqlite(target.sqlitePath);
}

export function openSqlite(file: string): DbHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // 64 MB of page cache (the default is 2 MB): a person's CPD log search reads every entry's
  // text, and bench/cpd.ts showed it going to disk on each request with the default.
  sqlite.pragma('cache_size = -65536');
  cacheStatements(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares the SQL on every execution; preparing costs more than
 * running the hot queries. Statements are reused by SQL text (safe because the driver runs
 * them synchronously and Cairn never streams rows from SQLite).
 */
function cacheStatements(sqlite: SQLite.Database, max = 1000) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = prepare(source);
      if (statements.size >= max) statements.clear();
      statements.set(source, statement);
    }
    return statement;
  }) as SQLite.Database['prepare'];
}

export function openPostgres(url: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that PostgreSQL closes (a restart, a failover, an administrator) is
  // reported here; the pool drops it and opens another when needed. Without a listener the
  // event would crash the process.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL closed an idle connection: ${err.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export async function pingDb(db: Db): Promise<number> {
  const started = performance.now();
  await sql`select 1`.execute(db);
  return performance.now() - started;
}
