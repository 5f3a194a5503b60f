import { Box, Container, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { Outlet } from 'react-router';
import { CairnLogo, TAGLINE } from '../components/CairnLogo';
import { PageLoader } from '../components/FullPage';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/** Pages for people who are not signed in: a centred card under the Cairn name. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  useFocusOnNavigate();
  return (
    <Box mih="100vh" bg="gray.0">
      <SkipLink />
      <Container size={520} py={{ base: 'lg', sm: 48 }} px="md">
        <Stack gap="lg">
          <Box component="header">
            <Stack gap={6} align="center">
              <CairnLogo size={40} />
              <Text size="sm" c="dimmed" ta="center">
                {TAGLINE}
              </Text>
            </Stack>
          </Box>
          <Paper
            component="main"
            id="main"
            tabIndex={-1}
            withBorder
            shadow="xs"
            radius="lg"
            p={{ base: 'lg', sm: 'xl' }}
          >
            <Suspense fallback={<PageLoader />}>{children ?? <Outlet />}</Suspense>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
