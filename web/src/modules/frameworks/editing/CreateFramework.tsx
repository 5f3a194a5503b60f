import { Button, Modal, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ZCreateFrameworkBody } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { frameworkWrites, useRefreshFrameworks } from '../frameworksApi';
import { done, orNull } from './common';

// New framework (on /frameworks)

const NEW_LABELS = { title: 'Title', description: 'Description', publisher: 'Publisher' };

function NewFrameworkForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const form = useFormState({ title: '', description: '', publisher: '' }, NEW_LABELS);
  const create = useMutation({
    mutationFn: frameworkWrites.create,
    onSuccess: (framework) => {
      void refresh();
      done('Draft created', `${framework.title}: add its items, then publish it.`);
      navigate(`/frameworks/${framework.id}`);
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZCreateFrameworkBody, {
          title: form.values.title,
          description: orNull(form.values.description),
          publisher: orNull(form.values.publisher),
        });
        if (body) create.mutate(body);
      }}
      error={create.error}
      errorTitle="The framework was not created"
      knownFields={Object.keys(NEW_LABELS)}
      submitLabel="Create draft"
      pending={create.isPending}
      onCancel={onCancel}
    >
      <TextInput
        label={NEW_LABELS.title}
        description="For example “Harbour digital practice framework”."
        value={form.values.title}
        onChange={(event) => form.setValue('title', event.currentTarget.value)}
        error={form.errors.title}
        required
        data-autofocus
      />
      <Textarea
        label={NEW_LABELS.description}
        description="Optional: what the framework is for and who it is for."
        autosize
        minRows={2}
        maxRows={8}
        value={form.values.description}
        onChange={(event) => form.setValue('description', event.currentTarget.value)}
        error={form.errors.description}
      />
      <TextInput
        label={NEW_LABELS.publisher}
        description="Optional: who publishes it, when not your institution itself."
        value={form.values.publisher}
        onChange={(event) => form.setValue('publisher', event.currentTarget.value)}
        error={form.errors.publisher}
      />
    </ModalForm>
  );
}

export function NewFrameworkButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)}>
        New framework
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title="New framework"
        centered
        size="lg"
      >
        <Text size="sm" mb="md">
          Cairn creates a draft that you can fill with items. Nobody outside your institution sees
          it until you publish it and choose to share it.
        </Text>
        <NewFrameworkForm onCancel={() => setOpened(false)} />
      </Modal>
    </>
  );
}
