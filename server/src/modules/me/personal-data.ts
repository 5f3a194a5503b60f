import type { Db } from '../../db/connect';
import { listEventsByActor } from '../audit/repository';
import { findUserById } from '../auth/repository';
import { entriesForExport } from '../cpd/repository';
import * as repo from './repository';

/**
 * Every module that stores personal data adds a section here, so that "download my data"
 * stays complete as Cairn grows. Each section returns plain JSON.
 */
type Section = { key: string; collect: (db: Db, userId: string) => Promise<unknown> };

export const PERSONAL_DATA_SECTIONS: Section[] = [
  {
    key: 'account',
    collect: async (db, userId) => {
      const u = await findUserById(db, userId);
      return (
        u && {
          email: u.email,
          name: u.name,
          createdAt: u.created_at,
          lastSignInAt: u.last_sign_in_at,
        }
      );
    },
  },
  { key: 'memberships', collect: (db, userId) => repo.listMembershipsForExport(db, userId) },
  { key: 'sessions', collect: (db, userId) => repo.listSessions(db, userId) },
  {
    key: 'apiTokens',
    collect: async (db, userId) =>
      (await repo.listTokens(db, userId)).map((t) => ({
        name: t.name,
        prefix: t.prefix,
        institution: t.institution_name,
        createdAt: t.created_at,
        lastUsedAt: t.last_used_at,
        expiresAt: t.expires_at,
      })),
  },
  { key: 'invitationsSent', collect: (db, userId) => repo.listInvitationsSent(db, userId) },
  { key: 'securityEvents', collect: (db, userId) => listEventsByActor(db, userId) },
  {
    key: 'cpdEntries',
    collect: async (db, userId) =>
      (await entriesForExport(db, userId)).map(({ minutes, significant, ...e }) => ({
        ...e,
        hours: minutes / 60,
        significant: significant === 1,
      })),
  },
];

export async function collectPersonalData(db: Db, userId: string) {
  const out: Record<string, unknown> = {
    format: 'cairn-personal-data',
    version: 1,
    exportedAt: new Date().toISOString(),
  };
  for (const s of PERSONAL_DATA_SECTIONS) out[s.key] = await s.collect(db, userId);
  return out;
}
