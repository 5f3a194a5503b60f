import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { TTemplateSummary } from '../../../../../contracts';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { pluralise } from '../../../app/format';
import { useTemplates } from '../portfoliosApi';
import { draftFrom, emptyDraft, type TemplateDraft } from './draft';
import { TemplateForm } from './TemplateForm';
import { templateWrites, useRefreshTemplates } from './templatesApi';

function TemplateCard({ t, action }: { t: TTemplateSummary; action: ReactNode }) {
  return (
    <Card withBorder padding="md" component="article" aria-label={t.title}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={650} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {t.title}
          </Text>
          {t.builtin ? (
            <Badge variant="light" color="gray">
              Built in
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t.scheme} · {pluralise(t.sections, 'section')}
          {t.extends.length > 0 ? ' · adds to an existing portfolio' : ''}
        </Text>
        {t.description ? <Text size="sm">{t.description}</Text> : null}
        <Group mt="auto" pt="xs">
          {action}
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * The institution's own portfolio templates (managers and administrators add and delete
 * them) next to the built-in ones, any of which can be the starting point of a new one.
 */
export function TemplatesPage() {
  const templates = useTemplates();
  const refresh = useRefreshTemplates();
  const [form, setForm] = useState<{ draft: TemplateDraft; from: string | null } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TTemplateSummary | null>(null);
  const own = templates.data?.templates.filter((t) => !t.builtin) ?? [];
  const builtin = templates.data?.templates.filter((t) => t.builtin) ?? [];

  const start = useMutation({
    mutationFn: (t: TTemplateSummary) => templateWrites.read(t.id),
    onSuccess: (t) => {
      setCreated(null);
      setForm({ draft: draftFrom(t), from: t.title });
      window.scrollTo(0, 0);
    },
  });
  const remove = useMutation({
    mutationFn: (t: TTemplateSummary) => templateWrites.remove(t.id),
    onSuccess: () => {
      setDeleting(null);
      void refresh();
    },
  });

  const openNew = () => {
    setCreated(null);
    setForm({ draft: emptyDraft(), from: null });
  };

  return (
    <>
      <PageTitle
        title="Portfolio templates"
        description={
          <>
            Templates set out the sections a portfolio asks for, with guidance and the checks made
            before submission. Add your institution’s own next to the built-in ones.{' '}
            <Anchor component={Link} to="/portfolios">
              Back to portfolios
            </Anchor>
          </>
        }
        actions={
          form ? null : (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={openNew}>
              New template
            </Button>
          )
        }
      />
      {form ? (
        <TemplateForm
          key={form.draft.sections[0]?.uid ?? 'new'}
          initial={form.draft}
          startedFrom={form.from}
          onCancel={() => setForm(null)}
          onCreated={(t) => {
            setForm(null);
            setCreated(t.title);
            void refresh();
            window.scrollTo(0, 0);
          }}
        />
      ) : (
        <Stack gap="xl">
          {created ? (
            <Alert
              color="cairn"
              variant="light"
              icon={<IconCheck aria-hidden />}
              title="Template saved"
              role="status"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setCreated(null)}
            >
              “{created}” is ready: people in your institution can start portfolios from it.
            </Alert>
          ) : null}
          <FormAlert error={templates.error} title="The templates did not load" />
          <FormAlert error={start.error} title="That template could not be opened" />
          {templates.isPending ? <Loader aria-label="Loading templates" /> : null}
          {templates.data ? (
            <Stack gap="sm" component="section" aria-labelledby="tpl-own">
              <Title order={2} fz="lg" id="tpl-own">
                Your institution’s templates
              </Title>
              {own.length === 0 ? (
                <Card withBorder padding="lg">
                  <Stack gap="sm" align="flex-start">
                    <IconTemplate size={32} aria-hidden />
                    <Text maw={640}>
                      Your institution has no templates of its own yet. Start from a built-in
                      template below and change what you do differently, or begin with an empty one.
                    </Text>
                    <Button variant="default" onClick={openNew}>
                      Begin an empty template
                    </Button>
                  </Stack>
                </Card>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  {own.map((t) => (
                    <TemplateCard
                      key={t.id}
                      t={t}
                      action={
                        <Button
                          variant="default"
                          color="red"
                          size="sm"
                          aria-label={`Delete ${t.title}`}
                          onClick={() => {
                            remove.reset();
                            setDeleting(t);
                          }}
                        >
                          Delete
                        </Button>
                      }
                    />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          ) : null}
          {builtin.length > 0 ? (
            <Stack gap="sm" component="section" aria-labelledby="tpl-builtin">
              <Title order={2} fz="lg" id="tpl-builtin">
                Built-in templates
              </Title>
              <Text size="sm" c="dimmed">
                These come with Cairn and cannot be changed; use one as the starting point of your
                own.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {builtin.map((t) => (
                  <TemplateCard
                    key={t.id}
                    t={t}
                    action={
                      <Button
                        variant="light"
                        size="sm"
                        aria-label={`Use ${t.title} as a starting point`}
                        loading={start.isPending && start.variables?.id === t.id}
                        onClick={() => start.mutate(t)}
                      >
                        Use as a starting point
                      </Button>
                    }
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ) : null}
        </Stack>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this template?"
        confirmLabel="Delete template"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      >
        <Text>
          “{deleting?.title}” will no longer be offered when someone starts a portfolio. A template
          that a portfolio uses cannot be deleted.
        </Text>
      </ConfirmModal>
    </>
  );
}
