import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ZPasswordResetRequestBody } from '../../../../contracts';
import { api } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { useFormState } from '../../app/forms';

const LABELS = { email: 'Email' };

export function ForgotPasswordPage() {
  const form = useFormState({ email: '' }, LABELS);
  const request = useMutation({
    mutationFn: (body: { email: string }) =>
      api<{ ok: true }>('POST', '/api/auth/password-reset', body),
    onError: form.showServerErrors,
  });

  return (
    <>
      <PageTitle
        title="Reset your password"
        description="Enter the email address you sign in with and we will send you a link to choose a new password."
      />
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert
            color="cairn"
            variant="light"
            title="Check your email"
            icon={<IconMailCheck aria-hidden />}
            role="status"
          >
            If an account exists for that address, we&apos;ve sent a link. It expires in 1 hour.
          </Alert>
          <Text size="sm">
            Nothing arrived after a few minutes? Check your spam folder, or{' '}
            <Anchor component="button" type="button" onClick={() => request.reset()} fz="sm">
              try another address
            </Anchor>
            .
          </Text>
          <Text size="sm">
            <Anchor component={Link} to="/sign-in">
              Back to sign in
            </Anchor>
          </Text>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const body = form.validate(ZPasswordResetRequestBody);
            if (body) request.mutate(body);
          }}
        >
          <Stack gap="md">
            <TextInput
              label={LABELS.email}
              type="email"
              autoComplete="email"
              value={form.values.email}
              onChange={(event) => form.setValue('email', event.currentTarget.value)}
              error={form.errors.email}
              required
            />
            <FormAlert
              error={request.error}
              title="The link was not sent"
              knownFields={Object.keys(LABELS)}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              Send reset link
            </Button>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in">
                Back to sign in
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </>
  );
}
