import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { act, configure } from '@testing-library/react';

// The whole portal renders in each test; under a full parallel run, the default 1 s for
// findBy… and waitFor is too tight for a page that first loads the user, then its data.
configure({ asyncUtilTimeout: 3000 });

// jsdom lacks the layout APIs Mantine relies on.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

Element.prototype.scrollIntoView = function scrollIntoView() {};

afterEach(() => {
  window.localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});

afterEach(() => {
  // The portal is still mounted here (hooks run in reverse order, before React Testing Library
  // unmounts it): the notifications re-render.
  act(() => notifications.clean());
});
