import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  type TRole,
  ZEmail,
  ZRole,
} from '../../../../contracts';
import { api } from '../../app/api';
import { ModalForm } from '../../app/components/ModalForm';
import { useFormState } from '../../app/forms';
import { type CreatedInvitation, INVITATIONS_KEY } from './peopleApi';

const LABELS = { email: 'Email', name: 'Name (optional)', roles: 'Roles' };

const ZInviteForm = z.object({
  email: ZEmail,
  name: z.string().trim().max(120, { message: 'must be at most 120 characters' }),
  roles: z.array(ZRole).min(1, { message: 'Choose at least one role' }),
});

function isRole(value: string): value is TRole {
  return (ROLES as readonly string[]).includes(value);
}

interface Props {
  onCreated: (created: CreatedInvitation) => void;
  onCancel: () => void;
}

export function InviteForm({ onCreated, onCancel }: Props) {
  const queryClient = useQueryClient();
  const form = useFormState<{ email: string; name: string; roles: TRole[] }>(
    { email: '', name: '', roles: [] },
    LABELS,
  );
  const invite = useMutation({
    mutationFn: (body: { email: string; name?: string; roles: TRole[] }) =>
      api<CreatedInvitation>('POST', '/api/invitations', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
      onCreated(created);
    },
    onError: form.showServerErrors,
  });

  return (
    <ModalForm
      onSubmit={() => {
        const body = form.validate(ZInviteForm);
        if (!body) return;
        invite.mutate({
          email: body.email,
          roles: body.roles,
          ...(body.name ? { name: body.name } : {}),
        });
      }}
      error={invite.error}
      errorTitle="The invitation was not sent"
      knownFields={Object.keys(LABELS)}
      submitLabel="Send invitation"
      pending={invite.isPending}
      onCancel={onCancel}
    >
      <TextInput
        label={LABELS.email}
        type="email"
        autoComplete="off"
        value={form.values.email}
        onChange={(event) => form.setValue('email', event.currentTarget.value)}
        error={form.errors.email}
        required
        data-autofocus
      />
      <TextInput
        label={LABELS.name}
        description="Used to greet them. They can change it when they accept."
        autoComplete="off"
        value={form.values.name}
        onChange={(event) => form.setValue('name', event.currentTarget.value)}
        error={form.errors.name}
      />
      <Checkbox.Group
        label={LABELS.roles}
        description="Choose at least one. You can change roles later."
        value={form.values.roles}
        onChange={(values) => form.setValue('roles', values.filter(isRole))}
        error={form.errors.roles}
      >
        <Stack gap="sm" mt="xs">
          {ROLES.map((role) => (
            <Checkbox
              key={role}
              value={role}
              label={ROLE_LABELS[role]}
              description={ROLE_DESCRIPTIONS[role]}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </ModalForm>
  );
}
