import { waitFor } from '@testing-library/react';
import { makeAdvocacyStatus, makeReadyStatus } from '../../test/advocacy-factories';
import { mockApi, ok, reply } from '../../test/mock-api';
import { ALL_RECOGNITION, renderWithRecognition } from '../../test/recognition-queries';
import { useJoinProgramme } from './use-join-programme';
import { useLeaderboardChoice } from './use-leaderboard-choice';
import { useLeaveProgramme } from './use-leave-programme';

describe('joining, leaving and showing on leaderboards', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });

  it('refreshes my challenges, points and ranks on joining: they count me from now on', async () => {
    mockApi({
      'POST /api/me/enrollment': () => reply(201, makeAdvocacyStatus({ enrolled: true })),
    });
    const { result, stale } = renderWithRecognition(() => useJoinProgramme());

    await result.current.mutateAsync();

    await waitFor(() => expect(stale()).toEqual(ALL_RECOGNITION));
  });

  it('refreshes my challenges, points and ranks on leaving: they no longer count me', async () => {
    mockApi({ 'DELETE /api/me/enrollment': () => reply(204) });
    const { result, stale } = renderWithRecognition(() => useLeaveProgramme());

    await result.current.mutateAsync();

    await waitFor(() => expect(stale()).toEqual(ALL_RECOGNITION));
  });

  it('refreshes the leaderboards and my standing when I choose to be shown', async () => {
    mockApi({
      'PUT /api/me/leaderboard': () => ok(makeReadyStatus({ shownOnLeaderboards: true })),
    });
    const { result, stale } = renderWithRecognition(() => useLeaderboardChoice());

    await result.current.mutateAsync(true);

    await waitFor(() => expect(stale()).toEqual(['my standing', 'leaderboard']));
  });
});
