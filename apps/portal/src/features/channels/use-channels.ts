import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { CHANNELS_QUERY_KEY, channelsQuery } from './api/channel-queries';

export type CreateChannelBody = Schemas['CreateChannelDto'];
export type UpdateChannelBody = Schemas['UpdateChannelDto'];

export function useChannels() {
  return useQuery(channelsQuery());
}

export function useCreateChannel() {
  return useMutation({
    mutationFn: (body: CreateChannelBody) => unwrap(api.POST('/api/channels', { body })),
    meta: { invalidates: [CHANNELS_QUERY_KEY] },
  });
}

export function useUpdateChannel() {
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateChannelBody }) =>
      unwrap(api.PATCH('/api/channels/{id}', { params: { path: { id } }, body: changes })),
    meta: { invalidates: [CHANNELS_QUERY_KEY] },
  });
}

export function useDeleteChannel() {
  return useMutation({
    mutationFn: async (id: string) => {
      // A 204 has no body; the client middleware has already thrown for any error.
      await api.DELETE('/api/channels/{id}', { params: { path: { id } } });
    },
    meta: { invalidates: [CHANNELS_QUERY_KEY] },
  });
}

/** Posts the test message; the channel's health changes with the answer. */
export function useTestChannel() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/channels/{id}/test', { params: { path: { id } } })),
    meta: { invalidates: [CHANNELS_QUERY_KEY] },
  });
}
