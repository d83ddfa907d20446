import type { UiLanguage } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import { createRoutes } from '../app/routes';
import { createI18n } from '../i18n';
import type { MockedApi } from './mock-api';
import { ALL_TRANSLATIONS } from './translations';

/** Renders the whole portal at `path`, as the browser would, against the mocked fetch. */
export function renderApp(
  path = '/',
  { language = 'en', retry = false }: { language?: UiLanguage; retry?: boolean } = {},
) {
  const i18n = createI18n(language, { document, loaded: ALL_TRANSLATIONS });
  const queryClient = createQueryClient({
    retry,
    onSessionExpired: () => notifications.show({ message: i18n.t('auth.sessionExpired') }),
  });
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App i18n={i18n} queryClient={queryClient} router={router} env="test" />);
  return { ...view, user, router, i18n, queryClient };
}

/** What the header asks on every page (the bell's unread count), whatever the page. */
const ASKED_ON_EVERY_PAGE = new Set(['/api/notifications/unread-count']);

/** The paths the portal asked the API, without those the header asks on every page. */
export function pageRequestPaths(api: MockedApi): string[] {
  return api.requests
    .map((request) => request.path)
    .filter((path) => !ASKED_ON_EVERY_PAGE.has(path));
}
