import { Badge, Group } from '@mantine/core';
import { ROLE_LABELS, type TRole } from '../../../../contracts';

const ROLE_COLORS: Record<TRole, string> = {
  admin: 'grape',
  manager: 'indigo',
  assessor: 'violet',
  practitioner: 'cairn',
};

export function RoleBadges({ roles }: { roles: readonly TRole[] }) {
  if (roles.length === 0) return <>No roles</>;
  return (
    <Group gap={4} wrap="wrap">
      {roles.map((role) => (
        <Badge key={role} variant="light" color={ROLE_COLORS[role]} radius="sm">
          {ROLE_LABELS[role]}
        </Badge>
      ))}
    </Group>
  );
}
