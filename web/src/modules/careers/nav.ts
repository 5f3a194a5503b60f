import type { NavItem } from '../../app/layout/nav-item';

/** Careers in the side navigation. */
export const CAREER_NAV: NavItem[] = [];
