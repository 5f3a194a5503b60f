import type { Db } from '../../db/connect';
import * as repo from './repository';
import { listCredentialsOfUser } from './service';

/** The holder's credentials for "download my data": each summary with the signed JSON as issued. */
export async function credentialsPersonalData(db: Db, userId: string) {
  const summaries = await listCredentialsOfUser(db, userId);
  return Promise.all(
    summaries.map(async (s) => {
      const row = await repo.findCredential(db, s.id);
      return { ...s, credential: row ? JSON.parse(row.document) : null };
    }),
  );
}
