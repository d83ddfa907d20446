import type { UiLanguage } from '@chorus/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { createMemoryRouter, useLocation } from 'react-router';
import type { User } from '../api/client';
import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import { CurrentUserContext } from '../lib/current-user';
import { ME_QUERY_KEY } from '../lib/me-queries';
import { createI18n } from '../i18n';
import { ALL_TRANSLATIONS } from './translations';
import { makeUser } from './factories';

export interface RenderPageOptions {
  /** The address the page opens at, with its query string. */
  path: string;
  /** The route pattern the page is mounted on, when it has parameters (`/people/:id`). */
  route?: string;
  /** The signed-in user the page renders for; omitted for the pages before sign-in. */
  user?: User | null;
  language?: UiLanguage;
  /**
   * Other pages, by route pattern, for a test that follows a link away and back
   * (`{ '/people/:id': PersonPage }`); any other address stays empty.
   */
  otherPages?: Record<string, ComponentType>;
  /** Options for userEvent, e.g. `{ advanceTimers: vi.advanceTimersByTime }` with fake timers. */
  userEvent?: Parameters<typeof userEvent.setup>[0];
}

/** Where a navigation away from the page under test lands: nothing to render, only an address. */
function ElsewhereInThePortal() {
  const location = useLocation();
  return <p data-testid="elsewhere">{location.pathname}</p>;
}

/**
 * Renders one page, and only that page, with the portal's providers (i18n, Mantine, react-query,
 * a memory router) and its signed-in user: no navigation, header or sign-in round trip. Links and
 * redirects away from the page land on an empty route, so a test reads `router.state.location`.
 */
export function renderPage(
  Page: ComponentType,
  { path, route, user = makeUser(), language = 'en', ...more }: RenderPageOptions,
) {
  const i18n = createI18n(language, { document, loaded: ALL_TRANSLATIONS });
  const queryClient = createQueryClient({ retry: false, onSessionExpired: () => undefined });
  queryClient.setQueryData(ME_QUERY_KEY, user);
  const page = user ? (
    <CurrentUserContext value={user}>
      <Page />
    </CurrentUserContext>
  ) : (
    <Page />
  );
  const router = createMemoryRouter(
    [
      { path: route ?? new URL(path, 'http://portal.test').pathname, element: page },
      ...Object.entries(more.otherPages ?? {}).map(([pattern, Other]) => ({
        path: pattern,
        element: user ? (
          <CurrentUserContext value={user}>
            <Other />
          </CurrentUserContext>
        ) : (
          <Other />
        ),
      })),
      { path: '*', element: <ElsewhereInThePortal /> },
    ],
    { initialEntries: [path] },
  );
  const events = userEvent.setup(more.userEvent);
  const view = render(<App i18n={i18n} queryClient={queryClient} router={router} env="test" />);
  return { ...view, user: events, router, i18n, queryClient };
}
