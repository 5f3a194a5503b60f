import type { TNotification } from '../../../../contracts/reviews';
import type { Db } from '../../db/connect';
import type { Deps } from '../../deps';
import { newId } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';

/*
 * Notifications: a row the person sees in Cairn, and the same message by email (the mailer
 * only logs it when SMTP is not configured). Each carries a de-duplication key, unique per
 * person, so a reminder computed again every hour goes out once.
 */

export type NotificationInput = {
  userId: string;
  institutionId: string | null;
  kind: string;
  title: string;
  body: string;
  /** A path inside Cairn, such as /reviews/submissions/<id>. */
  link: string;
  dedupeKey: string;
};

/** Notifies one person once per dedupeKey: false when this key was already sent to them. */
export async function notify(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  n: NotificationInput,
): Promise<boolean> {
  const id = newId();
  const inserted = await deps.db
    .insertInto('notifications')
    .values({
      id,
      user_id: n.userId,
      institution_id: n.institutionId,
      kind: n.kind,
      title: n.title.slice(0, 300),
      body: n.body,
      link: n.link,
      dedupe_key: n.dedupeKey.slice(0, 300),
      emailed: 0,
      created_at: nowIso(),
      read_at: null,
    })
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const user = await deps.db
    .selectFrom('users')
    .select(['email', 'name'])
    .where('id', '=', n.userId)
    .executeTakeFirst();
  if (user) {
    const url = new URL(n.link, deps.config.publicUrl).toString();
    const sent = await deps.mailer
      .send({
        to: user.email,
        subject: n.title,
        text: `${user.name},\n\n${n.body}\n\n${url}\n\nYou also find this under notifications in Cairn.`,
        link: url,
      })
      .catch(() => false);
    if (sent)
      await deps.db.updateTable('notifications').set({ emailed: 1 }).where('id', '=', id).execute();
  }
  return true;
}

/** Newest first (at most 100), with the number not yet read. */
export async function listNotifications(
  db: Db,
  userId: string,
): Promise<{ notifications: TNotification[]; unread: number }> {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
  const unread = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    unread: Number(unread?.n ?? 0),
  };
}

export async function markRead(db: Db, userId: string, id: string): Promise<void> {
  const found = await db
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!found) throw AppError.notFound('That notification');
  if (!found.read_at)
    await db.updateTable('notifications').set({ read_at: nowIso() }).where('id', '=', id).execute();
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: nowIso() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}
