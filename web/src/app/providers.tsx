import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { setUnauthenticatedHandler } from './api';
import { queryClient } from './queryClient';
import { endSession, ME_KEY } from './session';
import { cssVariablesResolver, theme } from './theme';

// A 401 while signed in means the session ended elsewhere (expired, signed out in
// another tab, password changed): forget it, and RequireAuth sends the person to
// /sign-in?next=<where they were>.
setUnauthenticatedHandler(() => {
  if (queryClient.getQueryData(ME_KEY)) {
    endSession(queryClient, {
      message: 'Your session has ended. Sign in again to carry on where you were.',
      keepNext: true,
    });
  }
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <Notifications position="bottom-right" limit={4} transitionDuration={0} />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
