import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ROLE_FAMILY_LABELS,
  SENIORITY_LABELS,
  TITLE_GROUP_LABELS,
  type TCareerProfile,
  type TProfileClassification,
  type TRoleFamily,
  type TSeniority,
} from '../../../../../contracts';
import { errorMessage } from '../../../app/api';
import { DateTime } from '../../../app/components/DateTime';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { careerWrites, useRefreshCareers } from '../careersApi';
import {
  decisiveCues,
  FAMILY_OPTIONS,
  otherCues,
  roleName,
  SENIORITY_OPTIONS,
  STAGE_HELP,
  STAGE_LABELS,
} from '../words';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" w="6.5rem" style={{ flexShrink: 0 }} component="dt">
        {label}
      </Text>
      <Text size="sm" fw={600} component="dd" m={0}>
        {children}
      </Text>
    </Group>
  );
}

function CorrectionForm({
  classification,
  onDone,
}: {
  classification: TProfileClassification;
  onDone: () => void;
}) {
  const refresh = useRefreshCareers();
  const start = classification.corrected ?? classification.effective;
  const form = useFormState<{ family: TRoleFamily; seniority: TSeniority; note: string }>(
    {
      family: start.family,
      seniority: start.seniority,
      note: classification.corrected?.note ?? '',
    },
    { family: 'Role family', seniority: 'Seniority', note: 'Note (optional)' },
  );
  const save = useMutation({
    mutationFn: () =>
      careerWrites.correct({
        family: form.values.family,
        seniority: form.values.seniority,
        note: form.values.note.trim() || null,
      }),
    onSuccess: (profile: TCareerProfile) => {
      void refresh();
      const effective = profile.classification?.effective;
      notifications.show({
        color: 'cairn',
        title: 'Classification corrected',
        message: effective
          ? `Cairn now reads your role as ${roleName(effective).toLowerCase()}.`
          : '',
      });
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => save.mutate()}
      error={save.error}
      errorTitle="The correction was not saved"
      knownFields={['family', 'seniority', 'note']}
      submitLabel="Save correction"
      pending={save.isPending}
      onCancel={onDone}
    >
      <Text size="sm">
        The classifier read your title as{' '}
        <strong>{roleName(classification.automatic).toLowerCase()}</strong>. Choose what fits your
        role better.
      </Text>
      <NativeSelect
        label="Role family"
        data={FAMILY_OPTIONS}
        value={form.values.family}
        error={form.errors.family}
        onChange={(e) => form.setValue('family', e.currentTarget.value as TRoleFamily)}
      />
      <NativeSelect
        label="Seniority"
        data={SENIORITY_OPTIONS}
        value={form.values.seniority}
        error={form.errors.seniority}
        onChange={(e) => form.setValue('seniority', e.currentTarget.value as TSeniority)}
      />
      <Textarea
        label="Note (optional)"
        description="Why the title misleads, for yourself and the people who improve the classifier."
        autosize
        minRows={2}
        maxLength={2000}
        value={form.values.note}
        error={form.errors.note}
        onChange={(e) => form.setValue('note', e.currentTarget.value)}
      />
    </ModalForm>
  );
}

/** What the job title says about the role, why, and the person's own correction. */
export function ClassificationCard({ profile }: { profile: TCareerProfile }) {
  const [correcting, setCorrecting] = useState(false);
  const refresh = useRefreshCareers();
  const undo = useMutation({
    mutationFn: () => careerWrites.correct(null),
    onSuccess: () => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: 'Correction undone',
        message: 'Cairn reads your role from your job title again.',
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The correction was not undone',
        message: errorMessage(error),
      }),
  });
  const c = profile.classification;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="career-classification">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="career-classification">
          Your role, as Cairn reads it
        </Title>
        {!c ? (
          <Text size="sm">
            Save your job title and Cairn classifies it: a role family, a seniority and the career
            stage that follows, with the words that decided them.
          </Text>
        ) : (
          <>
            <Group gap="xs">
              <Badge size="lg" radius="sm" variant="light" data-testid="classification-family">
                {ROLE_FAMILY_LABELS[c.effective.family]}
              </Badge>
              <Badge size="lg" radius="sm" variant="outline" data-testid="classification-seniority">
                {SENIORITY_LABELS[c.effective.seniority]}
              </Badge>
              {c.corrected ? (
                <Badge radius="sm" color="amber" variant="light">
                  Corrected by you
                </Badge>
              ) : null}
            </Group>
            <Stack component="dl" gap={4} m={0}>
              <Fact label="Role family">{ROLE_FAMILY_LABELS[c.effective.family]}</Fact>
              <Fact label="Seniority">{SENIORITY_LABELS[c.effective.seniority]}</Fact>
              <Fact label="Career stage">
                {STAGE_LABELS[c.effective.stage]}{' '}
                <Text span size="sm" fw={400} c="dimmed">
                  ({STAGE_HELP[c.effective.stage]})
                </Text>
              </Fact>
            </Stack>
            {c.corrected ? (
              <Text size="sm" c="dimmed">
                You corrected this on <DateTime value={c.corrected.at} dateOnly />. The classifier
                read “{c.automatic.title}” as {roleName(c.automatic).toLowerCase()}.
                {c.corrected.note ? ` Your note: ${c.corrected.note}` : ''}
              </Text>
            ) : null}
            <div>
              <Text size="sm" fw={600}>
                Why
              </Text>
              <Text size="sm" data-testid="classification-why">
                {decisiveCues(c.automatic.cues).join('; ') ||
                  'No words of the title matched a role; this is the closest guess.'}
              </Text>
              {otherCues(c.automatic.cues).length > 0 ? (
                <Text size="xs" c="dimmed" mt={2}>
                  Also: {otherCues(c.automatic.cues).join('; ')}
                </Text>
              ) : null}
            </div>
            <div>
              <Text size="sm" fw={600}>
                Survey groups
              </Text>
              {c.groups.length === 0 ? (
                <Text size="sm">None of the four groups of the sector survey.</Text>
              ) : (
                <List size="sm" spacing={2} aria-label="Survey groups">
                  {c.groups.map((g) => (
                    <List.Item key={g}>{TITLE_GROUP_LABELS[g]}</List.Item>
                  ))}
                </List>
              )}
            </div>
            <Group gap="sm">
              <Button
                variant="default"
                size="sm"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setCorrecting(true)}
              >
                Not right? Correct it
              </Button>
              {c.corrected ? (
                <Button
                  variant="subtle"
                  size="sm"
                  leftSection={<IconArrowBackUp size={16} aria-hidden />}
                  loading={undo.isPending}
                  onClick={() => undo.mutate()}
                >
                  Undo correction
                </Button>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              Corrections are kept: your target, gap analysis and recommendations use your
              correction instead of the classifier’s reading until you undo it.
            </Text>
          </>
        )}
      </Stack>
      <Modal
        opened={correcting}
        onClose={() => setCorrecting(false)}
        title="Correct the classification"
        centered
      >
        {c ? <CorrectionForm classification={c} onDone={() => setCorrecting(false)} /> : null}
      </Modal>
    </Card>
  );
}
