import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from './PageTitle';
import { errorMessage } from '../api';

/** Shown while Cairn finds out who is signed in. */
export function FullPageLoader({ label = 'Loading Cairn' }: { label?: string }) {
  return (
    <Center component="main" id="main" mih="100vh" aria-busy="true">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text role="status">{label}…</Text>
      </Stack>
    </Center>
  );
}

/**
 * Shown inside a layout while a page's code loads: a centred spinner whose name screen
 * readers announce.
 */
export function PageLoader({ label = 'Loading page' }: { label?: string }) {
  return (
    <Center mih={240} py="xl">
      <Loader role="status" aria-label={label} />
    </Center>
  );
}

/** Shown when the server cannot be reached before anything else can be drawn. */
export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle('Cannot reach Cairn');
  return (
    <Center component="main" id="main" mih="100vh" p="md">
      <Stack align="center" gap="md" maw={480} ta="center">
        <Title order={1}>Cairn cannot reach its server</Title>
        <Text role="alert">{errorMessage(error)}</Text>
        <Button onClick={onRetry}>Try again</Button>
      </Stack>
    </Center>
  );
}
