import type { NavItem } from '../../app/layout/nav-item';

/** Credentials in the side navigation. */
export const CREDENTIAL_NAV: NavItem[] = [];
