import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  TITLE_GROUP_KEYWORD_MAX_LENGTH,
  TITLE_GROUP_KEYWORDS_MAX,
  TITLE_GROUP_LABELS,
  TITLE_GROUPS,
  type TTitleGroup,
  type TTitleGroupScheme,
} from '../../../../../contracts/classifier';
import { errorMessage, isApiError } from '../../../app/api';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { DateTime } from '../../../app/components/DateTime';
import { fetchTitleGroups, resetTitleGroups, saveTitleGroups, TITLE_GROUPS_KEY } from './titlesApi';

const HELP: Record<TTitleGroup, string> = {
  'learning-technologist': '“Learning technologist” and close variants.',
  'other-technologist': 'Any other “-technologist”, such as an educational technologist.',
  technology: 'The noun “technology”, including TEL (technology-enhanced learning).',
  'learning-teaching-education': 'Words about learning, teaching or education.',
};

/** The message of a field the server refused, e.g. "technology.keywords.2". */
function fieldError(error: unknown, prefix: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const f = error.fields.find((x) => x.path === prefix || x.path.startsWith(`${prefix}.`));
  return f?.message;
}

/** The survey-group keyword scheme: everyone can read it; managers and administrators edit it. */
export function GroupSchemeEditor({ canEdit, onSaved }: { canEdit: boolean; onSaved: () => void }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: TITLE_GROUPS_KEY, queryFn: fetchTitleGroups });
  const [draft, setDraft] = useState<TTitleGroupScheme | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  useEffect(() => {
    if (query.data) setDraft(query.data.scheme);
  }, [query.data]);

  const save = useMutation({
    mutationFn: saveTitleGroups,
    onSuccess: (view) => {
      client.setQueryData(TITLE_GROUPS_KEY, view);
      notifications.show({
        color: 'cairn',
        title: 'Survey groups saved',
        message: 'New classifications use them.',
      });
      onSaved();
    },
  });
  const reset = useMutation({
    mutationFn: resetTitleGroups,
    onSuccess: (view) => {
      client.setQueryData(TITLE_GROUPS_KEY, view);
      setConfirmReset(false);
      notifications.show({ color: 'cairn', title: 'Back to the built-in groups', message: '' });
      onSaved();
    },
  });

  if (query.isPending) return <Text role="status">Loading the survey groups…</Text>;
  if (query.isError)
    return <FormAlert error={query.error} title="The survey groups did not load" />;
  const view = query.data;
  if (!draft) return null;

  const set = (g: TTitleGroup, part: 'keywords' | 'excludes', values: string[]) =>
    setDraft({ ...draft, [g]: { ...draft[g], [part]: values } });

  return (
    <Stack gap="md">
      <Text size="sm">
        A title is in a group when one of the group's words or phrases appears in it, unless that
        occurrence is part of one of the group's exceptions. Case, hyphens and spelling variants
        (e-learning, eLearning) do not matter.{' '}
        {view.isDefault ? 'These are the built-in groups.' : null}
        {view.updatedAt ? (
          <>
            {' '}
            Edited <DateTime value={view.updatedAt} />.
          </>
        ) : null}
      </Text>
      {!canEdit ? (
        <Text size="sm" c="dimmed">
          Managers and administrators can change these words.
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {TITLE_GROUPS.map((g) => (
          <Paper
            key={g}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby={`group-${g}`}
          >
            <Title order={2} fz="md" id={`group-${g}`}>
              {TITLE_GROUP_LABELS[g]}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {HELP[g]}
            </Text>
            {canEdit ? (
              <Stack gap="sm">
                <TagsInput
                  label="Words and phrases"
                  description="Press Enter after each."
                  value={draft[g].keywords}
                  onChange={(v) => set(g, 'keywords', v)}
                  maxTags={TITLE_GROUP_KEYWORDS_MAX}
                  maxLength={TITLE_GROUP_KEYWORD_MAX_LENGTH}
                  clearable
                  splitChars={[',']}
                  error={fieldError(save.error, `${g}.keywords`)}
                />
                <TagsInput
                  label="Except when part of"
                  value={draft[g].excludes}
                  onChange={(v) => set(g, 'excludes', v)}
                  maxTags={TITLE_GROUP_KEYWORDS_MAX}
                  maxLength={TITLE_GROUP_KEYWORD_MAX_LENGTH}
                  clearable
                  splitChars={[',']}
                  error={fieldError(save.error, `${g}.excludes`)}
                />
              </Stack>
            ) : (
              <Stack gap={6}>
                <Group gap={4} aria-label="Words and phrases">
                  {draft[g].keywords.map((k) => (
                    <Badge key={k} variant="light" tt="none">
                      {k}
                    </Badge>
                  ))}
                </Group>
                {draft[g].excludes.length ? (
                  <Text size="sm">Except when part of: {draft[g].excludes.join(', ')}</Text>
                ) : null}
              </Stack>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {canEdit ? (
        <>
          <FormAlert error={save.error} title="The groups were not saved" />
          <Group gap="sm">
            <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
              Save survey groups
            </Button>
            <Button
              variant="default"
              onClick={() => setDraft(view.scheme)}
              disabled={save.isPending}
            >
              Undo changes
            </Button>
            {!view.isDefault ? (
              <Button variant="subtle" color="red" onClick={() => setConfirmReset(true)}>
                Reset to the built-in groups
              </Button>
            ) : null}
          </Group>
          <ConfirmModal
            opened={confirmReset}
            title="Reset the survey groups?"
            confirmLabel="Reset"
            danger
            loading={reset.isPending}
            error={reset.error}
            onConfirm={() => reset.mutate()}
            onClose={() => setConfirmReset(false)}
          >
            <Text size="sm">
              Your institution's words and exceptions are replaced by the built-in ones.{' '}
              {reset.error ? errorMessage(reset.error) : null}
            </Text>
          </ConfirmModal>
        </>
      ) : null}
    </Stack>
  );
}
