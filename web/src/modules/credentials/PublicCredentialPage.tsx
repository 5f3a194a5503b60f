import { Anchor, Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { useDocumentTitle } from '../../app/components/PageTitle';
import { usePublicCredential } from './credentialsApi';
import { PublicShell } from './PublicShell';
import { VerificationReport } from './VerificationReport';

/** The public verification page of a credential its holder shared. */
export function PublicCredentialPage() {
  const { id = '' } = useParams();
  const query = usePublicCredential(id);
  const data = query.data;
  const name = data?.report.credential.achievement.name ?? 'Credential';
  useDocumentTitle(data ? `${name} · verification` : 'Credential verification');

  const download = () => {
    if (!data) return;
    const blob = new Blob([JSON.stringify(data.credential, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `credential-${id}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <PublicShell>
      {query.isPending ? <Loader aria-label="Loading the credential" /> : null}
      {query.isError ? (
        <Card withBorder padding="xl">
          <Stack gap="sm">
            <Title order={1} fz={26}>
              {isApiError(query.error) && query.error.status === 404
                ? 'There is no public credential here'
                : 'The credential could not be loaded'}
            </Title>
            <Text>
              {isApiError(query.error) && query.error.status === 404
                ? 'The link is wrong, or its holder has not made this credential public (or no longer does). If you have the credential file, you can still check it.'
                : 'Cairn could not load it just now. Try again in a moment.'}
            </Text>
            <Anchor component={Link} to="/verify">
              Verify a credential file
            </Anchor>
          </Stack>
        </Card>
      ) : null}
      {data ? (
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} fz={{ base: 26, sm: 32 }}>
              {name}
            </Title>
            <Text c="dimmed">
              {data.report.credential.recipientName
                ? `Awarded to ${data.report.credential.recipientName}`
                : 'Credential'}
              {data.report.issuer.name ? ` by ${data.report.issuer.name}` : ''}
            </Text>
          </Stack>
          <VerificationReport report={data.report} />
          <Stack gap="xs" align="flex-start">
            <Button
              variant="default"
              onClick={download}
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download the credential (JSON)
            </Button>
            <Text size="sm" c="dimmed">
              The file verifies on its own, with any Open Badges 3.0 verifier.
            </Text>
          </Stack>
        </Stack>
      ) : null}
    </PublicShell>
  );
}
