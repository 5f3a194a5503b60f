import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps';

/** Reminders before a credential's three-year review falls due. */
export function startCredentialReminders(
  _deps: Deps,
  _log: FastifyBaseLogger,
): { stop: () => Promise<void> } {
  return { stop: async () => {} };
}
