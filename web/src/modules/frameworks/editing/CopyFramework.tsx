import { Button, Modal, Text, TextInput } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type TFrameworkSummary, ZCopyFrameworkBody } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { frameworkWrites, useRefreshFrameworks } from '../frameworksApi';
import { done } from './common';

// Copy (built-in and published frameworks)

function CopyForm({ framework, onCancel }: { framework: TFrameworkSummary; onCancel: () => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const labels = { title: 'Title of the copy' };
  const form = useFormState({ title: `${framework.title} (copy)` }, labels);
  const copy = useMutation({
    mutationFn: (title: string) => frameworkWrites.copy(framework.id, title),
    onSuccess: (copied) => {
      void refresh();
      done('Copy made', `${copied.title} is a draft that you can edit.`);
      navigate(`/frameworks/${copied.id}`);
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZCopyFrameworkBody);
        if (body?.title) copy.mutate(body.title);
        else if (body) form.setErrors({ title: 'Title of the copy is required' });
      }}
      error={copy.error}
      errorTitle="The copy was not made"
      knownFields={Object.keys(labels)}
      submitLabel="Make a copy"
      pending={copy.isPending}
      onCancel={onCancel}
    >
      <Text size="sm">
        The copy is a draft of your institution with all {framework.itemCount.toLocaleString('en')}{' '}
        items and their mappings to other frameworks. {framework.title} itself does not change.
      </Text>
      <TextInput
        label={labels.title}
        value={form.values.title}
        onChange={(event) => form.setValue('title', event.currentTarget.value)}
        error={form.errors.title}
        required
        data-autofocus
      />
    </ModalForm>
  );
}

export function CopyButton({
  framework,
  variant,
}: {
  framework: TFrameworkSummary;
  variant: 'filled' | 'default';
}) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconCopy size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Copy to edit
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Copy to edit" centered>
        <CopyForm framework={framework} onCancel={() => setOpened(false)} />
      </Modal>
    </>
  );
}
