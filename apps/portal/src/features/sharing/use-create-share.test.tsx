import { waitFor } from '@testing-library/react';
import { mockApi, reply } from '../../test/mock-api';
import { ALL_RECOGNITION, renderWithRecognition } from '../../test/recognition-queries';
import { makeCreatedShare } from '../../test/sharing-factories';
import { useCreateShare } from './use-create-share';

describe('creating a share', () => {
  it('refreshes my challenges, points and ranks, which the share counts towards', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    mockApi({ 'POST /api/shares': () => reply(201, makeCreatedShare()) });
    const { result, stale } = renderWithRecognition(() => useCreateShare());
    expect(stale()).toEqual([]);

    await result.current.mutateAsync({
      contentId: '00000000-0000-4000-a000-000000000001',
      network: 'linkedin',
      text: 'Proud of our new office',
      source: 'feed',
    });

    await waitFor(() => expect(stale()).toEqual(ALL_RECOGNITION));
  });
});
