import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { TMember } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { RoleBadges } from '../../app/components/RoleBadges';
import { Breakable, Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { useIsPhone } from '../../app/media';
import { useCurrentMe } from '../../app/session';
import { EditRolesModal } from './EditRolesModal';
import { MemberStatusModal } from './MemberStatusModal';

interface Props {
  members: TMember[];
  /** Administrators can change roles and deactivate; managers only look. */
  canEdit: boolean;
}

type Dialog = { kind: 'roles' | 'status'; member: TMember } | null;

function MemberName({ member, isMe }: { member: TMember; isMe: boolean }) {
  return (
    <Text fw={600} size="sm">
      {member.name}
      {isMe ? (
        <Text span c="dimmed" size="sm" fw={400}>
          {' '}
          (you)
        </Text>
      ) : null}
    </Text>
  );
}

function MemberStatus({ active }: { active: boolean }) {
  return (
    <Badge variant={active ? 'light' : 'outline'} color={active ? 'cairn' : 'gray'} radius="sm">
      {active ? 'Active' : 'Deactivated'}
    </Badge>
  );
}

export function MembersTable({ members, canEdit }: Props) {
  const me = useCurrentMe();
  const isPhone = useIsPhone();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState(false);
  const show = (kind: 'roles' | 'status', member: TMember) => {
    setDialog({ kind, member });
    setOpened(true);
  };

  if (members.length === 0) {
    return <Text>No members yet. Invite colleagues to join your institution.</Text>;
  }

  const actions = (member: TMember, size: 'xs' | 'sm') => {
    const active = member.status === 'active';
    return (
      <>
        <Button
          size={size}
          variant="default"
          onClick={() => show('roles', member)}
          aria-label={`Edit roles for ${member.name}`}
        >
          Edit roles
        </Button>
        <Button
          size={size}
          variant="default"
          onClick={() => show('status', member)}
          aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${member.name}`}
        >
          {active ? 'Deactivate' : 'Reactivate'}
        </Button>
      </>
    );
  };

  return (
    <>
      {isPhone ? (
        <StackedList label="Members">
          {members.map((member) => (
            <StackedItem key={member.id} actions={canEdit ? actions(member, 'sm') : null}>
              <Field label="Name">
                <MemberName member={member} isMe={member.userId === me.user.id} />
              </Field>
              <Field label="Email">
                <Breakable text={member.email} />
              </Field>
              <Field label="Roles">
                <RoleBadges roles={member.roles} />
              </Field>
              <Field label="Status">
                <MemberStatus active={member.status === 'active'} />
              </Field>
              <Field label="Last sign-in">
                <DateTime value={member.lastSignInAt} fallback="Never" />
              </Field>
            </StackedItem>
          ))}
        </StackedList>
      ) : (
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
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <MemberName member={member} isMe={member.userId === me.user.id} />
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
                    <MemberStatus active={member.status === 'active'} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={member.lastSignInAt} fallback="Never" />
                    </Text>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {actions(member, 'xs')}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
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
