import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ZCreateApiTokenBody } from '../../../../contracts';
import { api } from '../../app/api';
import { CopyField } from '../../app/components/CopyField';
import { ModalForm } from '../../app/components/ModalForm';
import { useFormState } from '../../app/forms';
import { type CreatedToken, curlExample, TOKENS_KEY } from './tokensApi';

interface Props {
  opened: boolean;
  onClose: () => void;
}

export function CreateTokenModal({ opened, onClose }: Props) {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const close = () => {
    onClose();
    setCreated(null);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Copy your new token' : 'Create an API token'}
      centered
      size="lg"
      // Closing by accident would lose the secret for good.
      closeOnClickOutside={!created}
    >
      {created ? (
        <TokenSecret created={created} onDone={close} />
      ) : (
        <CreateTokenForm onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

const EXPIRY_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '365 days' },
  { value: 'never', label: 'Never' },
];

const LABELS = { name: 'Token name', expiresInDays: 'Expires after' };

function CreateTokenForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedToken) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useFormState({ name: '', expiresInDays: '90' }, LABELS);
  const create = useMutation({
    mutationFn: (body: { name: string; expiresInDays: number | null }) =>
      api<CreatedToken>('POST', '/api/me/tokens', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
      onCreated(created);
    },
    onError: form.showServerErrors,
  });

  return (
    <ModalForm
      onSubmit={() => {
        const expiresInDays =
          form.values.expiresInDays === 'never' ? null : Number(form.values.expiresInDays);
        const body = form.validate(ZCreateApiTokenBody, { name: form.values.name, expiresInDays });
        if (body) create.mutate({ name: body.name, expiresInDays: body.expiresInDays ?? null });
      }}
      error={create.error}
      errorTitle="The token was not created"
      knownFields={Object.keys(LABELS)}
      submitLabel="Create token"
      pending={create.isPending}
      onCancel={onCancel}
    >
      <TextInput
        label={LABELS.name}
        description="So you can recognise it later, for example “Weekly report script”."
        value={form.values.name}
        onChange={(event) => form.setValue('name', event.currentTarget.value)}
        error={form.errors.name}
        required
        data-autofocus
      />
      <NativeSelect
        label={LABELS.expiresInDays}
        description="A token that expires limits the damage if it leaks."
        data={EXPIRY_OPTIONS}
        value={form.values.expiresInDays}
        onChange={(event) => form.setValue('expiresInDays', event.currentTarget.value)}
        error={form.errors.expiresInDays}
      />
    </ModalForm>
  );
}

function TokenSecret({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Alert
        color="amber"
        variant="light"
        title="Copy it now: it will not be shown again"
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
      >
        Cairn stores only a fingerprint of “{created.token.name}”. If you lose it, revoke it and
        create a new one.
      </Alert>
      <CopyField value={created.secret} copyLabel="Copy token" testId="api-token-secret" />
      <Text size="sm">Try it:</Text>
      <CopyField value={curlExample(created.secret)} copyLabel="Copy command" />
      <Group justify="flex-end">
        <Button onClick={onDone}>I have copied it</Button>
      </Group>
    </Stack>
  );
}
