import { byNewest, feedPage, type Audience, type CatalogueItem } from './feed-catalogue';

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
  feedPage([...catalogue].sort(byNewest), audience, {}, { now: NOW, limit }).entries.map(
    (entry) => entry.item.title,
  );

describe('feedPage', () => {
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
      item({ title: 'followed', topics: [{ id: 'climate', name: 'Climate' }] }),
      item({ title: 'b' }),
      item({ title: 'pinned', pinned: true }),
      item({ title: 'c', sortAt: NOW - HOUR, id: 'ffffffff-0000-4000-8000-000000000000' }),
      item({ title: 'd', sortAt: NOW - HOUR, id: '00000000-ffff-4000-8000-000000000000' }),
    ];
    const all = titles(catalogue);
    expect(all).toEqual(['pinned', 'followed', 'c', 'd', 'a', 'b']);
    const sorted = [...catalogue].sort(byNewest);
    const seen: string[] = [];
    let after;
    for (;;) {
      const page = feedPage(sorted, reader, {}, { now: NOW, limit: 2, after });
      seen.push(...page.entries.map((entry) => entry.item.title ?? ''));
      if (!page.more) break;
      after = page.entries[page.entries.length - 1];
    }
    expect(seen).toEqual(all);
  });
});
