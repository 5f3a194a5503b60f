import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, errorMessage } from '../api';
import { endSession, useCurrentMe } from '../session';

export function UserMenu() {
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => api<void>('POST', '/api/auth/sign-out', {}),
    onSuccess: () => endSession(queryClient, { message: 'You have signed out.', keepNext: false }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not sign out',
        message: errorMessage(error),
      }),
  });

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="Account menu" style={{ borderRadius: '50%' }}>
          <Avatar name={me.user.name} color="cairn" radius="xl" size={36} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {me.user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/profile"
          leftSection={<IconUserCircle size={16} aria-hidden />}
        >
          Profile
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/profile/tokens"
          leftSection={<IconKey size={16} aria-hidden />}
        >
          API tokens
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
