import { notifications } from '@mantine/notifications';
import { PAGE_ROLES } from '../../../app/roles';
import { hasAnyRole, useCurrentMe } from '../../../app/session';

/** Administrators and managers write frameworks; everyone else only reads them. */
export function useCanEditFrameworks(): boolean {
  return hasAnyRole(useCurrentMe(), PAGE_ROLES.frameworkEdit);
}

export function done(title: string, message: string) {
  notifications.show({ color: 'cairn', title, message });
}

/** Empty text is "not given": the server stores null, not an empty string. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}
