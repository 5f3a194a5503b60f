import { Anchor, AppShell, Burger, Box, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { QuickCapture } from '../../modules/cpd/QuickCapture';
import { NotificationsBell } from '../../modules/reviews/NotificationsBell';
import { CairnMark, TAGLINE } from '../components/CairnLogo';
import { PageLoader } from '../components/FullPage';
import { useIsPhone } from '../media';
import { useCurrentMe, useSetupStatus } from '../session';
import { InstitutionSwitcher } from './InstitutionSwitcher';
import { Navigation } from './Navigation';
import { SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/** The signed-in app: header (name, institution switcher, account menu), navigation and main. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the "sm" breakpoint the navigation slides in; when it is hidden it must not take focus.
  const isPhone = useIsPhone();
  const version = useSetupStatus().data?.version;
  // Quick capture (the header button and Alt+N) needs a membership to log CPD in.
  const me = useCurrentMe();
  useFocusOnNavigate();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group
          h="100%"
          px={{ base: 'sm', sm: 'md' }}
          justify="space-between"
          wrap="nowrap"
          gap="xs"
        >
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Anchor component={Link} to="/" underline="never" aria-label="Cairn home" c="cairn.9">
              <Group gap={8} wrap="nowrap">
                <CairnMark size={32} />
                <Text span fw={700} fz={22} visibleFrom="xs">
                  Cairn
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {me.institution && me.roles.length > 0 ? <QuickCapture /> : null}
            <NotificationsBell />
            <InstitutionSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="app-navigation" aria-label="Main" inert={isPhone && !opened}>
        {/* A long navigation scrolls inside the bar, so every link stays reachable. */}
        <AppShell.Section grow style={{ minHeight: 0, overflowY: 'auto' }}>
          <Navigation onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Box px="xs" pt="md">
            <Text size="xs" c="dimmed">
              {TAGLINE}
            </Text>
            {version ? (
              <Text size="xs" c="dimmed" mt={4}>
                Cairn {version}
              </Text>
            ) : null}
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1100} mx="auto">
          <Suspense fallback={<PageLoader />}>{children ?? <Outlet />}</Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
