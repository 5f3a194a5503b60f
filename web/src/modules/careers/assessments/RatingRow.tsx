import { Anchor, Badge, Button, Card, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TAssessment, TFrameworkNode, TRating } from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { careerKeys, careerWrites } from '../careersApi';
import { itemLabel } from './areas';
import { EntryTitle, EvidencePickerModal } from './EvidencePicker';

type Change = { level: number | null; note?: string | null; evidenceEntryIds?: string[] };

/** One framework item: a level (saved as soon as it is chosen), a note and linked CPD entries. */
export function RatingRow({
  assessment,
  item,
  rating,
}: {
  assessment: TAssessment;
  item: TFrameworkNode;
  rating: TRating | undefined;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState(rating?.note ?? '');
  const [picking, setPicking] = useState(false);
  // The chosen level shows at once, until the saved assessment arrives (or the change fails).
  const [choosing, setChoosing] = useState<number | null | undefined>(undefined);
  const label = itemLabel(item);
  const save = useMutation({
    mutationFn: (change: Change) =>
      careerWrites.rate(assessment.id, [{ itemId: item.id, ...change }]),
    onSuccess: (saved) => {
      queryClient.setQueryData(careerKeys.assessment(assessment.id), saved);
      void queryClient.invalidateQueries({ queryKey: careerKeys.assessments, exact: true });
      void queryClient.invalidateQueries({ queryKey: careerKeys.gap });
      // Any comparison with this assessment changes too.
      void queryClient.invalidateQueries({
        queryKey: careerKeys.compare(assessment.id, '').slice(0, -1),
      });
      setPicking(false);
    },
    onSettled: () => setChoosing(undefined),
  });
  const level = choosing !== undefined ? choosing : (rating?.level ?? null);
  const chosen = assessment.scale.find((l) => l.value === level);
  const evidence = rating?.evidenceEntryIds ?? [];
  const headingId = `rate-${item.id}`;
  const current = (): Change => ({
    level: rating?.level ?? null,
    note: note.trim() || null,
    evidenceEntryIds: evidence,
  });
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" id={headingId} component="h3" m={0}>
            {label}
          </Text>
          {save.isPending ? (
            <Badge variant="light" color="gray" radius="sm">
              Saving…
            </Badge>
          ) : save.isSuccess ? (
            <Badge variant="light" color="cairn" radius="sm">
              Saved
            </Badge>
          ) : null}
        </Group>
        {item.title && item.statement !== item.title ? (
          <Text size="xs" c="dimmed" lineClamp={3}>
            {item.statement}
          </Text>
        ) : null}
        <Radio.Group
          aria-labelledby={headingId}
          value={level === null ? '' : String(level)}
          onChange={(v) => {
            setChoosing(Number(v));
            save.mutate({ ...current(), level: Number(v) });
          }}
        >
          <Group gap="sm" mt={4} className="careers-rating-levels" role="presentation">
            {assessment.scale.map((l) => (
              <Radio
                key={l.value}
                value={String(l.value)}
                label={l.label}
                aria-label={`${l.label}: ${l.description ?? ''}`}
                disabled={save.isPending}
              />
            ))}
          </Group>
        </Radio.Group>
        <Text size="xs" c={chosen ? undefined : 'dimmed'}>
          {chosen
            ? `${chosen.label}${chosen.description ? `: ${chosen.description}` : ''}`
            : 'Not rated yet.'}
        </Text>
        {rating ? (
          <>
            <Textarea
              label="Note (optional)"
              description="Saved when you leave the field."
              autosize
              minRows={1}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              onBlur={() => {
                if ((note.trim() || null) !== (rating.note ?? null)) save.mutate(current());
              }}
            />
            <Group gap="xs" align="center">
              <Text size="xs" fw={600}>
                Evidence:
              </Text>
              {evidence.length === 0 ? (
                <Text size="xs" c="dimmed">
                  no CPD entries linked
                </Text>
              ) : (
                evidence.map((id) => <EntryTitle key={id} id={id} />)
              )}
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconLink size={14} aria-hidden />}
                onClick={() => setPicking(true)}
                aria-label={`Link CPD entries to ${label}`}
              >
                Link CPD entries
              </Button>
              {level !== null ? (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  c="dimmed"
                  onClick={() => save.mutate({ level: null })}
                  aria-label={`Clear the rating of ${label}`}
                >
                  Clear rating
                </Anchor>
              ) : null}
            </Group>
          </>
        ) : null}
        <FormAlert error={save.error} title={`“${label}” was not saved`} />
      </Stack>
      <EvidencePickerModal
        opened={picking}
        itemLabel={label}
        selected={evidence}
        pending={save.isPending}
        onClose={() => setPicking(false)}
        onSave={(ids) => save.mutate({ ...current(), evidenceEntryIds: ids })}
      />
    </Card>
  );
}
