import { act, renderHook } from '@testing-library/react';
import { CHECK_WATCH_MS, useFeedChecks } from './use-feed-checks';

const feed = { id: '00000000-0000-4000-b000-000000000001', lastPolledAt: '2024-05-02T10:00:00Z' };

describe('feed checks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lasts until the feed has been read again', () => {
    const { result } = renderHook(() => useFeedChecks());
    expect(result.current.isChecking(feed)).toBe(false);

    act(() => result.current.watch(feed));

    expect(result.current.isChecking(feed)).toBe(true);
    expect(result.current.isChecking({ ...feed, lastPolledAt: '2024-05-02T10:05:00Z' })).toBe(
      false,
    );
    expect(result.current.isChecking({ ...feed, id: 'another feed' })).toBe(false);
  });

  it('gives up after ten seconds when the feed is not read', () => {
    const { result } = renderHook(() => useFeedChecks());
    act(() => result.current.watch(feed));

    act(() => {
      vi.advanceTimersByTime(CHECK_WATCH_MS - 1);
    });
    expect(result.current.isChecking(feed)).toBe(true);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current.isChecking(feed)).toBe(false);
  });

  it('watches a feed checked again for another ten seconds', () => {
    const { result } = renderHook(() => useFeedChecks());
    act(() => result.current.watch(feed));
    act(() => {
      vi.advanceTimersByTime(CHECK_WATCH_MS / 2);
    });

    act(() => result.current.watch(feed));
    act(() => {
      vi.advanceTimersByTime(CHECK_WATCH_MS / 2);
    });

    expect(result.current.isChecking(feed)).toBe(true);
    act(() => {
      vi.advanceTimersByTime(CHECK_WATCH_MS / 2);
    });
    expect(result.current.isChecking(feed)).toBe(false);
  });
});
