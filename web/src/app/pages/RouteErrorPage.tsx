import { Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../components/PageTitle';

/** Last resort when a page crashes: say so plainly and offer a way out. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <Center component="main" id="main" mih="100vh" p="md">
      <Stack align="center" gap="md" maw={520} ta="center">
        <Title order={1}>Something went wrong</Title>
        <Text>
          This page hit a problem it could not recover from. Reloading usually helps; if it keeps
          happening, tell your administrator what you were doing.
        </Text>
        {detail ? <Code>{detail}</Code> : null}
        <Button onClick={() => window.location.assign('/')}>Reload Cairn</Button>
      </Stack>
    </Center>
  );
}
