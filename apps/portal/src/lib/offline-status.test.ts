import { act, renderHook } from '@testing-library/react';
import { SAVED_AT_HEADER } from '../service-worker/protocol';
import { forgetSavedCopiesShown, noteApiAnswer, useSavedCopiesShown } from './offline-status';

const copy = (savedAt: string) => new Response('{}', { headers: { [SAVED_AT_HEADER]: savedAt } });

describe('what the page shows of saved copies', () => {
  afterEach(() => act(() => forgetSavedCopiesShown()));

  it('tells the time of the oldest copy shown, and nothing once the network answers again', () => {
    const { result } = renderHook(() => useSavedCopiesShown());
    expect(result.current).toBeNull();

    act(() => {
      noteApiAnswer(copy('2026-12-07T09:00:00.000Z'));
      noteApiAnswer(copy('2026-12-06T18:30:00.000Z'));
      noteApiAnswer(copy('2026-12-07T10:00:00.000Z'));
    });
    expect(result.current).toBe('2026-12-06T18:30:00.000Z');

    act(() => noteApiAnswer(new Response('{}')));
    expect(result.current).toBeNull();
  });
});
