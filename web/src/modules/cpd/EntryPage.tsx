import {
  Alert,
  Anchor,
  Button,
  Card,
  Flex,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCalendarEvent, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import {
  type TCpdEntry,
  type TCpdType,
  type TItemRef,
  ZUpdateCpdEntryBody,
} from '../../../../contracts';
import { errorMessage, isApiError } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { type FieldErrors, fieldKey, formatFieldMessage, useFormState } from '../../app/forms';
import { useCurrentMe } from '../../app/session';
import { cpdWrites, entryKey, useCpdEntry, useRefreshCpd } from './cpdApi';
import { EvidenceSection } from './EvidenceSection';
import { ItemPicker } from './ItemPicker';
import { ReflectionField, RenderedReflection } from './ReflectionField';
import { notifyDeletedWithUndo } from './undo';
import {
  formatDay,
  formatHours,
  sharedHelp,
  TIME_KIND_HELP,
  TIME_KIND_LABELS,
  TYPE_OPTIONS,
  typeLabel,
} from './words';

/** The contract's limit on tags per entry. */
const MAX_TAGS = 50;

type TimeKindChoice = 'protected' | 'personal' | 'unsaid';

interface Values {
  title: string;
  date: string;
  hours: number | string;
  type: TCpdType;
  reflection: string;
  timeKind: TimeKindChoice;
  significant: boolean;
  shared: boolean;
  tags: TItemRef[];
}

const LABELS: Record<keyof Values, string> = {
  title: 'Title',
  date: 'Date',
  hours: 'Hours',
  type: 'Type',
  reflection: 'Reflection',
  timeKind: 'Whose time was it?',
  significant: 'Significant',
  shared: 'Share with managers',
  tags: 'Framework items',
};

function valuesOf(entry: TCpdEntry): Values {
  return {
    title: entry.title,
    date: entry.date,
    hours: entry.hours,
    type: entry.type,
    reflection: entry.reflection ?? '',
    timeKind: entry.timeKind ?? 'unsaid',
    significant: entry.significant,
    shared: entry.shared,
    tags: entry.tags,
  };
}

/** What the form sends: the fields as the API names them (tagIds for tags). */
function bodyOf(values: Values) {
  return {
    title: values.title,
    date: values.date,
    hours: values.hours === '' ? Number.NaN : Number(values.hours),
    type: values.type,
    reflection: values.reflection.trim() ? values.reflection : null,
    timeKind: values.timeKind === 'unsaid' ? null : values.timeKind,
    significant: values.significant,
    shared: values.shared,
    tagIds: values.tags.map((tag) => tag.id),
  };
}

const same = (a: Values, b: Values) => JSON.stringify(bodyOf(a)) === JSON.stringify(bodyOf(b));

function BackToLog() {
  return (
    <Anchor component={Link} to="/cpd" size="sm" mb="xs" display="inline-block">
      <Group gap={4} wrap="nowrap" component="span">
        <IconArrowLeft size={16} aria-hidden />
        CPD log
      </Group>
    </Anchor>
  );
}

function DraftNotice({ entry }: { entry: TCpdEntry }) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCpd();
  const confirm = useMutation({
    mutationFn: () => cpdWrites.update(entry.id, { draft: false }),
    onSuccess: (next) => {
      queryClient.setQueryData(entryKey(entry.id), next);
      void refresh();
      notifications.show({ color: 'cairn', title: 'Draft confirmed', message: '' });
    },
  });
  return (
    <Alert
      color="amber"
      variant="light"
      icon={<IconCalendarEvent aria-hidden />}
      title="A draft from your calendar"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          This entry was imported and is not counted in your hours until you confirm that it
          happened as planned. Correct it below first if it did not.
        </Text>
        <FormAlert error={confirm.error} title="The draft was not confirmed" />
        <Button size="sm" loading={confirm.isPending} onClick={() => confirm.mutate()}>
          Confirm this entry
        </Button>
      </Stack>
    </Alert>
  );
}

function Editor({ entry }: { entry: TCpdEntry }) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshCpd();
  const [saved, setSaved] = useState<Values>(() => valuesOf(entry));
  const form = useFormState<Values>(saved, LABELS);
  // With a reflection, it shows as it will be read until "Edit reflection".
  const [editingReflection, setEditingReflection] = useState(!entry.reflection?.trim());
  const leaving = useRef(false);
  const dirty = !same(form.values, saved);

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) => cpdWrites.update(entry.id, body),
    onSuccess: (next) => {
      queryClient.setQueryData(entryKey(entry.id), next);
      void refresh();
      const values = valuesOf(next);
      setSaved(values);
      form.reset(values);
      setEditingReflection(!next.reflection?.trim());
      notifications.show({ color: 'cairn', title: 'Changes saved', message: '' });
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      // Under each input; the API names tags "tagIds.3", which go under the tag picker.
      const errors: FieldErrors<keyof Values> = {};
      for (const field of error.fields) {
        const key = fieldKey(field.path);
        if (key === 'tagIds') {
          errors.tags ??= `A framework item ${field.message}: remove it and choose another`;
        } else if (key in LABELS) {
          const k = key as keyof Values;
          errors[k] ??= formatFieldMessage(LABELS[k], field.message);
        }
      }
      form.setErrors(errors);
    },
  });

  const remove = useMutation({
    mutationFn: () => cpdWrites.remove(entry.id),
    onSuccess: () => {
      leaving.current = true;
      void refresh();
      navigate('/cpd');
      notifyDeletedWithUndo({
        ids: [entry.id],
        title: `“${entry.title}” deleted`,
        onRestored: () => {
          void refresh();
          navigate(`/cpd/entries/${entry.id}`);
        },
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not deleted', message: errorMessage(error) }),
  });

  // Unsaved changes: ask before leaving the page, in the app or the browser.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = () => {
    const body = bodyOf(form.values);
    if (body.tagIds.length > MAX_TAGS) {
      form.setErrors({ tags: `Choose at most ${MAX_TAGS} framework items for one entry` });
      return;
    }
    if (form.validate(ZUpdateCpdEntryBody, body)) save.mutate(body);
  };

  const institution = me.institution?.name ?? 'your institution';

  return (
    <>
      <BackToLog />
      <PageTitle
        title={saved.title}
        documentTitle={`${saved.title} · CPD log`}
        description={`${formatDay(saved.date)} · ${formatHours(Number(saved.hours))} · ${typeLabel(saved.type)}`}
      />
      <Stack gap="lg">
        {entry.draft ? <DraftNotice entry={entry} /> : null}

        <form
          noValidate
          aria-label="Entry"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="lg">
            <Card
              withBorder
              padding="lg"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="details-heading"
            >
              <Stack gap="md">
                <Title order={2} fz="lg" id="details-heading">
                  What you did
                </Title>
                <TextInput
                  label={LABELS.title}
                  value={form.values.title}
                  onChange={(event) => form.setValue('title', event.currentTarget.value)}
                  error={form.errors.title}
                  required
                />
                <Flex direction={{ base: 'column', xs: 'row' }} gap="sm">
                  <TextInput
                    label={LABELS.date}
                    type="date"
                    value={form.values.date}
                    onChange={(event) => form.setValue('date', event.currentTarget.value)}
                    error={form.errors.date}
                    required
                    style={{ flex: 1 }}
                  />
                  <NumberInput
                    label={LABELS.hours}
                    withAsterisk={false}
                    value={form.values.hours}
                    onChange={(value) => form.setValue('hours', value)}
                    error={form.errors.hours}
                    min={0.25}
                    max={24}
                    step={0.25}
                    decimalScale={2}
                    allowNegative={false}
                    required
                    style={{ flex: 1 }}
                  />
                  <NativeSelect
                    label={LABELS.type}
                    data={TYPE_OPTIONS}
                    value={form.values.type}
                    onChange={(event) =>
                      form.setValue('type', event.currentTarget.value as TCpdType)
                    }
                    error={form.errors.type}
                    style={{ flex: 2 }}
                  />
                </Flex>
                <Radio.Group
                  label={LABELS.timeKind}
                  description={TIME_KIND_HELP}
                  value={form.values.timeKind}
                  onChange={(value) => form.setValue('timeKind', value as TimeKindChoice)}
                  error={form.errors.timeKind}
                >
                  <Group gap="lg" mt="xs">
                    <Radio value="protected" label={TIME_KIND_LABELS.protected} />
                    <Radio value="personal" label={TIME_KIND_LABELS.personal} />
                    <Radio value="unsaid" label={TIME_KIND_LABELS.unsaid} />
                  </Group>
                </Radio.Group>
                <Switch
                  label="Significant"
                  description="Learning that changed your practice. Significant entries are the ones to build a portfolio on, and you can filter by them."
                  checked={form.values.significant}
                  onChange={(event) => form.setValue('significant', event.currentTarget.checked)}
                />
                <Switch
                  label={LABELS.shared}
                  description={sharedHelp(institution)}
                  checked={form.values.shared}
                  onChange={(event) => form.setValue('shared', event.currentTarget.checked)}
                />
              </Stack>
            </Card>

            <Card
              withBorder
              padding="lg"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="reflection-heading"
            >
              <Stack gap="sm">
                <Group justify="space-between" align="center">
                  <Title order={2} fz="lg" id="reflection-heading">
                    Reflection
                  </Title>
                  {!editingReflection ? (
                    <Button
                      variant="default"
                      size="sm"
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setEditingReflection(true)}
                    >
                      Edit reflection
                    </Button>
                  ) : null}
                </Group>
                {editingReflection ? (
                  <ReflectionField
                    value={form.values.reflection}
                    onChange={(value) => form.setValue('reflection', value)}
                    error={form.errors.reflection}
                  />
                ) : (
                  <RenderedReflection html={entry.reflectionHtml ?? ''} label="Your reflection" />
                )}
              </Stack>
            </Card>

            <Card
              withBorder
              padding="lg"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="tags-heading"
            >
              <Stack gap="sm">
                <Title order={2} fz="lg" id="tags-heading">
                  Framework tags
                </Title>
                <ItemPicker
                  label="Tag with a framework item"
                  description="Search CMALT, ISTE, PSF and every other framework you can use. Tags show which competences this CPD builds."
                  value={form.values.tags}
                  onChange={(tags) => form.setValue('tags', tags)}
                  error={form.errors.tags}
                />
                {form.values.tags.length === 0 ? <Text size="sm">No tags yet.</Text> : null}
              </Stack>
            </Card>

            <FormAlert
              error={save.error}
              title="Your changes were not saved"
              knownFields={[...Object.keys(LABELS), 'tagIds']}
            />

            <Paper
              withBorder
              shadow={dirty ? 'md' : undefined}
              p="sm"
              className={dirty ? 'cpd-save-bar' : undefined}
              role="region"
              aria-label="Save"
            >
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Text
                  size="sm"
                  c={dirty ? undefined : 'dimmed'}
                  fw={dirty ? 600 : 400}
                  role="status"
                >
                  {dirty ? 'You have unsaved changes.' : 'All changes saved.'}
                </Text>
                <Group gap="sm">
                  <Button
                    variant="default"
                    disabled={!dirty || save.isPending}
                    onClick={() => {
                      form.reset(saved);
                      save.reset();
                    }}
                  >
                    Discard changes
                  </Button>
                  <Button type="submit" loading={save.isPending} disabled={!dirty}>
                    Save changes
                  </Button>
                </Group>
              </Group>
            </Paper>
          </Stack>
        </form>

        <EvidenceSection entryId={entry.id} evidence={entry.evidence} />

        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="delete-heading"
        >
          <Stack gap="xs" align="flex-start">
            <Title order={2} fz="lg" id="delete-heading">
              Delete this entry
            </Title>
            <Text size="sm">
              The entry goes from your log with its reflection, tags and evidence. You can undo it
              straight after.
            </Text>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete entry
            </Button>
          </Stack>
        </Card>
      </Stack>

      <ConfirmModal
        opened={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave and lose changes"
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        <Text>You have changed this entry but not saved it. Your changes will be lost.</Text>
      </ConfirmModal>
    </>
  );
}

export function EntryPage() {
  const { id = '' } = useParams();
  const entry = useCpdEntry(id);

  if (entry.isPending) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the entry">
        <Skeleton height={36} width="60%" />
        <Skeleton height={220} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (entry.isError) {
    const missing =
      isApiError(entry.error) && (entry.error.status === 404 || entry.error.status === 400);
    return (
      <>
        <BackToLog />
        <PageTitle
          title={missing ? 'No entry here' : 'The entry could not be loaded'}
          documentTitle={missing ? 'Not found' : undefined}
        />
        {missing ? (
          <Stack gap="md" align="flex-start">
            <Text>
              There is no CPD entry of yours at this address. It may have been deleted, or the link
              may be mistyped. CPD entries are private: only the person who wrote one can open it.
            </Text>
            <Button component={Link} to="/cpd">
              Go to your CPD log
            </Button>
          </Stack>
        ) : (
          <FormAlert error={entry.error} title="The entry could not be loaded" />
        )}
      </>
    );
  }
  // A new editor (and form) for each entry, so that going from one to another starts fresh.
  return <Editor key={entry.data.id} entry={entry.data} />;
}
