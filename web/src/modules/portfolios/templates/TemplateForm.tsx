import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TTemplate } from '../../../../../contracts';
import { errorMessage, isApiError } from '../../../app/api';
import { formatFieldMessage } from '../../../app/forms';
import { useFrameworks } from '../../frameworks/frameworksApi';
import {
  emptySection,
  placeField,
  type SectionDraft,
  type TemplateDraft,
  type TNum,
  toBody,
} from './draft';
import { type SectionErrors, SectionFields } from './SectionFields';
import { templateWrites } from './templatesApi';

const TOP_LABELS: Record<string, string> = {
  title: 'Title',
  scheme: 'Scheme',
  description: 'Description',
  'spec.framework': 'Framework',
  'spec.words.min': 'Words in the whole portfolio, at least',
  'spec.words.max': 'Words in the whole portfolio, at most',
  'spec.sections': 'Sections',
};

const SECTION_FIELD_LABELS: [RegExp, string][] = [
  [/^title$/, 'Section title'],
  [/^key$/, 'Key'],
  [/^guidance$/, 'Guidance'],
  [/^parts/, 'What the section asks for'],
  [/^words\.min$/, 'Words, at least'],
  [/^words\.max$/, 'Words, at most'],
  [/^items\.(\d+)$/, 'Framework item'],
  [/^minEvidence$/, 'Pieces of evidence'],
  [/^declarations\.label$/, 'Declarations label'],
  [/^declarations\.hint$/, 'Declarations hint'],
  [/^declarations\.min$/, 'Declarations, at least'],
];

function num(v: string | number): TNum {
  return typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v);
}

/** "Key must be …" when the message reads on from the label, else "Key: use lower-case …". */
function named(label: string, message: string): string {
  const text = formatFieldMessage(label, message);
  return text.toLowerCase().startsWith(label.toLowerCase()) ? text : `${label}: ${message}`;
}

/** "Section 3 (Future plans): Framework item 1 is not a framework item you can use". */
function describeProblem(path: string, message: string, sections: SectionDraft[]): string {
  const { section, field } = placeField(path);
  if (section === null) return named(TOP_LABELS[path] ?? path, message);
  const s = sections[section];
  const where = `Section ${section + 1}${s?.title.trim() ? ` (${s.title.trim()})` : ''}`;
  if (!field) return `${where}: ${message}`;
  for (const [re, label] of SECTION_FIELD_LABELS) {
    const m = re.exec(field);
    if (!m) continue;
    const item = m[1] !== undefined ? s?.items[Number(m[1])] : undefined;
    const which = m[1] !== undefined ? `${label} ${item?.code ?? Number(m[1]) + 1}` : label;
    return `${where}: ${named(which, message)}`;
  }
  return `${where}: ${field} ${message}`;
}

interface Props {
  initial: TemplateDraft;
  /** Where the draft came from, said above the form ("Starting from Associate CMALT"). */
  startedFrom: string | null;
  onCancel: () => void;
  onCreated: (t: TTemplate) => void;
}

/** The "New template" form: the template's name and scheme, then its sections in order. */
export function TemplateForm({ initial, startedFrom, onCancel, onCreated }: Props) {
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const frameworks = useFrameworks();
  const create = useMutation({
    mutationFn: () => templateWrites.create(toBody(draft)),
    onSuccess: onCreated,
  });
  const problems = isApiError(create.error) ? create.error.fields : [];
  const top = new Map<string, string>();
  const bySection = new Map<number, SectionErrors>();
  for (const p of problems) {
    const { section, field } = placeField(p.path);
    if (section === null) {
      if (!top.has(p.path)) top.set(p.path, p.message);
    } else {
      const m = bySection.get(section) ?? new Map<string, string>();
      m.set(field, p.message);
      bySection.set(section, m);
    }
  }
  const topError = (path: string) => {
    const m = top.get(path);
    return m ? formatFieldMessage(TOP_LABELS[path] ?? path, m) : undefined;
  };

  const set = (changes: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const setSections = (fn: (list: SectionDraft[]) => SectionDraft[]) =>
    setDraft((d) => ({ ...d, sections: fn(d.sections) }));
  const move = (i: number, by: -1 | 1) =>
    setSections((list) => {
      const j = i + by;
      if (j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j] as SectionDraft, next[i] as SectionDraft];
      return next;
    });

  const frameworkOptions = (frameworks.data ?? []).map((f) => ({
    value: f.id,
    label: f.version ? `${f.title} (${f.version})` : f.title,
  }));

  return (
    <form
      noValidate
      aria-labelledby="tpl-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="xl" id="tpl-form-title">
            New template
          </Title>
          {startedFrom ? (
            <Text size="sm" c="dimmed">
              Starting from {startedFrom}. Change what your institution does differently; the
              built-in template stays as it is.
            </Text>
          ) : null}
          {draft.extends.length > 0 ? (
            <Text size="sm" c="dimmed">
              Like {startedFrom ?? 'the template it started from'}, this template adds to a
              portfolio someone made before: its sections are carried over.
            </Text>
          ) : null}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Title"
            required
            maxLength={200}
            value={draft.title}
            error={topError('title')}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <TextInput
            label="Scheme"
            description="Templates are grouped by scheme when someone starts a portfolio."
            required
            maxLength={200}
            value={draft.scheme}
            error={topError('scheme')}
            onChange={(e) => set({ scheme: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          description="Who the template is for, shown when someone chooses one."
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.description}
          error={topError('description')}
          onChange={(e) => set({ description: e.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Framework (optional)"
            description="Its items make the portfolio's coverage map."
            placeholder={frameworks.isPending ? 'Loading frameworks…' : 'None'}
            data={frameworkOptions}
            value={draft.framework}
            onChange={(v) => set({ framework: v })}
            clearable
            searchable
            error={topError('spec.framework')}
          />
          <NumberInput
            label="Words in the whole portfolio, at least"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={draft.wordsMin}
            error={topError('spec.words.min')}
            onChange={(v) => set({ wordsMin: num(v) })}
          />
          <NumberInput
            label="Words in the whole portfolio, at most"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={draft.wordsMax}
            error={topError('spec.words.max')}
            onChange={(v) => set({ wordsMax: num(v) })}
          />
        </SimpleGrid>

        <Title order={2} fz="lg" mt="sm">
          Sections
        </Title>
        {topError('spec.sections') ? (
          <Text c="red.8" size="sm">
            {topError('spec.sections')}
          </Text>
        ) : null}
        {draft.sections.map((s, i) => (
          <SectionFields
            key={s.uid}
            section={s}
            index={i}
            count={draft.sections.length}
            errors={bySection.get(i) ?? new Map()}
            onChange={(next) =>
              setSections((list) => list.map((x) => (x.uid === s.uid ? next : x)))
            }
            onMove={(by) => move(i, by)}
            onRemove={() => setSections((list) => list.filter((x) => x.uid !== s.uid))}
          />
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setSections((list) => [...list, emptySection()])}
            disabled={draft.sections.length >= 60}
          >
            Add a section
          </Button>
        </Group>

        {create.error ? (
          <Alert
            color="red"
            variant="light"
            title="The template was not saved"
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            {problems.length > 0 ? (
              <>
                <Text size="sm">Fix these, then save again:</Text>
                <List size="sm" mt="xs">
                  {problems.map((p) => (
                    <List.Item key={p.path}>
                      {describeProblem(p.path, p.message, draft.sections)}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">{errorMessage(create.error)}</Text>
            )}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
