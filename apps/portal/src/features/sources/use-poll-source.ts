import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Asks for a feed to be read now; the reading itself happens in the background. */
export function usePollSource() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/sources/{id}/poll', { params: { path: { id } } })),
  });
}
