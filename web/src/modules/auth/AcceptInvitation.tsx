import { Anchor, Button, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import {
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  type TInvitationPreview,
  type TMe,
  ZNewPassword,
  ZPersonName,
} from '../../../../contracts';
import { api, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { PasswordField } from '../../app/components/PasswordField';
import { formatRoles } from '../../app/format';
import { useFormState } from '../../app/forms';
import { startSession } from '../../app/session';
import { previewKey } from './keys';
import { linkStateFromCode } from './LinkProblem';

const LABELS = { name: 'Your name', password: 'Password' };

const ZNewAccount = z.object({ name: ZPersonName, password: ZNewPassword });
const ZExistingAccount = z.object({ password: z.string().min(1, { message: 'is required' }) });

interface Props {
  token: string;
  preview: TInvitationPreview;
  institutionName: string;
}

export function AcceptInvitation({ token, preview, institutionName }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormState({ name: preview.name ?? '', password: '' }, LABELS);
  const accept = useMutation({
    mutationFn: (body: { token: string; name?: string; password: string }) =>
      api<TMe>('POST', '/api/invitations/accept', body),
    onSuccess: (me) => {
      startSession(queryClient, me);
      notifications.show({
        color: 'cairn',
        title: `Welcome to ${me.institution?.name ?? institutionName}`,
        message: 'You have accepted the invitation.',
      });
      navigate('/', { replace: true });
    },
    onError: (error) => {
      form.showServerErrors(error);
      if (isApiError(error) && linkStateFromCode(error.code)) {
        void queryClient.invalidateQueries({ queryKey: previewKey(token) });
      }
    },
  });

  const inviter = preview.invitedBy ?? 'An administrator';
  const roles = preview.roles.length > 0 ? formatRoles(preview.roles) : 'a member';

  return (
    <>
      <PageTitle title={`Join ${institutionName}`} documentTitle="Accept invitation" />
      <Stack gap="md">
        <Text>
          {inviter} invited you to join <strong>{institutionName}</strong> as {roles}.
        </Text>
        {preview.roles.length > 0 ? (
          <List size="sm" spacing={4}>
            {preview.roles.map((role) => (
              <List.Item key={role}>
                <strong>{ROLE_LABELS[role]}:</strong> {ROLE_DESCRIPTIONS[role]}
              </List.Item>
            ))}
          </List>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (preview.accountExists) {
              const values = form.validate(ZExistingAccount);
              if (values) accept.mutate({ token, password: values.password });
            } else {
              const values = form.validate(ZNewAccount);
              if (values) accept.mutate({ token, name: values.name, password: values.password });
            }
          }}
        >
          <Stack gap="md">
            {preview.email ? (
              <TextInput
                label="Email"
                value={preview.email}
                readOnly
                variant="filled"
                autoComplete="username"
                description="The invitation was sent to this address; you will sign in with it."
              />
            ) : null}
            {preview.accountExists ? (
              <>
                <Text size="sm">
                  You already have a Cairn account. Enter its password to add {institutionName} to
                  it.
                </Text>
                <PasswordField
                  label={LABELS.password}
                  autoComplete="current-password"
                  value={form.values.password}
                  onChange={(event) => form.setValue('password', event.currentTarget.value)}
                  error={form.errors.password}
                  required
                />
              </>
            ) : (
              <>
                <TextInput
                  label={LABELS.name}
                  autoComplete="name"
                  value={form.values.name}
                  onChange={(event) => form.setValue('name', event.currentTarget.value)}
                  error={form.errors.name}
                  required
                />
                <PasswordField
                  label={LABELS.password}
                  description="Choose a password of at least 10 characters. A few unrelated words make a strong one."
                  autoComplete="new-password"
                  value={form.values.password}
                  onChange={(event) => form.setValue('password', event.currentTarget.value)}
                  error={form.errors.password}
                  required
                />
              </>
            )}
            <FormAlert
              error={accept.error}
              title="The invitation was not accepted"
              knownFields={Object.keys(LABELS)}
            />
            <Button type="submit" loading={accept.isPending} fullWidth>
              Accept invitation
            </Button>
            {preview.accountExists ? (
              <Text size="sm" ta="center">
                <Anchor component={Link} to="/forgot-password">
                  Forgot your password?
                </Anchor>
              </Text>
            ) : null}
          </Stack>
        </form>
      </Stack>
    </>
  );
}
