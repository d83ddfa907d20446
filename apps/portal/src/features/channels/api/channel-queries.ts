import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Channel = Schemas['ChannelDto'];

export const CHANNELS_QUERY_KEY = ['channels'] as const;

/** The Slack and Teams channels, by name, with their health. */
export const channelsQuery = () =>
  queryOptions({
    queryKey: CHANNELS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/channels')),
  });
