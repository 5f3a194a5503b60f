import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { type CSSProperties, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TSchemeKey } from '../../../../contracts';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { DateTime } from '../../app/components/DateTime';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { useIssued, useRotateKey, useSchemeKeys } from './credentialsApi';
import { StateBadge } from './StateBadge';

function KeyCard({ k }: { k: TSchemeKey }) {
  return (
    <Card
      withBorder
      padding="md"
      component="li"
      aria-label={k.current ? 'Current key' : 'Retired key'}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          {k.current ? (
            <Badge
              color="green"
              variant="light"
              tt="none"
              style={{ '--badge-color': 'var(--mantine-color-dark-8)' } as CSSProperties}
            >
              Current: signs new credentials
            </Badge>
          ) : (
            <Badge
              color="gray"
              variant="light"
              tt="none"
              style={{ '--badge-color': 'var(--mantine-color-dark-8)' } as CSSProperties}
            >
              Retired: still verifies what it signed
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {pluralise(k.credentialsSigned, 'credential')} signed
          </Text>
        </Group>
        <Text size="sm">
          Created <DateTime value={k.createdAt} />
          {k.retiredAt ? (
            <>
              {' '}
              · retired <DateTime value={k.retiredAt} />
            </>
          ) : null}
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {k.controller}
        </Code>
      </Stack>
    </Card>
  );
}

/** A scheme's signing keys, for its coordinators: see them, rotate them; and what it issued. */
export function SchemeKeysPage() {
  const { schemeId = '' } = useParams();
  const keys = useSchemeKeys(schemeId);
  const issued = useIssued(schemeId);
  const rotate = useRotateKey(schemeId);
  const [confirming, setConfirming] = useState(false);
  const data = keys.data;
  return (
    <>
      <PageTitle
        title={data ? `Signing keys: ${data.schemeName}` : 'Signing keys'}
        description="Each credential is signed with the scheme’s current key, whose public half is in the credential itself. Rotate the key if you suspect it leaked or on a schedule: retired keys keep verifying what they signed."
        actions={
          data ? (
            <Button
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              Rotate key
            </Button>
          ) : null
        }
      />
      {keys.isPending ? <Loader aria-label="Loading the keys" /> : null}
      <FormAlert error={keys.error} title="The keys could not be loaded" />
      {data ? (
        <Stack gap="lg">
          {data.keys.length === 0 ? (
            <Text c="dimmed">
              No key yet: one is created when the scheme issues its first credential, or when you
              rotate now.
            </Text>
          ) : (
            <Stack
              component="ul"
              gap="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label="Keys"
            >
              {data.keys.map((k) => (
                <KeyCard key={k.id} k={k} />
              ))}
            </Stack>
          )}
          <section aria-labelledby="issued-heading">
            <Title order={2} fz="xl" mb="sm" id="issued-heading">
              Issued credentials
            </Title>
            <FormAlert error={issued.error} title="The issued credentials could not be loaded" />
            {issued.data?.credentials.length === 0 ? (
              <Text c="dimmed">
                None yet: credentials are issued when a portfolio passes review.
              </Text>
            ) : null}
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {issued.data?.credentials.map((c) => (
                <Card component="li" key={c.id} withBorder padding="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0}>
                      <Anchor component={Link} to={`/credentials/${c.id}`} fw={600}>
                        {c.holderName}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {c.achievementName} · issued <DateTime value={c.validFrom} dateOnly />
                      </Text>
                    </Stack>
                    <StateBadge state={c.state} />
                  </Group>
                </Card>
              ))}
            </Stack>
          </section>
        </Stack>
      ) : null}
      <ConfirmModal
        opened={confirming}
        title="Rotate the signing key?"
        confirmLabel="Rotate key"
        loading={rotate.isPending}
        error={rotate.error}
        onConfirm={() => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => {
          setConfirming(false);
          rotate.reset();
        }}
      >
        <Text size="sm">
          A new key signs every credential from now on. The current key is retired: credentials it
          signed keep verifying, and Cairn’s verifier says they were signed with a retired key of
          this scheme.
        </Text>
      </ConfirmModal>
    </>
  );
}
