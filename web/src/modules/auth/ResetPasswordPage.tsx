import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { type TLinkState, type TMe, ZNewPassword } from '../../../../contracts';
import { api, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { PasswordField } from '../../app/components/PasswordField';
import { useFormState } from '../../app/forms';
import { startSession } from '../../app/session';
import { resetCheckKey } from './keys';
import { LinkProblem, linkStateFromCode } from './LinkProblem';

interface ResetCheck {
  state: TLinkState;
  email: string | null;
  message: string;
}

async function checkToken(token: string): Promise<ResetCheck> {
  try {
    return await api<ResetCheck>('GET', `/api/auth/password-reset/${encodeURIComponent(token)}`);
  } catch (error) {
    const state = isApiError(error) ? linkStateFromCode(error.code) : null;
    if (state && isApiError(error)) return { state, email: null, message: error.message };
    throw error;
  }
}

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const check = useQuery({
    queryKey: resetCheckKey(token),
    queryFn: () => checkToken(token),
    enabled: token !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token) {
    return (
      <LinkProblem
        kind="reset"
        state="invalid"
        message="This address is missing the code from your email. Open the link in the email again, or request a new one."
      />
    );
  }
  if (check.isPending) {
    return (
      <>
        <PageTitle title="Choose a new password" />
        <Stack gap="md" aria-busy="true" aria-label="Checking your link">
          <Skeleton height={20} width="70%" />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      </>
    );
  }
  if (check.isError) {
    return (
      <>
        <PageTitle title="Choose a new password" />
        <Stack gap="md" align="flex-start">
          <FormAlert error={check.error} title="Your link could not be checked" />
          <Button onClick={() => check.refetch()}>Try again</Button>
        </Stack>
      </>
    );
  }
  if (check.data.state !== 'valid') {
    return <LinkProblem kind="reset" state={check.data.state} message={check.data.message} />;
  }
  return <ResetForm token={token} email={check.data.email} />;
}

const LABELS = { password: 'New password', confirm: 'Confirm new password' };

const ZResetForm = z
  .object({ password: ZNewPassword, confirm: z.string() })
  .refine((values) => values.password === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords do not match',
  });

function ResetForm({ token, email }: { token: string; email: string | null }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormState({ password: '', confirm: '' }, LABELS);
  const complete = useMutation({
    mutationFn: (password: string) =>
      api<TMe>('POST', '/api/auth/password-reset/complete', { token, password }),
    onSuccess: (me) => {
      startSession(queryClient, me);
      notifications.show({
        color: 'cairn',
        title: 'Password changed',
        message: 'Your password was changed and you are signed in.',
      });
      navigate('/', { replace: true });
    },
    onError: (error) => {
      form.showServerErrors(error);
      // The link stopped working while the page was open: show why, and what to do.
      if (isApiError(error) && linkStateFromCode(error.code)) {
        void queryClient.invalidateQueries({ queryKey: resetCheckKey(token) });
      }
    },
  });

  return (
    <>
      <PageTitle title="Choose a new password" />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const values = form.validate(ZResetForm);
          if (values) complete.mutate(values.password);
        }}
      >
        <Stack gap="md">
          {email ? (
            <Text>
              For <strong>{email}</strong>. Choose a password you do not use anywhere else.
            </Text>
          ) : null}
          {email ? (
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={email}
              readOnly
              hidden
            />
          ) : null}
          <PasswordField
            label={LABELS.password}
            description="At least 10 characters. A few unrelated words make a strong one."
            autoComplete="new-password"
            value={form.values.password}
            onChange={(event) => form.setValue('password', event.currentTarget.value)}
            error={form.errors.password}
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
            error={complete.error}
            title="Your password was not changed"
            knownFields={Object.keys(LABELS)}
          />
          <Button type="submit" loading={complete.isPending} fullWidth>
            Set new password
          </Button>
        </Stack>
      </form>
    </>
  );
}
