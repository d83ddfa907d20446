import { vi } from 'vitest';

/**
 * Fake timers that move only when the test lets them, so that a debounce or a poll never races
 * the machine's speed: Testing Library's waitFor and findBy… move them in steps of their interval
 * (they do so when they see Jest's fake timers, which these are made to look like), userEvent by
 * its delays (`renderPage(…, { userEvent: FAKE_TIME_USER_EVENTS })`), `vi.advanceTimersByTime`
 * by what it is told. Undone after the test by `vi.useRealTimers()` and the config's unstubGlobals.
 */
export function useFakeTime() {
  vi.useFakeTimers();
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

/** userEvent's options under useFakeTime: its delays move the fake clock. */
export const FAKE_TIME_USER_EVENTS = { advanceTimers: (ms: number) => vi.advanceTimersByTime(ms) };
