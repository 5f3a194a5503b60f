import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TCredentialSummary } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { downloadPath, useMyCredentials } from './credentialsApi';
import { PublicLink } from './PublicLink';
import { StateBadge } from './StateBadge';

function CredentialCard({ c }: { c: TCredentialSummary }) {
  return (
    <Card withBorder padding="md" component="article" aria-label={c.achievementName}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={`/credentials/${c.id}`} fw={650} fz="lg">
            {c.achievementName}
          </Anchor>
          <StateBadge state={c.state} />
        </Group>
        <Text size="sm" c="dimmed">
          {c.schemeName} · {c.institutionName}
        </Text>
        <Group gap="xl" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Issued
            </Text>
            <Text size="sm">
              <DateTime value={c.validFrom} dateOnly />
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Review due
            </Text>
            <Text size="sm">
              <DateTime value={c.validUntil} dateOnly fallback="No review date" />
            </Text>
          </Stack>
        </Group>
        {c.state === 'revoked' && c.revokedReason ? (
          <Text size="sm">Revoked: {c.revokedReason}</Text>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Button
            component="a"
            href={downloadPath(c.id)}
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            aria-label={`Download ${c.achievementName} as JSON`}
          >
            Download JSON
          </Button>
          <PublicLink credential={c} compact />
        </Group>
      </Stack>
    </Card>
  );
}

/** My credentials: what schemes issued me, with their state, files and public links. */
export function CredentialsPage() {
  const query = useMyCredentials();
  const list = query.data?.credentials ?? [];
  return (
    <>
      <PageTitle
        title="Credentials"
        description="Open Badges 3.0 credentials issued to you. Anyone can check them: share the public page, or the JSON file, which verifies on its own."
        actions={
          <Button
            component={Link}
            to="/verify"
            variant="default"
            leftSection={<IconShieldCheck size={16} aria-hidden />}
          >
            Verify a credential
          </Button>
        }
      />
      {query.isPending ? <Loader aria-label="Loading your credentials" /> : null}
      <FormAlert error={query.error} title="Your credentials could not be loaded" />
      {query.isSuccess && list.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs" ta="center">
            <IconCertificate size={40} aria-hidden stroke={1.4} />
            <Title order={2} fz="lg">
              Your credentials will appear here
            </Title>
            <Text c="dimmed" maw={460}>
              No credentials yet: they are issued when a portfolio passes review. Each one is
              signed, so anyone can check it is genuine.
            </Text>
            <Anchor component={Link} to="/portfolios">
              Go to your portfolios
            </Anchor>
          </Stack>
        </Card>
      ) : null}
      {list.length ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.map((c) => (
            <CredentialCard key={c.id} c={c} />
          ))}
        </SimpleGrid>
      ) : null}
    </>
  );
}
