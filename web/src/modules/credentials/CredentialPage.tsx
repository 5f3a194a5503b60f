import {
  Anchor,
  Box,
  Button,
  Card,
  Code,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBan, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DateTime } from '../../app/components/DateTime';
import { FormAlert } from '../../app/components/FormAlert';
import { ModalForm } from '../../app/components/ModalForm';
import { PageTitle } from '../../app/components/PageTitle';
import { isApiError } from '../../app/api';
import { fieldKey, formatFieldMessage } from '../../app/forms';
import { useCurrentMe } from '../../app/session';
import { downloadPath, useCredential, useReportOf, useRevoke } from './credentialsApi';
import { PublicLink } from './PublicLink';
import { StateBadge } from './StateBadge';
import { VerificationReport } from './VerificationReport';

function reasonError(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const f = error.fields.find((x) => fieldKey(x.path) === 'reason');
  return f ? formatFieldMessage('Reason', f.message) : undefined;
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const revoke = useRevoke(id);
  const close = () => {
    setOpen(false);
    revoke.reset();
  };
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconBan size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        Revoke
      </Button>
      <Modal opened={open} onClose={close} title={`Revoke “${name}”`} centered>
        <ModalForm
          onSubmit={() => revoke.mutate(reason, { onSuccess: close })}
          error={revoke.error}
          errorTitle="The credential was not revoked"
          knownFields={['reason']}
          submitLabel="Revoke credential"
          submitProps={{ color: 'red' }}
          pending={revoke.isPending}
          onCancel={close}
        >
          <Text size="sm">
            From now on this credential verifies as revoked, with the date and your reason. The
            holder keeps the file, but Cairn’s verifier and its public page say it is revoked. This
            cannot be undone.
          </Text>
          <Textarea
            label="Reason"
            description="The holder and anyone verifying the credential will see it."
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reasonError(revoke.error)}
          />
        </ModalForm>
      </Modal>
    </>
  );
}

/** One credential: its report, its public page and file, and for coordinators, revocation. */
export function CredentialPage() {
  const { id = '' } = useParams();
  const query = useCredential(id);
  const c = query.data;
  const report = useReportOf(id, c?.credential);
  return (
    <>
      <Anchor component={Link} to="/credentials" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> Credentials
        </Group>
      </Anchor>
      {query.isPending ? <Loader aria-label="Loading the credential" /> : null}
      <FormAlert error={query.error} title="This credential could not be opened" />
      {c ? (
        <Stack gap="lg" mt="sm">
          <PageTitle
            title={c.achievementName}
            description={
              <Group gap="xs" component="span" wrap="wrap">
                <StateBadge state={c.state} />
                <span>
                  {c.holderName} · {c.schemeName} · issued <DateTime value={c.validFrom} dateOnly />{' '}
                  · review due <DateTime value={c.validUntil} dateOnly fallback="never" />
                </span>
              </Group>
            }
            actions={
              c.canRevoke && c.state !== 'revoked' ? (
                <RevokeButton id={c.id} name={c.achievementName} />
              ) : null
            }
          />
          <DetailActions id={c.id} detail={c} />
          <Box>
            <Title order={2} fz="xl" mb="sm">
              Verification
            </Title>
            {report.isPending ? <Loader aria-label="Verifying" size="sm" /> : null}
            <FormAlert error={report.error} title="The credential could not be verified just now" />
            {report.data ? <VerificationReport report={report.data} headingLevel={3} /> : null}
          </Box>
          <Card withBorder padding="md">
            <Box component="details">
              <Box component="summary" style={{ cursor: 'pointer' }}>
                <Text component="span" fw={600}>
                  The signed JSON
                </Text>
              </Box>
              <Code
                block
                mt="sm"
                style={{
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-all',
                  maxHeight: 420,
                  overflow: 'auto',
                }}
              >
                {JSON.stringify(c.credential, null, 2)}
              </Code>
            </Box>
          </Card>
        </Stack>
      ) : null}
    </>
  );
}

function DetailActions({
  id,
  detail,
}: {
  id: string;
  detail: NonNullable<ReturnType<typeof useCredential>['data']>;
}) {
  const me = useCurrentMe();
  if (me.user.id !== detail.holderId) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Share it
        </Title>
        <Group gap="md" wrap="wrap">
          <Button
            component="a"
            href={downloadPath(id)}
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download JSON
          </Button>
        </Group>
        <PublicLink credential={detail} />
        <Text size="sm" c="dimmed">
          The JSON file verifies on its own, anywhere: on this Cairn’s{' '}
          <Anchor component={Link} to="/verify">
            verification page
          </Anchor>
          , or offline with <Code>npx cairn verify-credential</Code>.
        </Text>
      </Stack>
    </Card>
  );
}
