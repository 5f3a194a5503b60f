import { Badge, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { TCompleteness } from '../../../../contracts';
import { pluralise } from '../../app/format';

/** What the checker says is missing, each problem a button that opens its section. */
export function CompletenessPanel({
  completeness,
  onOpenSection,
  headingId = 'pf-check-heading',
  currentSectionId,
}: {
  completeness: TCompleteness;
  onOpenSection: (sectionId: string) => void;
  headingId?: string;
  /** Beside the editor: the open section's problems (and the whole portfolio's) until asked for all. */
  currentSectionId?: string | undefined;
}) {
  const { errors, warnings, words } = completeness;
  const [all, setAll] = useState(false);
  const focused = currentSectionId !== undefined && !all;
  const problems = focused
    ? completeness.problems.filter((p) => p.sectionId === null || p.sectionId === currentSectionId)
    : completeness.problems;
  const elsewhere = completeness.problems.length - problems.length;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="completeness">
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="md" id={headingId}>
          Completeness check
        </Title>
        {errors === 0 ? (
          <Badge color="cairn" leftSection={<IconCircleCheck size={12} aria-hidden />}>
            Ready
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {pluralise(errors, 'problem')}
          </Badge>
        )}
      </Group>
      <Text size="sm" aria-live="polite" data-testid="completeness-summary">
        {errors === 0
          ? warnings === 0
            ? 'Nothing is missing: you can submit.'
            : `Nothing is missing; ${pluralise(warnings, 'piece', 'pieces')} of advice below.`
          : `${pluralise(errors, 'thing')} to fix before you submit${warnings ? `, and ${pluralise(warnings, 'piece', 'pieces')} of advice` : ''}.`}
      </Text>
      <Text size="xs" c="dimmed">
        {words.total.toLocaleString('en-GB')} words
        {words.min !== null || words.max !== null
          ? ` (guidance ${words.min?.toLocaleString('en-GB') ?? '…'}–${words.max?.toLocaleString('en-GB') ?? '…'})`
          : ''}
      </Text>
      {focused && completeness.problems.length > 0 ? (
        <Text size="xs" fw={650} c="dimmed">
          {problems.length === 0 ? 'Nothing missing in this section.' : 'In this section:'}
        </Text>
      ) : null}
      {problems.length > 0 ? (
        <ul className="pf-problems" aria-label="Problems">
          {problems.map((p, i) => {
            const Icon = p.severity === 'error' ? IconAlertCircle : IconAlertTriangle;
            const content = (
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Icon size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <span>
                  <VisuallyHidden>
                    {p.severity === 'error' ? 'Problem: ' : 'Advice: '}
                  </VisuallyHidden>
                  {p.message}
                </span>
              </Group>
            );
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are recomputed as a whole
              <li key={`${p.sectionId}-${p.kind}-${i}`}>
                {p.sectionId ? (
                  <button
                    type="button"
                    className="pf-problem"
                    data-severity={p.severity}
                    onClick={() => p.sectionId && onOpenSection(p.sectionId)}
                  >
                    {content}
                  </button>
                ) : (
                  <div className="pf-problem" data-severity={p.severity}>
                    {content}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {currentSectionId !== undefined && (elsewhere > 0 || all) ? (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setAll((a) => !a)}
          style={{ alignSelf: 'flex-start' }}
        >
          {all
            ? 'Only this section'
            : `Show all ${pluralise(completeness.problems.length, 'problem')}`}
        </Button>
      ) : null}
    </Stack>
  );
}
