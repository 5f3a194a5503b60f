import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TLinkState } from '../../../../contracts';
import { PageTitle } from '../../app/components/PageTitle';

type Problem = Exclude<TLinkState, 'valid'>;

const TITLES: Record<'reset' | 'invitation', Record<Problem, string>> = {
  reset: {
    expired: 'This password reset link has expired',
    used: 'This password reset link has already been used',
    invalid: 'This password reset link is not valid',
  },
  invitation: {
    expired: 'This invitation has expired',
    used: 'This invitation has already been used',
    invalid: 'This invitation link is not valid',
  },
};

interface Props {
  kind: 'reset' | 'invitation';
  state: Problem;
  /** The server's explanation, shown as it is. */
  message: string | null;
}

/** A link that cannot be used: says why, and what to do next. */
export function LinkProblem({ kind, state, message }: Props) {
  return (
    <>
      <PageTitle title={TITLES[kind][state]} />
      <Stack gap="md">
        {message ? <Text>{message}</Text> : null}
        {kind === 'reset' ? (
          <Alert
            color="cairn"
            variant="light"
            title="What to do"
            icon={<IconInfoCircle aria-hidden />}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                Request a new link. Password reset links work once and expire after 1 hour.
              </Text>
              <Button component={Link} to="/forgot-password">
                Request a new link
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Alert
            color="cairn"
            variant="light"
            title="What to do"
            icon={<IconInfoCircle aria-hidden />}
          >
            <Text size="sm">
              Ask your administrator to send a new invitation.
              {state === 'used'
                ? ' If you have already accepted it, sign in with your email address and password.'
                : ''}
            </Text>
          </Alert>
        )}
        <Text size="sm">
          {kind === 'reset' ? 'Remembered your password? ' : 'Already have access to Cairn? '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}

/** Maps an error from a link check (404/410 with LINK_* codes) onto a link state. */
export function linkStateFromCode(code: string): Problem | null {
  if (code === 'LINK_EXPIRED') return 'expired';
  if (code === 'LINK_USED') return 'used';
  if (code === 'LINK_INVALID' || code === 'NOT_FOUND') return 'invalid';
  return null;
}
