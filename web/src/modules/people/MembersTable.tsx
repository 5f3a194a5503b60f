import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { TMember } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { RoleBadges } from '../../app/components/RoleBadges';
import { TableScroll } from '../../app/components/TableScroll';
import { useCurrentMe } from '../../app/session';
import { EditRolesModal } from './EditRolesModal';
import { MemberStatusModal } from './MemberStatusModal';

interface Props {
  members: TMember[];
  /** Administrators can change roles and deactivate; managers only look. */
  canEdit: boolean;
}

type Dialog = { kind: 'roles' | 'status'; member: TMember } | null;

export function MembersTable({ members, canEdit }: Props) {
  const me = useCurrentMe();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState(false);
  const show = (kind: 'roles' | 'status', member: TMember) => {
    setDialog({ kind, member });
    setOpened(true);
  };

  if (members.length === 0) {
    return <Text>No members yet. Invite colleagues to join your institution.</Text>;
  }

  return (
    <>
      <TableScroll label="Members" minWidth={canEdit ? 860 : 680}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Roles</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Last sign-in</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const isMe = member.userId === me.user.id;
              const active = member.status === 'active';
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {member.name}
                      {isMe ? (
                        <Text span c="dimmed" size="sm" fw={400}>
                          {' '}
                          (you)
                        </Text>
                      ) : null}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadges roles={member.roles} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant={active ? 'light' : 'outline'}
                      color={active ? 'cairn' : 'gray'}
                      radius="sm"
                    >
                      {active ? 'Active' : 'Deactivated'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={member.lastSignInAt} fallback="Never" />
                    </Text>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => show('roles', member)}
                          aria-label={`Edit roles for ${member.name}`}
                        >
                          Edit roles
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => show('status', member)}
                          aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${member.name}`}
                        >
                          {active ? 'Deactivate' : 'Reactivate'}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {dialog?.kind === 'roles' ? (
        <EditRolesModal member={dialog.member} opened={opened} onClose={() => setOpened(false)} />
      ) : null}
      {dialog?.kind === 'status' ? (
        <MemberStatusModal
          member={dialog.member}
          opened={opened}
          onClose={() => setOpened(false)}
        />
      ) : null}
    </>
  );
}
