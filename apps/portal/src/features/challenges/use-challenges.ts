import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import {
  allChallengesQuery,
  CHALLENGES_QUERY_KEY,
  myChallengesQuery,
  type CreateChallengeBody,
  type UpdateChallengeBody,
} from './api/challenge-queries';

/** Every challenge, latest first, with its progress (curators and admins). */
export function useAllChallenges(enabled = true) {
  return useQuery({ ...allChallengesQuery(), enabled });
}

/** The challenges that concern me, running or recently ended. */
export function useMyChallenges(enabled = true) {
  return useQuery({ ...myChallengesQuery(), enabled });
}

export function useCreateChallenge() {
  return useMutation({
    mutationFn: (body: CreateChallengeBody) => unwrap(api.POST('/api/challenges', { body })),
    meta: { invalidates: [CHALLENGES_QUERY_KEY] },
  });
}

export function useUpdateChallenge() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateChallengeBody }) =>
      unwrap(api.PATCH('/api/challenges/{id}', { params: { path: { id } }, body })),
    meta: { invalidates: [CHALLENGES_QUERY_KEY] },
  });
}

export function useDeleteChallenge() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/challenges/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [CHALLENGES_QUERY_KEY] },
  });
}
