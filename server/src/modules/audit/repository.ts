import type { Db } from '../../db/connect';
import { newId } from '../../lib/crypto';
import { nowIso } from '../../lib/time';

export type AuditInsert = {
  institutionId: string;
  actorUserId: string | null;
  actorLabel: string | null;
  subjectLabel: string | null;
  action: string;
  detail: string;
  ip: string | null;
};

export async function insertAuditEvents(db: Db, events: AuditInsert[]): Promise<void> {
  if (events.length === 0) return;
  const created_at = nowIso();
  await db
    .insertInto('audit_events')
    .values(
      events.map((e) => ({
        id: newId(),
        institution_id: e.institutionId,
        actor_user_id: e.actorUserId,
        actor_label: e.actorLabel,
        subject_label: e.subjectLabel,
        action: e.action,
        detail: e.detail,
        ip: e.ip,
        created_at,
      })),
    )
    .execute();
}

export async function listAuditEvents(
  db: Db,
  institutionId: string,
  q: { action?: string | undefined; before?: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('audit_events')
    .select(['id', 'action', 'actor_label', 'subject_label', 'detail', 'ip', 'created_at'])
    .where('institution_id', '=', institutionId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.before) query = query.where('created_at', '<', q.before);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

/** When a person deletes their account, events keep what happened but stop naming them. */
export async function anonymiseActor(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('audit_events')
    .set({ actor_label: 'a deleted account', actor_user_id: null })
    .where('actor_user_id', '=', userId)
    .execute();
}

export async function listEventsByActor(db: Db, userId: string) {
  return db
    .selectFrom('audit_events as a')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .select(['a.action', 'a.detail', 'a.ip', 'a.created_at', 'i.name as institution'])
    .where('a.actor_user_id', '=', userId)
    .orderBy('a.created_at')
    .execute();
}
