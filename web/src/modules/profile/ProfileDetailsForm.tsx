import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TMe, ZUpdateProfileBody } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { useFormState } from '../../app/forms';
import { ME_KEY } from '../../app/session';

const LABELS = { name: 'Your name' };

export function ProfileDetailsForm({ me }: { me: TMe }) {
  const queryClient = useQueryClient();
  const form = useFormState({ name: me.user.name }, LABELS);
  const save = useMutation({
    mutationFn: (body: { name: string }) => api<TMe>('PATCH', '/api/me', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(ME_KEY, updated);
      form.reset({ name: updated.user.name });
      notifications.show({ color: 'cairn', title: 'Saved', message: 'Your name was updated.' });
    },
    onError: form.showServerErrors,
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZUpdateProfileBody);
        if (body) save.mutate(body);
      }}
    >
      <Stack gap="md">
        <TextInput
          label={LABELS.name}
          autoComplete="name"
          value={form.values.name}
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
          error={form.errors.name}
          required
        />
        <TextInput
          label="Email"
          value={me.user.email}
          readOnly
          variant="filled"
          description="You sign in with this address. It cannot be changed here."
        />
        <FormAlert
          error={save.error}
          title="Your details were not saved"
          knownFields={Object.keys(LABELS)}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
