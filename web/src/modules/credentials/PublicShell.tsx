import { Anchor, Box, Container, Group, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CairnLogo } from '../../app/components/CairnLogo';

/** The frame of the pages open to everyone: the logo, then the page. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Container size={860} py={{ base: 'md', sm: 'xl' }} px="md">
        <Stack gap="lg">
          <Group component="header" justify="space-between" wrap="wrap" gap="sm">
            <Anchor component={Link} to="/" aria-label="Cairn home">
              <CairnLogo size={32} />
            </Anchor>
            <Group gap={6} c="dimmed">
              <IconShieldCheck size={16} aria-hidden />
              <Text size="sm">Credential verification</Text>
            </Group>
          </Group>
          <Box component="main" id="main" tabIndex={-1}>
            {children}
          </Box>
        </Stack>
      </Container>
    </Box>
  );
}
