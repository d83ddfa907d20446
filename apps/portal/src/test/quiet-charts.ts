import { vi } from 'vitest';

/**
 * Charts measure their box, which the test DOM does not lay out: recharts warns that it is 0 by 0.
 * Only that warning is kept out of the test output.
 */
export function quietCharts() {
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('of chart should be greater than 0')) return;
    warn(...args);
  });
}
