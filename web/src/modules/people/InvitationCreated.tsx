import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import { CopyField } from '../../app/components/CopyField';
import { DateTime } from '../../app/components/DateTime';
import { formatRoles } from '../../app/format';
import type { CreatedInvitation } from './peopleApi';

interface Props {
  created: CreatedInvitation;
  onAnother: () => void;
  onDone: () => void;
}

export function InvitationCreated({ created, onAnother, onDone }: Props) {
  const { invitation, link, emailed } = created;
  return (
    <Stack gap="md">
      <Text>
        {invitation.name ? `${invitation.name} (${invitation.email})` : invitation.email} is invited
        as {formatRoles(invitation.roles)}.
      </Text>
      {emailed ? (
        <Alert
          color="cairn"
          variant="light"
          icon={<IconMailCheck aria-hidden />}
          title="Invitation emailed"
          role="status"
        >
          We emailed the invitation to {invitation.email}. You can also pass on the link below.
        </Alert>
      ) : (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title="Not emailed"
          role="status"
        >
          Email is not configured on this server, so pass this link on yourself.
        </Alert>
      )}
      <Text size="sm">
        The link works once, for {invitation.email} only, until{' '}
        <DateTime value={invitation.expiresAt} />.
      </Text>
      <CopyField value={link} copyLabel="Copy link" testId="invitation-link" />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onAnother}>
          Invite someone else
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
