import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TFrameworkSummary } from '../../../../contracts';

/** "Draft" or "Public" for an institution's own framework; built-in ones are public anyway. */
export function FrameworkBadges({ framework }: { framework: TFrameworkSummary }) {
  const draft = framework.status === 'draft';
  const isPublic = !framework.builtin && framework.isPublic;
  if (!draft && !isPublic) return null;
  return (
    <Group gap={6} wrap="wrap">
      {draft ? (
        <Badge variant="light" color="amber" radius="sm">
          Draft
        </Badge>
      ) : null}
      {isPublic ? (
        <Badge variant="light" color="cairn" radius="sm">
          Public
        </Badge>
      ) : null}
    </Group>
  );
}

export function NewerVersion({ framework }: { framework: TFrameworkSummary }) {
  if (!framework.newerVersion) return null;
  return (
    <Text size="sm">
      A newer version exists:{' '}
      <Anchor component={Link} to={`/frameworks/${framework.newerVersion.id}`}>
        {framework.newerVersion.version}
      </Anchor>
    </Text>
  );
}

/** "ISTE · version 2019". */
export function publisherLine(framework: TFrameworkSummary): string {
  const who = framework.publisher ?? framework.creator;
  return [who, framework.version ? `version ${framework.version}` : null]
    .filter(Boolean)
    .join(' · ');
}
