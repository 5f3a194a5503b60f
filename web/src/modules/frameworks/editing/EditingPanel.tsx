import { Group, Text } from '@mantine/core';
import type { TFrameworkSummary } from '../../../../../contracts';
import { useCanEditFrameworks } from './common';
import { CopyButton } from './CopyFramework';
import { DraftPanel, PublishedPanel } from './PublishAndVersions';

/** What administrators and managers can do with the framework on screen. */
export function EditingPanel({ framework }: { framework: TFrameworkSummary }) {
  const canEdit = useCanEditFrameworks();
  if (!canEdit) return null;
  if (framework.builtin) {
    return (
      <Group gap="sm" align="center" wrap="wrap">
        <CopyButton framework={framework} variant="filled" />
        <Text size="sm" c="dimmed" style={{ flex: '1 1 16rem' }}>
          Built-in frameworks cannot be changed. A copy is a draft of your institution that you can
          adapt and publish.
        </Text>
      </Group>
    );
  }
  if (framework.status === 'draft') return <DraftPanel framework={framework} />;
  return <PublishedPanel framework={framework} />;
}
