/**
 * Registers the service worker (/sw.js, built with production builds only) once the page has
 * loaded, so that fetching the app shell for it does not compete with the first page. Without it
 * (an old browser, a private mode refusing it) the portal works as before, only not offline.
 */
export function registerServiceWorker(): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  const register = () => void container.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
