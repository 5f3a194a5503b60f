import { type Migration, type MigrationResultSet, Migrator } from 'kysely';
import type { Db } from './connect';
import * as m0001 from './migrations/2026_11_22_0001_foundation';
import * as m0002 from './migrations/2026_11_22_0002_frameworks';
import * as m0003 from './migrations/2026_11_22_0003_cpd';
import * as m0004 from './migrations/2026_11_22_0004_cpd_curation';
import * as m0005 from './migrations/2026_11_22_0005_cpd_indexes';
import * as m0006 from './migrations/2026_11_22_0006_portfolios';
import * as m0007 from './migrations/2026_11_22_0007_careers';
import * as m0008 from './migrations/2026_11_22_0008_title_groups';
import * as m0009 from './migrations/2026_11_22_0009_reviews';
import * as m0010 from './migrations/2026_11_22_0010_credentials';

/** Every migration, in order. Names are dated and never change once shipped. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_22_0001_foundation': m0001,
  '2026_11_22_0002_frameworks': m0002,
  '2026_11_22_0003_cpd': m0003,
  '2026_11_22_0004_cpd_curation': m0004,
  '2026_11_22_0005_cpd_indexes': m0005,
  '2026_11_22_0006_portfolios': m0006,
  '2026_11_22_0007_careers': m0007,
  '2026_11_22_0008_title_groups': m0008,
  '2026_11_22_0009_reviews': m0009,
  '2026_11_22_0010_credentials': m0010,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
