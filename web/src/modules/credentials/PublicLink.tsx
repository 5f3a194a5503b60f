import { Button, CopyButton, Group, Switch, Text } from '@mantine/core';
import { IconCheck, IconLink } from '@tabler/icons-react';
import type { TCredentialSummary } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { publicPageUrl, useSetPublic } from './credentialsApi';

/**
 * The holder's public verification page: a switch to open it, and a button that copies its
 * address. Closed by default, since the page shows the holder's name.
 */
export function PublicLink({
  credential,
  compact = false,
}: {
  credential: TCredentialSummary;
  compact?: boolean;
}) {
  const setPublic = useSetPublic(credential.id);
  const url = publicPageUrl(credential.id);
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <Switch
        checked={credential.public}
        disabled={setPublic.isPending}
        onChange={(e) => setPublic.mutate(e.currentTarget.checked)}
        label={compact ? 'Public page' : 'Anyone with the link can see the verification page'}
        aria-label={
          compact ? `Public verification page for ${credential.achievementName}` : undefined
        }
      />
      {credential.public ? (
        <CopyButton value={url} timeout={2500}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'subtle'}
              onClick={copy}
              leftSection={
                copied ? <IconCheck size={16} aria-hidden /> : <IconLink size={16} aria-hidden />
              }
              aria-live="polite"
            >
              {copied ? 'Link copied' : 'Copy public link'}
            </Button>
          )}
        </CopyButton>
      ) : compact ? null : (
        <Text size="sm" c="dimmed">
          Switch it on to get a link you can share.
        </Text>
      )}
      <FormAlert error={setPublic.error} title="The page could not be changed" />
    </Group>
  );
}
