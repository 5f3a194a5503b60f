import type { ComponentType } from 'react';
import type { TRole } from '../../../../contracts';

/** One entry of the side navigation; modules export theirs (modules/x/nav.ts). */
export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** Roles in the current institution that may see the page; none means everyone signed in. */
  roles?: readonly TRole[];
  /** Also active on the pages below it (/frameworks/…); exact by default. */
  section?: boolean;
  /** Pages of one area (the CPD log), shown under the area's name. */
  children?: NavItem[];
}

/** Every member of an institution. */
export const MEMBERS: readonly TRole[] = ['practitioner', 'assessor', 'manager', 'admin'];
