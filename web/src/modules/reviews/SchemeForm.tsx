import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  SCHEME_OPEN_TO,
  SCHEME_OPEN_TO_LABELS,
  SUBMISSION_MODE_LABELS,
  SUBMISSION_MODES,
  type TCreateSchemeBody,
  type TScheme,
} from '../../../../contracts';
import { isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatFieldMessage } from '../../app/forms';
import { useTemplate, useTemplates } from '../portfolios/portfoliosApi';

export interface SchemeValues {
  name: string;
  description: string;
  acceptedTemplateIds: string[];
  openTo: TScheme['openTo'];
  submissionMode: TScheme['submissionMode'];
  windows: { opensOn: string; closesOn: string }[];
  turnaroundDays: number | string;
  assessorDaysToJudge: number | string;
  showAssessorNames: boolean;
  review: boolean;
  reviewIntervalYears: number | string;
  achievementName: string;
  achievementDescription: string;
  criteriaNarrative: string;
}

export const NEW_SCHEME: SchemeValues = {
  name: '',
  description: '',
  acceptedTemplateIds: [],
  openTo: 'institution',
  submissionMode: 'rolling',
  windows: [],
  turnaroundDays: 91,
  assessorDaysToJudge: 28,
  showAssessorNames: false,
  review: true,
  reviewIntervalYears: 3,
  achievementName: '',
  achievementDescription: '',
  criteriaNarrative: '',
};

export function valuesOf(s: TScheme): SchemeValues {
  return {
    name: s.name,
    description: s.description,
    acceptedTemplateIds: s.acceptedTemplateIds,
    openTo: s.openTo,
    submissionMode: s.submissionMode,
    windows: s.windows,
    turnaroundDays: s.turnaroundDays,
    assessorDaysToJudge: s.assessorDaysToJudge,
    showAssessorNames: s.showAssessorNames,
    review: s.reviewIntervalYears !== null,
    reviewIntervalYears: s.reviewIntervalYears ?? 3,
    achievementName: s.achievement.name,
    achievementDescription: s.achievement.description,
    criteriaNarrative: s.achievement.criteriaNarrative,
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v || Number.NaN));

/** The request body; the achievement aligns with the first accepted template's framework. */
export function bodyOf(v: SchemeValues, frameworkId: string | null): TCreateSchemeBody {
  return {
    name: v.name,
    description: v.description,
    acceptedTemplateIds: v.acceptedTemplateIds,
    openTo: v.openTo,
    submissionMode: v.submissionMode,
    windows: v.submissionMode === 'windows' ? v.windows : [],
    turnaroundDays: num(v.turnaroundDays),
    assessorDaysToJudge: num(v.assessorDaysToJudge),
    showAssessorNames: v.showAssessorNames,
    reviewIntervalYears: v.review ? num(v.reviewIntervalYears) : null,
    achievement: {
      name: v.achievementName,
      description: v.achievementDescription,
      criteriaNarrative: v.criteriaNarrative,
      frameworkId,
      achievementType: 'Certificate',
    },
  };
}

const LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  acceptedTemplateIds: 'Accepted templates',
  openTo: 'Open to',
  submissionMode: 'Submission',
  windows: 'Windows',
  turnaroundDays: 'Turnaround',
  assessorDaysToJudge: 'Days to judge',
  reviewIntervalYears: 'Review interval',
  'achievement.name': 'Award name',
  'achievement.description': 'What it means',
  'achievement.criteriaNarrative': 'Criteria',
};

/** Server field messages by path ("achievement.name", "windows.0.closesOn"). */
function serverErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const f of error.fields) {
    const key = /^windows/.test(f.path) ? 'windows' : f.path.replace(/\.\d+$/, '');
    if (!out[key]) out[key] = formatFieldMessage(LABELS[key] ?? key, f.message);
  }
  return out;
}

export const SCHEME_KNOWN_FIELDS = [
  'name',
  'description',
  'acceptedTemplateIds',
  'openTo',
  'submissionMode',
  'windows',
  'turnaroundDays',
  'assessorDaysToJudge',
  'reviewIntervalYears',
  'achievement',
];

/**
 * A scheme's settings: what it accepts, who may submit and when, its deadlines, and the award
 * its credential names. Used to create a scheme and to change one.
 */
export function SchemeForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: SchemeValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: TCreateSchemeBody) => void;
  onCancel?: () => void;
}) {
  const [v, setV] = useState<SchemeValues>(initial);
  const set = <K extends keyof SchemeValues>(k: K, value: SchemeValues[K]) =>
    setV((c) => ({ ...c, [k]: value }));
  const templates = useTemplates();
  const first = useTemplate(v.acceptedTemplateIds[0] ?? null);
  const errors = serverErrors(error);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(bodyOf(v, first.data?.frameworkId ?? null));
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Name"
          description="As candidates and the credential will show it, e.g. “Harbour CMALT cohort”."
          value={v.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          withAsterisk={false}
          maxLength={160}
        />
        <Textarea
          label="Description (optional)"
          autosize
          minRows={2}
          value={v.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errors.description}
        />
        <MultiSelect
          label="Accepted portfolio templates"
          description="Candidates submit portfolios made from these."
          placeholder={v.acceptedTemplateIds.length === 0 ? 'Choose one or more' : undefined}
          data={(templates.data?.templates ?? []).map((t) => ({
            value: t.id,
            label: `${t.title} (${t.scheme})`,
          }))}
          value={v.acceptedTemplateIds}
          onChange={(ids) => set('acceptedTemplateIds', ids)}
          error={errors.acceptedTemplateIds}
          searchable
          required
          withAsterisk={false}
        />
        <Radio.Group
          label="Open to"
          value={v.openTo}
          onChange={(x) => set('openTo', x as SchemeValues['openTo'])}
          error={errors.openTo}
        >
          <Stack gap={6} mt={4}>
            {SCHEME_OPEN_TO.map((o) => (
              <Radio key={o} value={o} label={SCHEME_OPEN_TO_LABELS[o]} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label="When candidates may submit"
          value={v.submissionMode}
          onChange={(x) => set('submissionMode', x as SchemeValues['submissionMode'])}
          error={errors.submissionMode}
        >
          <Stack gap={6} mt={4}>
            {SUBMISSION_MODES.map((o) => (
              <Radio key={o} value={o} label={SUBMISSION_MODE_LABELS[o]} />
            ))}
          </Stack>
        </Radio.Group>
        {v.submissionMode === 'windows' ? (
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              Submission windows
            </Text>
            {v.windows.length === 0 ? (
              <Text size="sm" c="dimmed">
                No window yet: add the first.
              </Text>
            ) : null}
            {v.windows.map((w, i) => (
              <Group key={`w-${i.toString()}`} gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  type="date"
                  label={`Window ${i + 1} opens`}
                  value={w.opensOn}
                  onChange={(e) => {
                    const next = [...v.windows];
                    next[i] = { ...w, opensOn: e.currentTarget.value };
                    set('windows', next);
                  }}
                />
                <TextInput
                  type="date"
                  label={`Window ${i + 1} closes`}
                  value={w.closesOn}
                  onChange={(e) => {
                    const next = [...v.windows];
                    next[i] = { ...w, closesOn: e.currentTarget.value };
                    set('windows', next);
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove window ${i + 1}`}
                  onClick={() =>
                    set(
                      'windows',
                      v.windows.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {errors.windows ? (
              <Text size="sm" c="red.8">
                {errors.windows}
              </Text>
            ) : null}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => set('windows', [...v.windows, { opensOn: '', closesOn: '' }])}
              >
                Add a window
              </Button>
            </Group>
          </Stack>
        ) : null}
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label="Turnaround target (days)"
            description="From submission to decision; 91 is three months."
            min={7}
            max={730}
            value={v.turnaroundDays}
            onChange={(x) => set('turnaroundDays', x)}
            error={errors.turnaroundDays}
            miw={200}
          />
          <NumberInput
            label="Days for each assessor to judge"
            description="From assignment; reminders go out before."
            min={1}
            max={365}
            value={v.assessorDaysToJudge}
            onChange={(x) => set('assessorDaysToJudge', x)}
            error={errors.assessorDaysToJudge}
            miw={200}
          />
        </Group>
        <Switch
          label="Show assessors’ names to candidates"
          description="Off: candidates read the judgements as “Lead assessor” and “Second assessor”."
          checked={v.showAssessorNames}
          onChange={(e) => set('showAssessorNames', e.currentTarget.checked)}
        />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Checkbox
            label="Credentials need a periodic review"
            checked={v.review}
            onChange={(e) => set('review', e.currentTarget.checked)}
          />
          {v.review ? (
            <NumberInput
              label="Review every (years)"
              min={1}
              max={10}
              value={v.reviewIntervalYears}
              onChange={(x) => set('reviewIntervalYears', x)}
              error={errors.reviewIntervalYears}
              w={180}
            />
          ) : null}
        </Group>
        <Title order={3} fz="md" mt="xs">
          The award
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          What the credential issued on a pass names and says (Open Badges 3.0 achievement).
        </Text>
        <TextInput
          label="Award name"
          value={v.achievementName}
          onChange={(e) => set('achievementName', e.currentTarget.value)}
          error={errors['achievement.name']}
          required
          withAsterisk={false}
          maxLength={200}
        />
        <Textarea
          label="What holding it means"
          autosize
          minRows={2}
          value={v.achievementDescription}
          onChange={(e) => set('achievementDescription', e.currentTarget.value)}
          error={errors['achievement.description']}
          required
          withAsterisk={false}
        />
        <Textarea
          label="Criteria"
          description="What a candidate must show to pass."
          autosize
          minRows={2}
          value={v.criteriaNarrative}
          onChange={(e) => set('criteriaNarrative', e.currentTarget.value)}
          error={errors['achievement.criteriaNarrative']}
          required
          withAsterisk={false}
        />
        <FormAlert
          error={error}
          title="The scheme was not saved"
          knownFields={SCHEME_KNOWN_FIELDS}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
