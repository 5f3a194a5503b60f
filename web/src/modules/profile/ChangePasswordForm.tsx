import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ZNewPassword } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PasswordField } from '../../app/components/PasswordField';
import { useFormState } from '../../app/forms';
import { endSession, fetchMe, ME_KEY } from '../../app/session';

const LABELS = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirm: 'Confirm new password',
};

const ZForm = z
  .object({
    currentPassword: z.string().min(1, { message: 'is required' }),
    newPassword: ZNewPassword,
    confirm: z.string(),
  })
  .refine((values) => values.newPassword === values.confirm, {
    path: ['confirm'],
    message: 'The two new passwords do not match',
  });

export function ChangePasswordForm() {
  const queryClient = useQueryClient();
  const form = useFormState({ currentPassword: '', newPassword: '', confirm: '' }, LABELS);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<{ ok: true }>('POST', '/api/me/password', body),
    onSuccess: async () => {
      form.reset();
      // If the server ended every session when the password changed, ask for the new one.
      const me = await fetchMe().catch(() => undefined);
      if (me === null) {
        endSession(queryClient, {
          message: 'Your password was changed. Sign in with your new password.',
          keepNext: false,
        });
        return;
      }
      if (me) queryClient.setQueryData(ME_KEY, me);
      notifications.show({
        color: 'cairn',
        title: 'Password changed',
        message: 'Use your new password next time you sign in.',
      });
    },
    onError: form.showServerErrors,
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = form.validate(ZForm);
        if (values) {
          change.mutate({
            currentPassword: values.currentPassword,
            newPassword: values.newPassword,
          });
        }
      }}
    >
      <Stack gap="md">
        <PasswordField
          label={LABELS.currentPassword}
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={(event) => form.setValue('currentPassword', event.currentTarget.value)}
          error={form.errors.currentPassword}
          required
        />
        <PasswordField
          label={LABELS.newPassword}
          description="At least 10 characters. A few unrelated words make a strong one."
          autoComplete="new-password"
          value={form.values.newPassword}
          onChange={(event) => form.setValue('newPassword', event.currentTarget.value)}
          error={form.errors.newPassword}
          required
        />
        <PasswordField
          label={LABELS.confirm}
          autoComplete="new-password"
          value={form.values.confirm}
          onChange={(event) => form.setValue('confirm', event.currentTarget.value)}
          error={form.errors.confirm}
          required
        />
        <FormAlert
          error={change.error}
          title="Your password was not changed"
          knownFields={Object.keys(LABELS)}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
