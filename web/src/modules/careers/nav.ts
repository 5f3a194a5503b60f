import {
  IconChecklist,
  IconCompass,
  IconId,
  IconRoute,
  IconSparkles,
  IconTags,
  IconTarget,
  IconUsersGroup,
} from '@tabler/icons-react';
import { MEMBERS, type NavItem } from '../../app/layout/nav-item';
import { TEAM_ROLES } from '../team/access';

/** Careers in the side navigation: one area, and the managers' view of shared profiles. */
export const CAREER_NAV: NavItem[] = [
  {
    to: '/careers',
    label: 'Careers',
    icon: IconCompass,
    roles: MEMBERS,
    section: true,
    children: [
      { to: '/careers', label: 'Career profile', icon: IconId, section: false },
      { to: '/careers/assessments', label: 'Self-assessment', icon: IconChecklist },
      { to: '/careers/target', label: 'Target & gaps', icon: IconTarget },
      { to: '/careers/recommendations', label: 'Recommendations', icon: IconSparkles },
      { to: '/careers/plan', label: 'Plan', icon: IconRoute },
      { to: '/careers/titles', label: 'Job titles', icon: IconTags },
    ],
  },
  {
    to: '/team/careers',
    label: 'Team careers',
    icon: IconUsersGroup,
    roles: TEAM_ROLES,
    section: true,
  },
];
