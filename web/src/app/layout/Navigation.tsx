import { NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconBuilding,
  IconHome,
  IconKey,
  IconListDetails,
  IconListTree,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link, useMatch } from 'react-router';
import type { TMe, TRole } from '../../../../contracts';
import { PAGE_ROLES } from '../roles';
import { hasAnyRole, useCurrentMe } from '../session';

interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** Roles in the current institution that may see the page; none means everyone signed in. */
  roles?: readonly TRole[];
  /** Also active on the pages below it (/frameworks/…); exact by default. */
  section?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'Home', icon: IconHome },
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
