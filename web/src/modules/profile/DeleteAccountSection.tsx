import { Alert, Button, List, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TDeletionImpact } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { DeleteAccountModal } from './DeleteAccountModal';

const DELETION_KEY = ['me', 'deletion'] as const;

/** Says what deletion would do (and what stands in its way) before anyone confirms. */
export function DeleteAccountSection() {
  const [opened, { open, close }] = useDisclosure(false);
  const impact = useQuery({
    queryKey: DELETION_KEY,
    queryFn: () => api<TDeletionImpact>('GET', '/api/me/deletion'),
  });

  if (impact.isPending) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Checking what deleting your account would do">
        <Skeleton height={16} width="60%" />
        <Skeleton height={16} width="80%" />
        <Skeleton height={36} width={180} />
      </Stack>
    );
  }
  if (impact.isError) {
    return <FormAlert error={impact.error} title="Cairn could not check what deletion would do" />;
  }

  const { consequences, blockers } = impact.data;
  const blocked = blockers.length > 0;
  return (
    <Stack gap="md" align="flex-start">
      <Text>If you delete your account:</Text>
      <List spacing={4}>
        {consequences.map((consequence) => (
          <List.Item key={consequence}>{consequence}</List.Item>
        ))}
      </List>
      {blocked ? (
        <Alert
          color="amber"
          variant="light"
          title="You cannot delete your account yet"
          icon={<IconAlertTriangle aria-hidden />}
          role="note"
          w="100%"
        >
          <List spacing={4} size="sm">
            {blockers.map((blocker) => (
              <List.Item key={blocker}>{blocker}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Button color="red" onClick={open} disabled={blocked}>
        Delete my account
      </Button>
      <DeleteAccountModal opened={opened} onClose={close} consequences={consequences} />
    </Stack>
  );
}
