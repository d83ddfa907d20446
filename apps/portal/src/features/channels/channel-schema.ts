import {
  CHAT_CHANNEL_KINDS,
  PREFERRED_LANGUAGES,
  UI_LANGUAGES,
  WEBHOOK_URL_MAX_LENGTH,
  type ChatChannelKind,
  type UiLanguage,
} from '@chorus/core';
import { z } from 'zod';
import { requiredText, text, type FormMessage } from '../../lib/forms';
import type { Channel } from './api/channel-queries';

const receivesNothing: FormMessage = 'channels.form.receivesNothing';

const fields = {
  name: requiredText(100, 'channels.form.nameRequired'),
  kind: z.enum(CHAT_CHANNEL_KINDS),
  language: z.enum(UI_LANGUAGES),
  receivesItems: z.boolean(),
  receivesReports: z.boolean(),
  topicIds: z.array(z.string()),
  departmentIds: z.array(z.string()),
  languages: z.array(z.enum(PREFERRED_LANGUAGES)),
};

const receivesSomething = <T extends { receivesItems: boolean; receivesReports: boolean }>(
  values: T,
) => values.receivesItems || values.receivesReports;

/** A channel to connect: its webhook address is required. */
export const newChannelSchema = z
  .object({
    ...fields,
    webhookUrl: requiredText(WEBHOOK_URL_MAX_LENGTH, 'channels.form.webhookRequired'),
  })
  .refine(receivesSomething, { error: receivesNothing, path: ['receivesItems'] });

/** A channel's settings: the webhook address only when it is replaced (empty keeps it). */
export const channelSettingsSchema = z
  .object({ ...fields, webhookUrl: text(WEBHOOK_URL_MAX_LENGTH) })
  .refine(receivesSomething, { error: receivesNothing, path: ['receivesItems'] });

export type ChannelValues = z.input<typeof newChannelSchema>;

export function newChannelValues(language: string): ChannelValues {
  return {
    name: '',
    kind: 'slack' satisfies ChatChannelKind,
    webhookUrl: '',
    language: (UI_LANGUAGES as readonly string[]).includes(language)
      ? (language as UiLanguage)
      : 'en',
    receivesItems: true,
    receivesReports: false,
    topicIds: [],
    departmentIds: [],
    languages: [],
  };
}

export function channelValues(channel: Channel): ChannelValues {
  return {
    name: channel.name,
    kind: channel.kind,
    webhookUrl: '',
    language: channel.language,
    receivesItems: channel.receivesItems,
    receivesReports: channel.receivesReports,
    topicIds: channel.topics.map(({ id }) => id),
    departmentIds: channel.departments.map(({ id }) => id),
    languages: channel.languages,
  };
}
