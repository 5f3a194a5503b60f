import type { z } from 'zod';
import type {
  TAuditAction,
  TAuditEvent,
  ZAuditPage,
  ZAuditQuery,
} from '../../../../contracts/people';
import type { Db } from '../../db/connect';
import { insertAuditEvents, listAuditEvents } from './repository';

export type AuditActor = { userId: string; email: string } | null;

/**
 * Records a security event in one or more institutions' audit logs. Call it inside the
 * transaction of the change it describes so that the log and the change agree.
 */
export async function recordAudit(
  db: Db,
  e: {
    institutionIds: readonly string[];
    action: TAuditAction;
    actor: AuditActor;
    subject?: string | null;
    detail?: string;
    ip?: string | null;
  },
): Promise<void> {
  await insertAuditEvents(
    db,
    [...new Set(e.institutionIds)].map((institutionId) => ({
      institutionId,
      actorUserId: e.actor?.userId ?? null,
      actorLabel: e.actor?.email ?? null,
      subjectLabel: e.subject ?? null,
      action: e.action,
      detail: e.detail ?? '',
      ip: e.ip ?? null,
    })),
  );
}

export async function auditPage(
  db: Db,
  institutionId: string,
  q: z.output<typeof ZAuditQuery>,
): Promise<z.output<typeof ZAuditPage>> {
  const rows = await listAuditEvents(db, institutionId, { ...q, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const events: TAuditEvent[] = page.map((r) => ({
    id: r.id,
    action: r.action as TAuditAction,
    actor: r.actor_label,
    subject: r.subject_label,
    detail: r.detail,
    ip: r.ip,
    createdAt: r.created_at,
  }));
  return {
    events,
    nextBefore: rows.length > q.limit ? (page[page.length - 1]?.created_at ?? null) : null,
  };
}
