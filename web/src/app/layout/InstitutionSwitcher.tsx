import { Button, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingPlus, IconCheck, IconSelector } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TMe } from '../../../../contracts';
import { CreateInstitutionModal } from '../../modules/institution/CreateInstitutionModal';
import { api, errorMessage } from '../api';
import { formatRoles } from '../format';
import { replaceMe, useCurrentMe } from '../session';

/** Shows the current institution and lets the person switch to another or create one. */
export function InstitutionSwitcher() {
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const [createOpened, createModal] = useDisclosure(false);

  const switcher = useMutation({
    mutationFn: (institutionId: string) =>
      api<TMe>('POST', '/api/me/institution', { institutionId }),
    onSuccess: (next) => {
      replaceMe(queryClient, next);
      notifications.show({
        color: 'cairn',
        title: 'Institution switched',
        message: `You are now working in ${next.institution?.name ?? 'another institution'}.`,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not switch institution',
        message: errorMessage(error),
      }),
  });

  const currentId = me.institution?.id ?? null;
  return (
    <>
      <Menu position="bottom-end" width={300} shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconSelector size={16} aria-hidden />}
            loading={switcher.isPending}
            maw={{ base: 170, sm: 320 }}
            styles={{ label: { overflow: 'hidden' } }}
          >
            <VisuallyHidden>Institution: </VisuallyHidden>
            <Text span truncate="end" size="sm" fw={500}>
              {me.institution?.name ?? 'No institution'}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your institutions</Menu.Label>
          {me.memberships.length === 0 ? (
            <Text size="sm" px="sm" py={6}>
              You are not a member of any institution yet.
            </Text>
          ) : null}
          {me.memberships.map((membership) => {
            const current = membership.institution.id === currentId;
            return (
              <Menu.Item
                key={membership.institution.id}
                leftSection={
                  current ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />
                }
                onClick={() => {
                  if (!current) switcher.mutate(membership.institution.id);
                }}
                aria-current={current ? 'true' : undefined}
              >
                <Stack gap={0}>
                  <Text size="sm" fw={current ? 600 : 400}>
                    {membership.institution.name}
                    {current ? <VisuallyHidden> (current)</VisuallyHidden> : null}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatRoles(membership.roles)}
                  </Text>
                </Stack>
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBuildingPlus size={16} aria-hidden />}
            onClick={createModal.open}
          >
            Create a new institution
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateInstitutionModal opened={createOpened} onClose={createModal.close} />
    </>
  );
}
