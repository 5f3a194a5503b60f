import type { DbHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { BUILTIN_FRAMEWORKS, CROSSWALK } from './modules/frameworks/builtin';
import { syncBuiltinFrameworks } from './modules/frameworks/builtin/sync';
import { BUILTIN_TEMPLATES } from './modules/portfolios/templates';
import { syncBuiltinTemplates } from './modules/portfolios/templates/sync';

/**
 * Brings a database up to date: schema migrations, then the built-in data of this release
 * (frameworks, crosswalk and portfolio templates). Server, CLI, tests and benchmarks all start here.
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
  await syncBuiltinTemplates(handle.db, BUILTIN_TEMPLATES);
  return { migrations, builtins: changed };
}
