import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import { InvitationsTable } from './InvitationsTable';
import { InviteModal } from './InviteModal';
import { MembersTable } from './MembersTable';
import { useInvitations, useMembers } from './peopleApi';

function TableSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={label}>
      <Skeleton height={36} />
      <Skeleton height={36} />
      <Skeleton height={36} />
    </Stack>
  );
}

export function PeoplePage() {
  const me = useCurrentMe();
  const isAdmin = hasAnyRole(me, ['admin']);
  const members = useMembers();
  const invitations = useInvitations(isAdmin);
  const [inviteOpened, invite] = useDisclosure(false);
  const institution = me.institution?.name ?? 'your institution';

  return (
    <>
      <PageTitle
        title="People"
        description={
          isAdmin
            ? `Everyone in ${institution}, and the invitations you have sent.`
            : `Everyone in ${institution}. Only administrators can invite people or change roles.`
        }
        actions={
          isAdmin ? (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
              Invite people
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="members-heading"
        >
          <Group justify="space-between" mb="md">
            <Title order={2} fz="lg" id="members-heading">
              Members
            </Title>
            {members.data ? (
              <Text size="sm" c="dimmed">
                {pluralise(members.data.length, 'person', 'people')}
              </Text>
            ) : null}
          </Group>
          {members.isPending ? (
            <TableSkeleton label="Loading members" />
          ) : members.isError ? (
            <FormAlert error={members.error} title="The members could not be loaded" />
          ) : (
            <MembersTable members={members.data} canEdit={isAdmin} />
          )}
        </Card>

        {isAdmin ? (
          <Card
            withBorder
            padding="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="invitations-heading"
          >
            <Title order={2} fz="lg" mb="md" id="invitations-heading">
              Invitations
            </Title>
            {invitations.isPending ? (
              <TableSkeleton label="Loading invitations" />
            ) : invitations.isError ? (
              <FormAlert error={invitations.error} title="The invitations could not be loaded" />
            ) : invitations.data.length === 0 ? (
              <Stack gap="sm" align="flex-start">
                <Text>
                  No invitations yet. Invite colleagues to join {institution}: each gets a link to
                  choose a password, with the roles you pick.
                </Text>
                <Button variant="light" onClick={invite.open}>
                  Invite your first colleague
                </Button>
              </Stack>
            ) : (
              <InvitationsTable invitations={invitations.data} />
            )}
          </Card>
        ) : null}
      </Stack>
      {isAdmin ? <InviteModal opened={inviteOpened} onClose={invite.close} /> : null}
    </>
  );
}
