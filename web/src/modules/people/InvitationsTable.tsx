import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TInvitation } from '../../../../contracts';
import { api } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { DateTime } from '../../app/components/DateTime';
import { RoleBadges } from '../../app/components/RoleBadges';
import { Breakable, Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { useIsPhone } from '../../app/media';
import { INVITATIONS_KEY } from './peopleApi';

const STATE_LABELS: Record<TInvitation['state'], { label: string; color: string }> = {
  pending: { label: 'Pending', color: 'blue' },
  accepted: { label: 'Accepted', color: 'cairn' },
  expired: { label: 'Expired', color: 'gray' },
  revoked: { label: 'Revoked', color: 'gray' },
};

/**
 * The email address, with the invitee's name under it when the inviter gave one. In the
 * table the address stays on one line; in a phone's card it may break.
 */
function Invitee({ invitation, nowrap }: { invitation: TInvitation; nowrap: boolean }) {
  return (
    <>
      <Text size="sm" fw={600} style={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
        {nowrap ? invitation.email : <Breakable text={invitation.email} />}
      </Text>
      {invitation.name ? (
        <Text size="sm" c="dimmed">
          {invitation.name}
        </Text>
      ) : null}
    </>
  );
}

function InvitationState({ invitation }: { invitation: TInvitation }) {
  const state = STATE_LABELS[invitation.state];
  return (
    <Badge variant="light" color={state.color} radius="sm">
      {state.label}
    </Badge>
  );
}

export function InvitationsTable({ invitations }: { invitations: TInvitation[] }) {
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const [target, setTarget] = useState<TInvitation | null>(null);
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: (invitation: TInvitation) =>
      api<void>('DELETE', `/api/invitations/${invitation.id}`, {}),
    onSuccess: (_data, invitation) => {
      void queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
      setConfirming(false);
      notifications.show({
        color: 'cairn',
        title: 'Invitation revoked',
        message: `The link sent to ${invitation.email} no longer works.`,
      });
    },
  });

  const revokeButton = (invitation: TInvitation, size: 'xs' | 'sm') =>
    invitation.state === 'pending' ? (
      <Button
        size={size}
        variant="default"
        aria-label={`Revoke invitation for ${invitation.email}`}
        onClick={() => {
          revoke.reset();
          setTarget(invitation);
          setConfirming(true);
        }}
      >
        Revoke
      </Button>
    ) : null;

  return (
    <>
      {isPhone ? (
        <StackedList label="Invitations">
          {invitations.map((invitation) => (
            <StackedItem key={invitation.id} actions={revokeButton(invitation, 'sm')}>
              <Field label="Email">
                <Invitee invitation={invitation} nowrap={false} />
              </Field>
              <Field label="Roles">
                <RoleBadges roles={invitation.roles} />
              </Field>
              <Field label="Status">
                <InvitationState invitation={invitation} />
              </Field>
              <Field label="Invited by">{invitation.invitedBy ?? 'Unknown'}</Field>
              <Field label="Sent">
                <DateTime value={invitation.createdAt} dateOnly />
              </Field>
              <Field label="Expires">
                <DateTime value={invitation.expiresAt} dateOnly />
              </Field>
            </StackedItem>
          ))}
        </StackedList>
      ) : (
        <TableScroll label="Invitations" minWidth={860}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Roles</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Invited by</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Invitee invitation={invitation} nowrap />
                  </Table.Td>
                  <Table.Td>
                    <RoleBadges roles={invitation.roles} />
                  </Table.Td>
                  <Table.Td>
                    <InvitationState invitation={invitation} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.invitedBy ?? 'Unknown'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={invitation.createdAt} dateOnly />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <DateTime value={invitation.expiresAt} dateOnly />
                    </Text>
                  </Table.Td>
                  <Table.Td>{revokeButton(invitation, 'xs')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ConfirmModal
        opened={confirming}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => {
          if (target) revoke.mutate(target);
        }}
        onClose={() => setConfirming(false)}
      >
        <Text>
          The link sent to {target?.email} will stop working. You can invite them again later.
        </Text>
      </ConfirmModal>
    </>
  );
}
