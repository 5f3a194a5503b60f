import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TNotification } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatDateTime } from '../../app/format';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) =>
      api<{ notifications: TNotification[]; unread: number }>(
        'GET',
        '/api/notifications',
        undefined,
        { signal },
      ),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** Only links inside Cairn are followed in the app; anything else is shown as text. */
function inApp(link: string): string | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//')) return link;
  try {
    const url = new URL(link);
    if (url.origin === window.location.origin) return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
  return null;
}

/** The bell in the header: unread count, the latest notifications, "mark all read". */
export function NotificationsBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const query = useNotifications();
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const readOne = useMutation({
    mutationFn: (id: string) =>
      api<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`, {}),
    onSuccess: () => void refresh(),
  });
  const readAll = useMutation({
    mutationFn: () => api<void>('POST', '/api/notifications/read-all', {}),
    onSuccess: () => void refresh(),
  });

  const unread = query.data?.unread ?? 0;
  const list = query.data?.notifications ?? [];
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      disabled={unread === 0}
      size={18}
      color="red.9"
      offset={4}
    >
      <Popover
        opened={opened}
        onChange={(o) => (o ? null : close())}
        position="bottom-end"
        width={340}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            size={36}
            variant="default"
            radius="xl"
            aria-label={label}
            onClick={toggle}
            data-testid="notifications-bell"
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-labelledby="notifications-title">
          <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
            <Title order={2} fz="md" id="notifications-title">
              Notifications
            </Title>
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={unread === 0}
              loading={readAll.isPending}
              onClick={() => readAll.mutate()}
            >
              Mark all read
            </Button>
          </Group>
          <Box px="sm">
            <FormAlert error={query.error} title="Notifications did not load" />
            <FormAlert error={readAll.error ?? readOne.error} title="Not marked as read" />
          </Box>
          {query.data && list.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" pb="sm">
              Nothing yet. Cairn tells you here when a submission, an assessment or a decision needs
              you.
            </Text>
          ) : null}
          {list.length > 0 ? (
            <ScrollArea.Autosize mah={380} type="auto">
              <Stack
                component="ul"
                gap={0}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label="Latest notifications"
              >
                {list.map((n) => {
                  const to = inApp(n.link);
                  const unreadOne = n.readAt === null;
                  return (
                    <Box
                      component="li"
                      key={n.id}
                      px="sm"
                      py="xs"
                      style={{
                        borderTop: '1px solid var(--mantine-color-gray-2)',
                        background: unreadOne ? 'var(--mantine-color-cairn-0)' : undefined,
                      }}
                    >
                      <Stack gap={2}>
                        <Group gap={6} wrap="nowrap" align="baseline">
                          {unreadOne ? (
                            <Text span size="xs" fw={700} c="red.9">
                              New
                            </Text>
                          ) : null}
                          {to ? (
                            <Anchor
                              component={Link}
                              to={to}
                              size="sm"
                              fw={unreadOne ? 650 : 500}
                              onClick={() => {
                                if (unreadOne) readOne.mutate(n.id);
                                close();
                              }}
                            >
                              {n.title}
                            </Anchor>
                          ) : (
                            <Text size="sm" fw={unreadOne ? 650 : 500}>
                              {n.title}
                            </Text>
                          )}
                        </Group>
                        {n.body ? (
                          <Text size="xs" c="dimmed" lineClamp={3}>
                            {n.body}
                          </Text>
                        ) : null}
                        <Group justify="space-between" gap="xs">
                          <Text size="xs" c="dimmed">
                            <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                          </Text>
                          {unreadOne && !to ? (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => readOne.mutate(n.id)}
                              aria-label={`Mark read: ${n.title}`}
                            >
                              Mark read
                            </Button>
                          ) : null}
                        </Group>
                      </Stack>
                    </Box>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          ) : null}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
