import type { NavItem } from '../../app/layout/nav-item';

/** Peer review and accreditation in the side navigation. */
export const REVIEW_NAV: NavItem[] = [];
