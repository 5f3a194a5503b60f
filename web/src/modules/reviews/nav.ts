import {
  IconAward,
  IconClipboardCheck,
  IconFileCertificate,
  IconSchool,
} from '@tabler/icons-react';
import { MEMBERS, type NavItem } from '../../app/layout/nav-item';

/**
 * Peer review and accreditation in the side navigation: one area with the candidate's
 * submissions, the assessor's work and the schemes (run, assessed for or open to you).
 */
export const REVIEW_NAV: NavItem[] = [
  {
    to: '/reviews',
    label: 'Accreditation',
    icon: IconAward,
    roles: MEMBERS,
    section: true,
    children: [
      { to: '/reviews', label: 'My submissions', icon: IconFileCertificate, section: false },
      { to: '/reviews/assessing', label: 'Assessing', icon: IconClipboardCheck },
      { to: '/reviews/schemes', label: 'Schemes', icon: IconSchool },
    ],
  },
];
