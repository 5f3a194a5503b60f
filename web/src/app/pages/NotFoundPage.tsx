import { Button, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { AppLayout } from '../layout/AppLayout';
import { PublicLayout } from '../layout/PublicLayout';
import { MeContext, useMe } from '../session';

function NotFoundContent({ signedIn }: { signedIn: boolean }) {
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title="Page not found" />
      <Stack gap="md" align="flex-start">
        <Text>
          There is no page at <code>{pathname}</code>. The link may be mistyped, or the page may
          have moved.
        </Text>
        <Button component={Link} to={signedIn ? '/' : '/sign-in'}>
          {signedIn ? 'Go to the home page' : 'Go to sign in'}
        </Button>
      </Stack>
    </>
  );
}

/** Unknown paths: inside the app shell for a signed-in person, on a plain page otherwise. */
export function NotFoundPage() {
  const me = useMe();
  if (me.data) {
    return (
      <MeContext.Provider value={me.data}>
        <AppLayout>
          <NotFoundContent signedIn />
        </AppLayout>
      </MeContext.Provider>
    );
  }
  return (
    <PublicLayout>
      <NotFoundContent signedIn={false} />
    </PublicLayout>
  );
}
