/** Where Chorus posts: Slack incoming webhooks and Microsoft Teams Workflows webhooks. */
export const CHAT_CHANNEL_KINDS = ['slack', 'teams'] as const;
export type ChatChannelKind = (typeof CHAT_CHANNEL_KINDS)[number];

export function isChatChannelKind(value: unknown): value is ChatChannelKind {
  return typeof value === 'string' && (CHAT_CHANNEL_KINDS as readonly string[]).includes(value);
}

/** After this many failed deliveries in a row a channel is failing and its admins are told. */
export const CHAT_FAILURES_BEFORE_FAILING = 5;

/** The longest webhook address Chorus keeps (Workflows addresses run to about 300 characters). */
export const WEBHOOK_URL_MAX_LENGTH = 2048;

/** Why a pasted address cannot be a channel's webhook. */
export type WebhookUrlProblem =
  'invalid' | 'too_long' | 'not_https' | 'credentials' | 'not_slack' | 'not_teams';

/**
 * The hosts and paths each provider gives out. Slack: `https://hooks.slack.com/services/T…/B…/…`
 * (its newer `/triggers/` workflow links take another payload, not Block Kit). Teams: a Workflows
 * "post to a channel when a webhook request is received" trigger, on Power Platform
 * (`…environment.api.powerplatform.com/powerautomate/automations/direct/workflows/…`) or on the
 * Logic Apps hosts it used before (`prod-NN.<region>.logic.azure.com/workflows/…/triggers/manual/
 * paths/invoke`), and the retiring Office 365 connector (`….webhook.office.com/webhookb2/…`).
 */
const PROVIDERS: Record<ChatChannelKind, Array<{ host: RegExp; path: RegExp }>> = {
  slack: [
    { host: /^hooks\.slack\.com$/, path: /^\/services\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/ },
  ],
  teams: [
    {
      host: /^([a-z0-9-]+\.)+environment\.api\.powerplatform\.com$/,
      path: /^\/powerautomate\/automations\/direct\/(.+\/)?workflows\/[^/]+\/triggers\/manual\/paths\/invoke$/,
    },
    {
      host: /^([a-z0-9-]+\.)+logic\.azure\.com$/,
      path: /^\/workflows\/[^/]+\/triggers\/manual\/paths\/invoke$/,
    },
    { host: /^([a-z0-9-]+\.)*webhook\.office\.com$/, path: /^\/webhookb2\/.+$/ },
  ],
};

/**
 * Whether `input` is a webhook address of `kind`'s provider: https, on the provider's own hosts
 * and default port, in the shape it gives out. `allow` lists `host:port` entries (tests only) that
 * may stand in for the provider's host, over plain http too; the path must still have the shape.
 */
export function checkWebhookUrl(
  kind: ChatChannelKind,
  input: string,
  allow: readonly string[] = [],
): WebhookUrlProblem | null {
  if (input.length > WEBHOOK_URL_MAX_LENGTH) return 'too_long';
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'invalid';
  }
  if (url.username !== '' || url.password !== '') return 'credentials';
  const allowed = allow.includes(`${url.hostname}:${url.port || defaultPort(url.protocol)}`);
  if (!allowed && url.protocol !== 'https:') return 'not_https';
  if (allowed && url.protocol !== 'https:' && url.protocol !== 'http:') return 'not_https';
  const fits = PROVIDERS[kind].some(
    ({ host, path }) =>
      path.test(url.pathname) && (allowed || (host.test(url.hostname) && url.port === '')),
  );
  if (fits) return null;
  return kind === 'slack' ? 'not_slack' : 'not_teams';
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '';
}

/**
 * A webhook address as it may be shown: the provider's origin and the last four characters, e.g.
 * `https://hooks.slack.com/…/XXXX`. The rest of it is the secret that lets anyone post.
 */
export function maskWebhookUrl(input: string): string {
  let origin = '';
  try {
    origin = new URL(input).origin;
  } catch {
    // Not a URL: only the tail is shown.
  }
  const tail = input.length > 12 ? input.slice(-4) : '';
  return `${origin}/…/${tail}`;
}

/** What a channel receives of the approved items; an empty list means every one of that kind. */
export interface ChatChannelFilters {
  topicIds: readonly string[];
  departmentIds: readonly string[];
  languages: readonly string[];
}

/** What an approved item is about and for, as the filters look at it. */
export interface ChatItemFacts {
  topicIds: readonly string[];
  /** The departments it is targeted at; none means everyone, every department included. */
  departmentIds: readonly string[];
  /** The language it is written in, when known. */
  language: string | null;
}

/**
 * Whether a channel with `filters` receives `item`: one of its topics, meant for one of the
 * departments (an item for everyone is meant for each), and in one of the languages (an item
 * whose language is unknown is not held back).
 */
export function channelWantsItem(filters: ChatChannelFilters, item: ChatItemFacts): boolean {
  const overlaps = (wanted: readonly string[], has: readonly string[]) =>
    has.some((value) => wanted.includes(value));
  if (filters.topicIds.length > 0 && !overlaps(filters.topicIds, item.topicIds)) return false;
  if (
    filters.departmentIds.length > 0 &&
    item.departmentIds.length > 0 &&
    !overlaps(filters.departmentIds, item.departmentIds)
  ) {
    return false;
  }
  if (filters.languages.length > 0 && item.language !== null) {
    return filters.languages.includes(item.language);
  }
  return true;
}
