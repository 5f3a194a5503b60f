import { Group, NavLink, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconArrowsExchange,
  IconBriefcase,
  IconBuilding,
  IconChartBar,
  IconHome,
  IconKey,
  IconList,
  IconListDetails,
  IconListTree,
  IconNotebook,
  IconTarget,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, useLocation, useMatch } from 'react-router';
import type { TMe } from '../../../../contracts';
import { CAREER_NAV } from '../../modules/careers/nav';
import { CREDENTIAL_NAV } from '../../modules/credentials/nav';
import { REVIEW_NAV } from '../../modules/reviews/nav';
import { TEAM_ROLES } from '../../modules/team/access';
import { PAGE_ROLES } from '../roles';
import { MEMBERS, type NavItem } from './nav-item';
import { hasAnyRole, useCurrentMe } from '../session';

const ITEMS: NavItem[] = [
  { to: '/', label: 'Home', icon: IconHome },
  {
    // One area for the CPD log: the dashboard, goals and import join "Entries" here.
    to: '/cpd',
    label: 'CPD log',
    icon: IconNotebook,
    roles: MEMBERS,
    section: true,
    children: [
      { to: '/cpd', label: 'Entries', icon: IconList, section: false },
      { to: '/cpd/dashboard', label: 'Dashboard', icon: IconChartBar },
      { to: '/cpd/goals', label: 'Goals', icon: IconTarget },
      { to: '/cpd/import', label: 'Import & export', icon: IconArrowsExchange },
    ],
  },
  { to: '/portfolios', label: 'Portfolios', icon: IconBriefcase, roles: MEMBERS, section: true },
  ...REVIEW_NAV,
  ...CREDENTIAL_NAV,
  ...CAREER_NAV,
  {
    to: '/frameworks',
    label: 'Frameworks',
    icon: IconListTree,
    roles: PAGE_ROLES.frameworks,
    section: true,
  },
  { to: '/profile', label: 'Profile', icon: IconUserCircle },
  { to: '/profile/tokens', label: 'API tokens', icon: IconKey },
  { to: '/people', label: 'People', icon: IconAddressBook, roles: PAGE_ROLES.people },
  { to: '/team/cpd', label: 'Team CPD', icon: IconUsersGroup, roles: TEAM_ROLES, section: true },
  { to: '/institution', label: 'Institution', icon: IconBuilding, roles: PAGE_ROLES.institution },
  { to: '/audit', label: 'Audit log', icon: IconListDetails, roles: PAGE_ROLES.audit },
];

export function visibleNavItems(me: TMe): NavItem[] {
  return ITEMS.filter((item) => !item.roles || hasAnyRole(me, item.roles));
}

function Item({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const exact = useMatch({ path: item.to, end: true }) !== null;
  const inSection = useMatch({ path: item.to, end: false }) !== null;
  const active = exact || (item.section === true && inSection);
  const Icon = item.icon;
  if (item.children) {
    // The area's name, always open, with its pages below.
    return (
      <>
        <Group gap="sm" px="sm" py={8} wrap="nowrap" c={active ? 'cairn.9' : undefined}>
          <Icon size={20} aria-hidden />
          <Text size="sm" fw={600}>
            {item.label}
          </Text>
        </Group>
        <Stack
          gap={2}
          component="ul"
          m={0}
          p={0}
          pl="lg"
          style={{ listStyle: 'none' }}
          aria-label={item.label}
        >
          {item.children.map((child) => (
            <li key={child.to}>
              <ChildItem item={child} area={item} onNavigate={onNavigate} />
            </li>
          ))}
        </Stack>
      </>
    );
  }
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<Icon size={20} aria-hidden />}
      active={active}
      aria-current={exact ? 'page' : active ? 'true' : undefined}
      onClick={onNavigate}
      variant="light"
      fw={active ? 600 : 500}
    />
  );
}

/** A page of an area: "Entries" is also current on an entry's own page (/cpd/entries/…). */
function ChildItem({
  item,
  area,
  onNavigate,
}: {
  item: NavItem;
  area: NavItem;
  onNavigate: () => void;
}) {
  const exact = useMatch({ path: item.to, end: true }) !== null;
  const inSection = useMatch({ path: `${item.to}/*`, end: false }) !== null;
  // Other pages of the area have their own item; the area's first page owns the rest.
  const siblings = area.children?.filter((c) => c.to !== item.to).map((c) => c.to) ?? [];
  const { pathname } = useLocation();
  const onSibling = siblings.some((to) => pathname === to || pathname.startsWith(`${to}/`));
  const active = exact || (inSection && !onSibling);
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<Icon size={18} aria-hidden />}
      active={active}
      aria-current={exact ? 'page' : active ? 'true' : undefined}
      onClick={onNavigate}
      variant="light"
      fw={active ? 600 : 500}
    />
  );
}

/** Links to the pages that exist and that this person's roles allow. */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const me = useCurrentMe();
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {visibleNavItems(me).map((item) => (
        <li key={item.to}>
          <Item item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}
