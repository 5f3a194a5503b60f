import type { DbHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { BUILTIN_FRAMEWORKS, CROSSWALK } from './modules/frameworks/builtin';
import { syncBuiltinFrameworks } from './modules/frameworks/builtin/sync';

/**
 * Brings a database up to date: schema migrations, then the built-in data of this release
 * (frameworks and crosswalk). Server, CLI, tests and benchmarks all start here.
 */
export async function prepareDatabase(
  handle: DbHandle,
): Promise<{ migrations: string[]; builtins: string[] }> {
  const migrations = await migrateToLatest(handle.db);
  const { changed } = await syncBuiltinFrameworks(
    handle.db,
    handle.dialect,
    BUILTIN_FRAMEWORKS,
    CROSSWALK,
  );
  return { migrations, builtins: changed };
}
