import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps';
import { HOUR, nowIso } from '../../lib/time';
import { notify } from '../notifications/service';
import * as repo from './repository';

/**
 * Reminders before a credential's three-year review falls due: 90, 30 and 7 days before its
 * validUntil, to the holder in Cairn and by email (notify). Each lead time is sent at most once
 * per credential: recorded in credential_reminders before it goes (so two servers do not both
 * send, and a late credential gets one reminder, not three), and de-duplicated by notify too.
 */

export const REMINDER_LEAD_DAYS = [90, 30, 7] as const;
const DAY = 86_400_000;

/**
 * Which reminder is due now: the most urgent lead time already reached and not yet sent. The
 * longer lead times reached are marked too, so a credential issued late gets one reminder, not
 * three at once.
 */
export function reminderDue(
  validUntil: string,
  sent: readonly number[],
  now: Date,
): { lead: number; mark: number[] } | null {
  const until = Date.parse(validUntil);
  if (Number.isNaN(until) || until <= now.getTime()) return null;
  const daysLeft = (until - now.getTime()) / DAY;
  const reached = REMINDER_LEAD_DAYS.filter((lead) => daysLeft <= lead);
  if (reached.length === 0) return null;
  const lead = Math.min(...reached);
  if (sent.includes(lead)) return null;
  return { lead, mark: reached.filter((d) => !sent.includes(d)) };
}

/** Sends the reminders due at `now`; returns how many went out. */
export async function sendDueReminders(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  now = new Date(),
): Promise<number> {
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_LEAD_DAYS) * DAY).toISOString();
  const rows = await repo.credentialsNearingReview(deps.db, now.toISOString(), horizon);
  let sent = 0;
  for (const c of rows) {
    const due = reminderDue(c.valid_until, c.sent, now);
    if (!due) continue;
    if (!(await repo.recordReminders(deps.db, c.id, due.mark, nowIso()))) continue;
    const date = c.valid_until.slice(0, 10);
    const days = Math.ceil((Date.parse(c.valid_until) - now.getTime()) / DAY);
    const went = await notify(deps, {
      userId: c.holder_id,
      institutionId: c.institution_id,
      kind: 'credential-review',
      title: `Your ${c.achievement_name} review is due in ${days} days`,
      body: [
        `Your credential "${c.achievement_name}" from ${c.scheme_name} is valid until ${date}.`,
        `To keep it, submit your three-year review before then; after ${date} it verifies as lapsed.`,
      ].join('\n'),
      link: `/credentials/${c.id}`,
      dedupeKey: `credential-review:${c.id}:${due.lead}`,
    });
    if (!went) continue;
    sent++;
  }
  return sent;
}

/** Checks for due reminders at start and then hourly, until the app closes. */
export function startCredentialReminders(
  deps: Deps,
  log: FastifyBaseLogger,
  everyMs = HOUR,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running
      .then(() => (stopped ? 0 : sendDueReminders(deps)))
      .catch((err: unknown) => log.error({ err }, 'sending credential review reminders failed'));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
