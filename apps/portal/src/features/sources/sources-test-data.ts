import type { Schemas } from '../../api/client';
import { makeUser } from '../../test/factories';
import { mockApi, ok, type Routes } from '../../test/mock-api';
import { renderPage, type RenderPageOptions } from '../../test/render-page';
import { SourcesPage } from './SourcesPage';
import type { SourceEntry, Source } from './api/source-queries';

/** Shared by the Sources page tests: a curator, feeds, suggestions and a fake API for them. */

export const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });

export const sustainability: Schemas['TopicDto'] = {
  id: '00000000-0000-4000-a000-000000000001',
  name: 'Sustainability',
  names: {},
  itemCount: 2,
};
export const hiring: Schemas['TopicDto'] = {
  id: '00000000-0000-4000-a000-000000000002',
  name: 'Hiring',
  names: {},
  itemCount: 0,
};

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export function makeSource(overrides: Partial<Source> = {}): Source {
  const id = nextId('b000');
  return {
    id,
    url: `https://news${sequence}.example.com/feed.xml`,
    title: `Feed ${sequence}`,
    topics: [],
    pollIntervalMinutes: 30,
    lastPolledAt: '2024-05-02T10:00:00.000Z',
    lastSuccessAt: '2024-05-02T10:00:00.000Z',
    lastError: null,
    newEntries: 0,
    ...overrides,
  };
}

export function makeEntry(source: Source, overrides: Partial<SourceEntry> = {}): SourceEntry {
  const id = nextId('c000');
  return {
    id,
    sourceId: source.id,
    sourceTitle: source.title,
    suggestedBy: null,
    note: null,
    url: `https://news.example.com/articles/${sequence}`,
    title: `Article ${sequence}`,
    publishedAt: '2024-05-01T08:00:00.000Z',
    state: 'new',
    itemId: null,
    declineReason: null,
    createdAt: '2024-05-02T10:00:00.000Z',
    ...overrides,
  };
}

export function entriesPage(
  items: SourceEntry[],
  { total = items.length, page = 1, pageSize = 25 } = {},
) {
  return ok({ items, total, page, pageSize });
}

/** The Sources page, for the curator unless told otherwise. */
export function renderSources(path = '/sources', options: Partial<RenderPageOptions> = {}) {
  return renderPage(SourcesPage, { path, user: curator, ...options });
}

/** The API as the Sources page uses it; `routes` add or replace answers. */
export function sourcesApi({
  sources = () => [] as Source[],
  entries = () => [] as SourceEntry[],
  routes = {},
}: {
  sources?: () => Source[];
  entries?: () => SourceEntry[];
  routes?: Routes;
} = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/topics': () => ok([hiring, sustainability]),
    'GET /api/sources': () => ok(sources()),
    'GET /api/source-entries': () => entriesPage(entries()),
    ...routes,
  });
}

/** The query strings the inbox asked for, in order. */
export function inboxQueries(api: ReturnType<typeof mockApi>): string[] {
  return api.requestsTo('GET', '/api/source-entries').map((request) => request.url.search);
}

export const mediumDate = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));

export const mediumDateTime = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
