import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { flushSync } from 'react-dom';
import { RouterProvider, type DataRouter } from 'react-router';
import type { I18n } from '../i18n';
import { theme } from './theme';

export interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  router: DataRouter;
  /** 'test' turns off transitions and portals, for unit tests. */
  env?: 'default' | 'test';
}

export function App({ i18n, queryClient, router, env = 'default' }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          {/* flushSync lets a navigation ask for a synchronous update (see useLogout). */}
          <RouterProvider
            router={router}
            flushSync={(update) => {
              flushSync(update);
            }}
          />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
