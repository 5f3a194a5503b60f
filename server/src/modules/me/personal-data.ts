import type { Db } from '../../db/connect';
import { listEventsByActor } from '../audit/repository';
import { findUserById } from '../auth/repository';
import { careersPersonalData } from '../careers/personal-data';
import { credentialsPersonalData } from '../credentials/personal-data';
import { entriesForExport } from '../cpd/repository';
import { reviewsPersonalData } from '../reviews/personal-data';
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
      (await entriesForExport(db, userId)).map(({ minutes, significant, shared, draft, ...e }) => ({
        ...e,
        hours: minutes / 60,
        significant: significant === 1,
        sharedWithManagers: shared === 1,
        draft: draft === 1,
      })),
  },
  {
    // The files themselves are downloaded from each entry; this lists what exists.
    key: 'cpdEvidence',
    collect: (db, userId) =>
      db
        .selectFrom('cpd_evidence as v')
        .innerJoin('cpd_entries as e', 'e.id', 'v.entry_id')
        .select([
          'e.title as entry',
          'v.kind',
          'v.title',
          'v.url',
          'v.file_name as fileName',
          'v.media_type as mediaType',
          'v.size_bytes as sizeBytes',
          'v.created_at as createdAt',
        ])
        .where('v.user_id', '=', userId)
        .where('e.deleted_at', 'is', null)
        .orderBy('v.created_at')
        .execute(),
  },
  {
    key: 'cpdGoals',
    collect: (db, userId) =>
      db
        .selectFrom('cpd_goals')
        .select(['title', 'notes', 'due_on as dueOn', 'status', 'created_at as createdAt'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute(),
  },
  { key: 'careers', collect: (db, userId) => careersPersonalData(db, userId) },
  { key: 'peerReview', collect: (db, userId) => reviewsPersonalData(db, userId) },
  { key: 'credentials', collect: (db, userId) => credentialsPersonalData(db, userId) },
  {
    key: 'cpdSettings',
    collect: async (db, userId) =>
      (
        await db
          .selectFrom('cpd_settings as s')
          .innerJoin('institutions as i', 'i.id', 's.institution_id')
          .select(['i.name as institution', 's.target_minutes', 's.share_summary'])
          .where('s.user_id', '=', userId)
          .execute()
      ).map((s) => ({
        institution: s.institution,
        yearlyTargetHours: s.target_minutes / 60,
        summarySharedWithManagers: s.share_summary === 1,
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
