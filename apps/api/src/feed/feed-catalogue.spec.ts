import { seededRandom } from '@chorus/core';
import {
  Catalogue,
  compareEntries,
  feedPage,
  isVisible,
  type Audience,
  type CatalogueItem,
  type FeedCursor,
  type FeedFilter,
} from './feed-catalogue';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;

let sequence = 0;
function item(overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind: 'company_news',
    url: `https://news.example.com/${sequence}`,
    title: `item ${sequence}`,
    summary: null,
    imageUrl: null,
    thumbnailHash: null,
    siteName: null,
    language: 'en',
    pinned: false,
    publishAt: NOW - sequence * HOUR,
    expiresAt: null,
    sortAt: NOW - sequence * HOUR,
    topics: [],
    campaign: null,
    departmentIds: [],
    locationIds: [],
    languages: [],
    ...overrides,
  };
}

const reader: Audience = {
  departmentId: 'sales',
  locationId: 'athens',
  language: 'en',
  followedTopicIds: new Set(['climate']),
};

const titles = (catalogue: CatalogueItem[], audience = reader, limit = 50) =>
  feedPage(new Catalogue(catalogue), audience, {}, { now: NOW, limit }).entries.map(
    (entry) => entry.item.title,
  );

describe('feedPage', () => {
  it('leaves out the items it is asked to, keeping the order of the rest', () => {
    const shared = item({ title: 'shared', pinned: true });
    const catalogue = new Catalogue([
      shared,
      item({ title: 'pinned', pinned: true }),
      item({ title: 'followed', topics: [{ id: 'climate', name: 'Climate', names: {} }] }),
      item({ title: 'newest' }),
    ]);
    const page = feedPage(
      catalogue,
      reader,
      { excludeIds: new Set([shared.id]) },
      { now: NOW, limit: 2 },
    );
    expect(page.entries.map((entry) => entry.item.title)).toEqual(['pinned', 'followed']);
  });

  it('keeps items to their window: publishAt included, expiresAt excluded', () => {
    const catalogue = [
      item({ title: 'now', publishAt: NOW }),
      item({ title: 'soon', publishAt: NOW + 1 }),
      item({ title: 'ending', expiresAt: NOW + 1 }),
      item({ title: 'ended', expiresAt: NOW }),
    ];
    expect(titles(catalogue)).toEqual(['now', 'ending']);
  });

  it('shows targeted items only to the people they name, per kind of target', () => {
    const catalogue = [
      item({ title: 'sales', departmentIds: ['sales'] }),
      item({ title: 'support', departmentIds: ['support'] }),
      item({ title: 'sales in Paris', departmentIds: ['sales'], locationIds: ['paris'] }),
      item({ title: 'Greek', languages: ['el'] }),
    ];
    expect(titles(catalogue)).toEqual(['sales']);
    expect(titles(catalogue, { ...reader, departmentId: null, language: 'el' })).toEqual(['Greek']);
  });

  it('orders pinned, then followed topics, then newest, and pages without overlap or gaps', () => {
    const catalogue = [
      item({ title: 'a' }),
      item({ title: 'followed', topics: [{ id: 'climate', name: 'Climate', names: {} }] }),
      item({ title: 'b' }),
      item({ title: 'pinned', pinned: true }),
      item({ title: 'c', sortAt: NOW - HOUR, id: 'ffffffff-0000-4000-8000-000000000000' }),
      item({ title: 'd', sortAt: NOW - HOUR, id: '00000000-ffff-4000-8000-000000000000' }),
    ];
    const all = titles(catalogue);
    expect(all).toEqual(['pinned', 'followed', 'c', 'd', 'a', 'b']);
    const indexed = new Catalogue(catalogue);
    const seen: string[] = [];
    let after;
    for (;;) {
      const page = feedPage(indexed, reader, {}, { now: NOW, limit: 2, after });
      seen.push(...page.entries.map((entry) => entry.item.title ?? ''));
      if (!page.more) break;
      after = page.entries[page.entries.length - 1];
    }
    expect(seen).toEqual(all);
  });

  it('pages exactly like sorting every visible item, for any catalogue, person and filter', () => {
    const random = seededRandom(20261122);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const topics = ['climate', 'cloud', 'hiring', 'events'].map((id) => ({
      id,
      name: id,
      names: {},
    }));
    for (let round = 0; round < 200; round += 1) {
      const catalogue = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        item({
          kind: pick(['company_news', 'industry', 'event'] as const),
          pinned: random() < 0.15,
          // Few distinct times, so that ties broken by id are common.
          sortAt: NOW - Math.floor(random() * 5) * HOUR,
          publishAt: random() < 0.1 ? NOW + HOUR : null,
          expiresAt: random() < 0.1 ? NOW - 1 : null,
          topics: topics.filter(() => random() < 0.3),
          departmentIds: random() < 0.2 ? [pick(['sales', 'support'])] : [],
          languages: random() < 0.1 ? ['el'] : [],
        }),
      );
      const audience: Audience = {
        departmentId: pick(['sales', 'support', null]),
        locationId: null,
        language: pick(['en', 'el']),
        followedTopicIds: new Set(topics.filter(() => random() < 0.4).map((topic) => topic.id)),
      };
      const filter: FeedFilter = {
        kind: random() < 0.3 ? pick(['company_news', 'industry', 'event'] as const) : undefined,
        topicId: random() < 0.3 ? pick(topics).id : undefined,
      };
      const limit = 1 + Math.floor(random() * 7);
      const expected = reference(catalogue, audience, filter);
      const indexed = new Catalogue(catalogue);
      const seen: string[] = [];
      let after: FeedCursor | undefined;
      for (;;) {
        const page = feedPage(indexed, audience, filter, { now: NOW, limit, after });
        expect(page.entries.length).toBeLessThanOrEqual(limit);
        seen.push(...page.entries.map((entry) => entry.id));
        if (!page.more) break;
        after = page.entries[page.entries.length - 1];
      }
      expect(seen).toEqual(expected);
    }
  });
});

/** The feed by its definition: every visible item that passes the filter, sorted. */
function reference(catalogue: CatalogueItem[], audience: Audience, filter: FeedFilter): string[] {
  return catalogue
    .filter(
      (candidate) =>
        isVisible(candidate, audience, NOW) &&
        (!filter.kind || candidate.kind === filter.kind) &&
        (!filter.topicId || candidate.topics.some((topic) => topic.id === filter.topicId)),
    )
    .map((candidate) => ({
      id: candidate.id,
      pinned: candidate.pinned,
      sortAt: candidate.sortAt,
      followed: candidate.topics.some((topic) => audience.followedTopicIds.has(topic.id)),
    }))
    .sort(compareEntries)
    .map((entry) => entry.id);
}
