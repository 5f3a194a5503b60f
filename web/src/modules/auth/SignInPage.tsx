import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { type TMe, type TSignInBody, ZSignInBody } from '../../../../contracts';
import { api, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { PasswordField } from '../../app/components/PasswordField';
import { useFormState } from '../../app/forms';
import { clearSignInNotice, safeNext, startSession, useMe } from '../../app/session';

/** Notices other pages can ask for with ?notice=… (fixed texts, so a link cannot inject its own). */
const NOTICES: Record<string, string> = {
  'password-changed': 'Your password was changed. Sign in with your new password.',
  'account-deleted': 'Your account was deleted.',
  'signed-out': 'You have signed out.',
  'session-ended': 'Your session has ended. Sign in again to carry on where you were.',
};

function noticeFromState(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state) {
    const notice = (state as { notice: unknown }).notice;
    if (typeof notice === 'string' && notice) return notice;
  }
  return null;
}

const LABELS = { email: 'Email', password: 'Password' };

export function SignInPage() {
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const next = safeNext(params.get('next'));
  const notice = noticeFromState(location.state) ?? NOTICES[params.get('notice') ?? ''] ?? null;

  useEffect(() => clearSignInNotice(), []);

  const form = useFormState<TSignInBody>({ email: '', password: '' }, LABELS);
  const signIn = useMutation({
    mutationFn: (body: TSignInBody) => api<TMe>('POST', '/api/auth/sign-in', body),
    onSuccess: (signedIn) => {
      startSession(queryClient, signedIn);
      navigate(next, { replace: true });
    },
    onError: form.showServerErrors,
  });

  if (me.data) return <Navigate to={next} replace />;

  const rateLimited = isApiError(signIn.error) && signIn.error.code === 'RATE_LIMITED';

  return (
    <>
      <PageTitle title="Sign in to Cairn" documentTitle="Sign in" />
      <Stack gap="md">
        {notice && !signIn.error ? (
          <Alert color="cairn" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {notice}
          </Alert>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const body = form.validate(ZSignInBody);
            if (body) signIn.mutate(body);
          }}
        >
          <Stack gap="md">
            <TextInput
              label={LABELS.email}
              type="email"
              autoComplete="username"
              value={form.values.email}
              onChange={(event) => form.setValue('email', event.currentTarget.value)}
              error={form.errors.email}
              required
            />
            <PasswordField
              label={LABELS.password}
              autoComplete="current-password"
              value={form.values.password}
              onChange={(event) => form.setValue('password', event.currentTarget.value)}
              error={form.errors.password}
              required
            />
            <FormAlert
              error={signIn.error}
              title="You are not signed in"
              knownFields={Object.keys(LABELS)}
            >
              {rateLimited ? (
                <Text size="sm" mt={4}>
                  If you have forgotten your password,{' '}
                  <Anchor component={Link} to="/forgot-password" fw={600}>
                    reset your password
                  </Anchor>
                  .
                </Text>
              ) : null}
            </FormAlert>
            <Button type="submit" loading={signIn.isPending} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/forgot-password">
            Forgot your password?
          </Anchor>
        </Text>
        <Text size="sm" c="dimmed" ta="center">
          New to Cairn? Ask an administrator at your institution to invite you.
        </Text>
      </Stack>
    </>
  );
}
