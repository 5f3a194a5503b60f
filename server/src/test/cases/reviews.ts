import { expect } from 'vitest';
import { notify } from '../../modules/notifications/service';
import { call, type Tenant, type TestApp } from '../harness';
import type { Case } from './types';

/** Peer-review routes (and notifications) in the authorisation harness. */

/** A notification of the owner's administrator, unread. */
async function ownNotification(t: TestApp, owner: Tenant) {
  await notify(t.deps, {
    userId: owner.admin.userId,
    institutionId: owner.institutionId,
    kind: 'test',
    title: 'tenant-a-secret notification',
    body: 'tenant-a-secret',
    link: '/reviews',
    dedupeKey: `auth-${crypto.randomUUID()}`,
  });
  const list = (await call(t, 'GET', '/api/notifications', { as: owner.admin })).data();
  const n = list.notifications.find(
    (x: { title: string; readAt: string | null }) =>
      x.title === 'tenant-a-secret notification' && !x.readAt,
  );
  return {
    url: `/api/notifications/${n.id}/read`,
    unchanged: async () => {
      const after = (await call(t, 'GET', '/api/notifications', { as: owner.admin })).data();
      expect(after.notifications.find((x: { id: string }) => x.id === n.id).readAt).toBeNull();
    },
  };
}

export const REVIEW_CASES: Record<string, Case> = {
  'GET /api/notifications': { leak: true },
  'POST /api/notifications/:id/read': { foreign: ownNotification },
  'POST /api/notifications/read-all': {},
};

/** Routes of this module that are open to everyone (checked to exist and to need no sign-in). */
export const REVIEW_PUBLIC_ROUTES: string[] = [];
