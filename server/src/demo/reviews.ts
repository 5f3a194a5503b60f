import type { Db } from '../db/connect';
import type { DemoPerson } from './careers';

/** An in-house CMALT scheme with submissions at several stages, and an issued credential. */
export async function seedDemoReviews(_db: Db, _people: DemoPerson[]): Promise<void> {}
