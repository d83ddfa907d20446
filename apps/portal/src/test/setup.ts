import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { act, cleanup, configure } from '@testing-library/react';

// On a busy machine, the default 1 s for findBy… and waitFor is too tight for a page that loads
// its data in several requests.
configure({ asyncUtilTimeout: 3000 });

// The test DOM lacks the layout APIs Mantine relies on.
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

// Zero act() warnings: a test during which React prints one fails, rather than passing with a
// line in the log nobody reads. Registered before the hooks below, so that it runs after them
// (cleanup included), which may print one too.
let actWarnings: string[] = [];
beforeEach(() => {
  actWarnings = [];
  const print = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const [message] = args;
    if (typeof message === 'string' && message.includes('act(')) {
      actWarnings.push(message.split('\n')[0]!);
    }
    print(...args);
  });
});
afterEach(() => {
  if (actWarnings.length > 0) {
    throw new Error(`React printed act() warnings:\n${actWarnings.join('\n')}`);
  }
});

// Test files share one module graph and one window (no isolation, for speed): React Testing
// Library registers its automatic cleanup once, for the first file only, so each file asks for it.
afterEach(cleanup);

// Likewise, React Testing Library tells React that it runs in tests (IS_REACT_ACT_ENVIRONMENT)
// only around the first file, and puts the flag back to unset after it. Without the flag, React
// stays silent about updates outside act(), and an update while an act() scope is still flushing
// (an awaited act(), a hook's cleanup) prints "The current testing environment is not configured
// to support act(...)" in whichever file follows the first. So each file sets it.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

// Nor may one test's fake clock reach the next file.
afterEach(() => {
  vi.useRealTimers();
});

// Before React Testing Library unmounts the page (hooks run last-registered first): clearing the
// notifications re-renders the mounted <Notifications />, so it happens inside act().
afterEach(() => {
  act(() => notifications.clean());
});
