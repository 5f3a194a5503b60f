import { IconCertificate } from '@tabler/icons-react';
import { type NavItem, MEMBERS } from '../../app/layout/nav-item';

/** Credentials in the side navigation. */
export const CREDENTIAL_NAV: NavItem[] = [
  {
    to: '/credentials',
    label: 'Credentials',
    icon: IconCertificate,
    roles: MEMBERS,
    section: true,
  },
];
