import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconGitBranch, IconPencil, IconPlus, IconRocket, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { useNavigate } from 'react-router';
import { type TFrameworkSummary, ZPublishBody } from '../../../../../contracts';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { FormAlert } from '../../../app/components/FormAlert';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { frameworkWrites, useRefreshFrameworks } from '../frameworksApi';
import { done } from './common';
import { CopyButton } from './CopyFramework';
import { DraftContext } from './draftContext';
import { ShareOverCase } from './Sharing';

// Publish a draft

function PublishForm({ framework, onDone }: { framework: TFrameworkSummary; onDone: () => void }) {
  const refresh = useRefreshFrameworks();
  const labels = { version: 'Version label' };
  const form = useFormState({ version: '' }, labels);
  const publish = useMutation({
    mutationFn: (version: string) => frameworkWrites.publish(framework.id, version),
    onSuccess: (published) => {
      void refresh();
      done('Published', `${published.title} version ${published.version} is published.`);
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZPublishBody);
        if (body) publish.mutate(body.version);
      }}
      error={publish.error}
      errorTitle="The framework was not published"
      knownFields={Object.keys(labels)}
      submitLabel="Publish version"
      pending={publish.isPending}
      onCancel={onDone}
    >
      <Text size="sm">
        Once published, this version is frozen: its items can no longer change. To change it later,
        you start a new version.
      </Text>
      <TextInput
        label={labels.version}
        description="How people will tell this version from others, for example “2026” or “1.0”."
        value={form.values.version}
        onChange={(event) => form.setValue('version', event.currentTarget.value)}
        error={form.errors.version}
        required
        data-autofocus
      />
    </ModalForm>
  );
}

// The panel above the tree: what can be done with this version

export function DraftPanel({ framework }: { framework: TFrameworkSummary }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const editing = useContext(DraftContext);
  const [dialog, setDialog] = useState<'publish' | 'delete' | null>(null);
  const remove = useMutation({
    mutationFn: () => frameworkWrites.remove(framework.id),
    onSuccess: () => {
      void refresh();
      done('Draft deleted', `${framework.title} was deleted.`);
      navigate('/frameworks');
    },
  });
  return (
    <Alert
      color="amber"
      variant="light"
      title="Draft"
      icon={<IconPencil aria-hidden />}
      component="section"
      // A landmark to find, not an alert to announce on every visit.
      role="region"
      aria-label="Draft"
    >
      <Stack gap="sm">
        <Text size="sm">
          This framework is a draft{framework.version ? ` of version ${framework.version}` : ''}: it
          is not yet published, and nothing outside your institution can see it. You can add, edit,
          move and delete its items, then publish it with a version label when it is ready.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => editing?.start({ kind: 'add', parent: null })}
          >
            Add item
          </Button>
          <Button
            variant="default"
            leftSection={<IconRocket size={18} aria-hidden />}
            onClick={() => setDialog('publish')}
          >
            Publish
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => {
              remove.reset();
              setDialog('delete');
            }}
          >
            Delete draft
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={dialog === 'publish'}
        onClose={() => setDialog(null)}
        title={`Publish ${framework.title}`}
        centered
      >
        <PublishForm framework={framework} onDone={() => setDialog(null)} />
      </Modal>
      <ConfirmModal
        opened={dialog === 'delete'}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => setDialog(null)}
      >
        <Text size="sm">
          {framework.title} and its {framework.itemCount.toLocaleString('en')} items will be
          deleted. Published versions, if any, stay as they are. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Alert>
  );
}

export function PublishedPanel({ framework }: { framework: TFrameworkSummary }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const next = useMutation({
    mutationFn: () => frameworkWrites.newVersion(framework.id),
    onSuccess: (draft) => {
      void refresh();
      done('New version started', `A draft of ${draft.title} is ready to edit.`);
      navigate(`/frameworks/${draft.id}`);
    },
  });
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="manage-heading"
    >
      <Stack gap="md">
        <Title order={2} fz="lg" id="manage-heading">
          Manage this framework
        </Title>
        <Text size="sm">
          Version {framework.version} is published, so its items no longer change. To change the
          framework, start a new version: a draft copy that you edit and then publish with its own
          label.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            leftSection={<IconGitBranch size={18} aria-hidden />}
            loading={next.isPending}
            onClick={() => next.mutate()}
          >
            Start a new version
          </Button>
          <CopyButton framework={framework} variant="default" />
        </Group>
        <FormAlert error={next.error} title="The new version was not started" />
        <ShareOverCase framework={framework} />
      </Stack>
    </Card>
  );
}
