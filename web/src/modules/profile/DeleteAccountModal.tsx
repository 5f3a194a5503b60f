import { List, Modal, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZDeleteAccountBody } from '../../../../contracts';
import { api } from '../../app/api';
import { ModalForm } from '../../app/components/ModalForm';
import { PasswordField } from '../../app/components/PasswordField';
import { useFormState } from '../../app/forms';
import { endSession } from '../../app/session';

interface Props {
  opened: boolean;
  onClose: () => void;
  consequences: string[];
}

export function DeleteAccountModal({ opened, onClose, consequences }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Delete your account" centered>
      <DeleteAccountForm onCancel={onClose} consequences={consequences} />
    </Modal>
  );
}

const LABELS = { password: 'Password', confirm: 'Type DELETE to confirm' };

function DeleteAccountForm({
  onCancel,
  consequences,
}: {
  onCancel: () => void;
  consequences: string[];
}) {
  const queryClient = useQueryClient();
  const form = useFormState({ password: '', confirm: '' }, LABELS);
  const remove = useMutation({
    mutationFn: (body: { password: string; confirm: 'DELETE' }) =>
      api<void>('DELETE', '/api/me', body),
    onSuccess: () =>
      endSession(queryClient, { message: 'Your account was deleted.', keepNext: false }),
    onError: form.showServerErrors,
  });
  const ready = form.values.confirm === 'DELETE' && form.values.password !== '';

  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZDeleteAccountBody);
        if (body) remove.mutate(body);
      }}
      error={remove.error}
      errorTitle="Your account was not deleted"
      knownFields={Object.keys(LABELS)}
      submitLabel="Delete account permanently"
      pending={remove.isPending}
      onCancel={onCancel}
      submitProps={{ color: 'red', disabled: !ready }}
    >
      <Text fw={600}>This cannot be undone.</Text>
      {consequences.length > 0 ? (
        <List size="sm" spacing={4}>
          {consequences.map((consequence) => (
            <List.Item key={consequence}>{consequence}</List.Item>
          ))}
        </List>
      ) : null}
      <PasswordField
        label={LABELS.password}
        description="Your current password, to show it is really you."
        autoComplete="current-password"
        value={form.values.password}
        onChange={(event) => form.setValue('password', event.currentTarget.value)}
        error={form.errors.password}
        required
        data-autofocus
      />
      <TextInput
        label={LABELS.confirm}
        description="In capital letters."
        autoComplete="off"
        value={form.values.confirm}
        onChange={(event) => form.setValue('confirm', event.currentTarget.value)}
        error={form.errors.confirm}
        required
      />
    </ModalForm>
  );
}
