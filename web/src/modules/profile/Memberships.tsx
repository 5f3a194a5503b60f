import { Badge, Group, Stack, Text } from '@mantine/core';
import { SECTOR_LABELS, type TMe } from '../../../../contracts';
import { RoleBadges } from '../../app/components/RoleBadges';

export function Memberships({ me }: { me: TMe }) {
  if (me.memberships.length === 0) {
    return (
      <Text>
        You are not a member of any institution yet. Create one from the institution menu at the top
        of the page, or ask an administrator to invite you.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {me.memberships.map((membership) => {
        const current = membership.institution.id === me.institution?.id;
        return (
          <li key={membership.institution.id}>
            <Group justify="space-between" wrap="wrap" gap="xs" py={6}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{membership.institution.name}</Text>
                  {current ? (
                    <Badge variant="outline" size="sm" radius="sm">
                      Current
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {SECTOR_LABELS[membership.institution.sector]}
                </Text>
              </Stack>
              <RoleBadges roles={membership.roles} />
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
