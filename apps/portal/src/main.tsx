import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { createI18n, detectLanguage, readRememberedLanguage } from './i18n';
import { loadTranslation } from './i18n/locales';
import { pseudoLocaleWanted } from './i18n/pseudo';
import { registerServiceWorker } from './features/offline/register-service-worker';
import { browserStorage } from './lib/browser-storage';

const language = detectLanguage(readRememberedLanguage(browserStorage()), navigator.languages);
// The first page is drawn in its language at once: load that file before rendering.
const i18n = createI18n(language, {
  document,
  loaded: { [language]: await loadTranslation(language) },
  pseudo: pseudoLocaleWanted(browserStorage(), window.location.search),
});

const queryClient = createQueryClient({
  onSessionExpired: () =>
    notifications.show({ color: 'yellow', message: i18n.t('auth.sessionExpired') }),
});

const router = createBrowserRouter(createRoutes());

// Production builds only: the development server builds no service worker.
if (import.meta.env.PROD) registerServiceWorker();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}
