import type { components } from '../api/schema';

type Schemas = components['schemas'];

/** Factories for the feed, sharing and tracked links, as the API answers them. */

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export const SHARED_AT = '2024-03-15T09:30:00.000Z';

/** A company news item live in the feed, without image, topics or campaign, not shared yet. */
export function makeFeedItem(
  overrides: Partial<Schemas['FeedItemDto']> = {},
): Schemas['FeedItemDto'] {
  const id = nextId('d100');
  return {
    id,
    kind: 'company_news',
    url: `https://news.example.com/articles/${sequence}`,
    title: `Article ${sequence}`,
    summary: null,
    imageUrl: null,
    thumbnailUrl: null,
    siteName: 'Example News',
    language: 'en',
    topics: [],
    campaign: null,
    pinned: false,
    followed: false,
    publishAt: null,
    expiresAt: null,
    sharedOn: [],
    ...overrides,
  };
}

/** The last page of the feed, unless `nextCursor` says otherwise. */
export function makeFeedPage(
  items: Schemas['FeedItemDto'][],
  nextCursor: string | null = null,
): Schemas['FeedPageDto'] {
  return { items, nextCursor };
}

export function makeFollowableTopic(
  overrides: Partial<Schemas['FollowableTopicDto']> = {},
): Schemas['FollowableTopicDto'] {
  const id = nextId('d200');
  return { id, name: `Topic ${sequence}`, names: {}, followed: false, ...overrides };
}

export function makeSuggestion(
  overrides: Partial<Schemas['SuggestionDto']> = {},
): Schemas['SuggestionDto'] {
  return {
    variantId: nextId('d300'),
    text: 'Proud of our team!',
    language: 'en',
    fallback: false,
    ...overrides,
  };
}

/** A share just recorded, for LinkedIn (which cannot take the text) unless told otherwise. */
export function makeCreatedShare(
  overrides: Partial<Schemas['CreatedShareDto']> = {},
): Schemas['CreatedShareDto'] {
  const code = overrides.code ?? `AbC${String(sequence).padStart(7, '0')}`;
  const trackedUrl = `https://chorus.example.com/r/${code}`;
  return {
    id: nextId('d400'),
    code,
    trackedUrl,
    intentUrl: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(trackedUrl)}`,
    copyTextFirst: true,
    edited: false,
    source: 'feed',
    ...overrides,
  };
}

/** One of my shares to LinkedIn, not verified yet, with nothing counted. */
export function makeMyShare(overrides: Partial<Schemas['MyShareDto']> = {}): Schemas['MyShareDto'] {
  const id = nextId('d500');
  const code = `MyS${String(sequence).padStart(7, '0')}`;
  return {
    id,
    code,
    trackedUrl: `https://chorus.example.com/r/${code}`,
    network: 'linkedin',
    source: 'feed',
    text: 'Proud of our team!',
    sharedAt: SHARED_AT,
    verified: false,
    disabled: false,
    clicks: 0,
    uniqueVisitors: 0,
    previews: 0,
    ownVisits: 0,
    declaredAudience: null,
    item: {
      id: nextId('d600'),
      title: `Article ${sequence}`,
      url: `https://news.example.com/articles/${sequence}`,
      siteName: 'Example News',
      imageUrl: null,
    },
    ...overrides,
  };
}

export function makeShareTotals(
  overrides: Partial<Schemas['ShareTotalsDto']> = {},
): Schemas['ShareTotalsDto'] {
  return { shares: 0, verified: 0, clicks: 0, uniqueVisitors: 0, declaredReach: 0, ...overrides };
}

export function makeMySharesPage(
  items: Schemas['MyShareDto'][],
  overrides: Partial<Schemas['MySharesPageDto']> = {},
): Schemas['MySharesPageDto'] {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    totals: makeShareTotals({ shares: items.length }),
    ...overrides,
  };
}

/** My activity over a few days of this month, every day there, nothing shared unless told. */
export function makeMyActivity(
  overrides: Partial<Schemas['MyActivityDto']> = {},
): Schemas['MyActivityDto'] {
  const days = ['2026-11-01', '2026-11-02', '2026-11-03'];
  return {
    period: { from: days[0]!, to: days.at(-1)! },
    interval: 'day',
    series: days.map((date) => ({ date, shares: 0, clicks: 0 })),
    networks: [],
    totals: { shares: 0, verified: 0, clicks: 0, uniqueVisitors: 0, declaredReach: 0 },
    ...overrides,
  };
}

/** The admin's view of a working tracked link. */
export function makeShareAdmin(
  overrides: Partial<Schemas['ShareAdminDto']> = {},
): Schemas['ShareAdminDto'] {
  const code = overrides.code ?? `AdM${String(sequence).padStart(7, '0')}`;
  return {
    id: nextId('d700'),
    code,
    trackedUrl: `https://chorus.example.com/r/${code}`,
    network: 'linkedin',
    source: 'feed',
    sharedAt: SHARED_AT,
    verified: false,
    disabled: false,
    itemId: nextId('d800'),
    itemTitle: `Article ${sequence}`,
    sharedBy: 'Ada Lovelace',
    ...overrides,
  };
}
