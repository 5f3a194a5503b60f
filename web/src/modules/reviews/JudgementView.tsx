import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import {
  ASSESSOR_ROLE_LABELS,
  JUDGEMENT_VALUE_LABELS,
  OUTCOME_LABELS,
  type TJudgement,
} from '../../../../contracts';
import { formatDate } from '../../app/format';
import { PART_LABELS, PARTS } from './words';

type Value = TJudgement['sections'][number]['description'];

function Mark({ value }: { value: Value }) {
  if (value === null)
    return (
      <Text span size="sm" c="dimmed">
        Not judged
      </Text>
    );
  const met = value === 'met';
  return (
    <Group gap={4} wrap="nowrap" component="span">
      {met ? (
        <IconCircleCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />
      ) : (
        <IconCircleDashed size={16} color="var(--mantine-color-orange-8)" aria-hidden />
      )}
      <Text span size="sm" fw={met ? 500 : 650}>
        {JUDGEMENT_VALUE_LABELS[value]}
      </Text>
    </Group>
  );
}

/** One assessor's judgement, read-only: each section's three marks and comment, then feedback. */
export function JudgementView({ j, title }: { j: TJudgement; title?: string }) {
  const heading =
    title ?? `${ASSESSOR_ROLE_LABELS[j.role]}${j.assessorName ? `: ${j.assessorName}` : ''}`;
  const id = `rv-j-${j.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} fz="md" id={id}>
            {heading}
          </Title>
          {j.recommendation ? (
            <Badge variant="light" color="gray">
              Recommends: {OUTCOME_LABELS[j.recommendation]}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {j.submittedAt ? `Submitted ${formatDate(j.submittedAt)}` : 'Draft, not submitted'}
        </Text>
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {j.sections.map((s) => (
            <Card component="li" key={s.sectionKey} withBorder padding="xs" bg="gray.0">
              <Text fw={600} size="sm">
                {s.sectionTitle || s.sectionKey}
              </Text>
              <Stack component="dl" gap={2} m={0} mt={4}>
                {PARTS.filter((part) => s[part] !== null).map((part) => (
                  <Group key={part} gap="xs" wrap="nowrap">
                    <Text component="dt" size="sm" c="dimmed" w="6.5rem">
                      {PART_LABELS[part]}
                    </Text>
                    <dd style={{ margin: 0 }}>
                      <Mark value={s[part]} />
                    </dd>
                  </Group>
                ))}
              </Stack>
              {s.comment ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {s.comment}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
        <Stack gap={2}>
          <Title order={4} fz="sm">
            Overall feedback
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {j.overallFeedback || '—'}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
}
