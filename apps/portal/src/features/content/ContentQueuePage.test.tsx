import { screen, waitFor, within } from '@testing-library/react';
import type { ContentPage } from './use-content-list';
import {
  makeCampaign,
  makeContentItem,
  makeContentSummary,
  makeTopic,
  makeUser,
} from '../../test/factories';
import { apiError, type Handler, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { FAKE_TIME_USER_EVENTS, useFakeTime } from '../../test/fake-time';
import { renderApp } from '../../test/render-app';
import { renderPage, type RenderPageOptions } from '../../test/render-page';
import { ContentItemPage } from './item/ContentItemPage';
import { ContentQueuePage } from './ContentQueuePage';

const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });
const sustainability = makeTopic({ name: 'Sustainability' });
const launch = makeCampaign({ name: 'Spring Launch', slug: 'spring-launch' });
const COUNTS = { draft: 3, in_review: 1, approved: 12, archived: 0 };

function page(items: ContentPage['items'], counts = COUNTS) {
  return ok({ items, total: items.length, page: 1, pageSize: 25, counts });
}

function queueApi(list: Handler<'GET /api/content'>, more: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/content': list,
    'GET /api/topics': () => ok([sustainability]),
    'GET /api/campaigns': () => ok([launch]),
    ...more,
  });
}

/** The queue at `path`, for the curator; an item it opens shows its editor. */
function renderQueue(path = '/content', userEvent?: RenderPageOptions['userEvent']) {
  return renderPage(ContentQueuePage, {
    path,
    userEvent,
    route: '/content',
    user: curator,
    otherPages: { '/content/:id': ContentItemPage },
  });
}

function lastQuery(api: ReturnType<typeof mockApi>) {
  return api.requestsTo('GET', '/api/content').at(-1)!.url.searchParams;
}

function rowOf(table: HTMLElement, name: string) {
  return within(table).getByRole('link', { name }).closest('tr')!;
}

describe('content queue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens on the drafts, with every status as a tab showing its count', async () => {
    const api = queueApi(() => page([]));
    renderQueue();

    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-label'))).toEqual([
      'Draft',
      'In review',
      'Approved',
      'Archived',
    ]);
    expect(screen.getByRole('tab', { name: 'Draft' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() =>
      expect(within(screen.getByRole('tab', { name: 'Approved' })).getByText('12')).toBeVisible(),
    );
    expect(within(screen.getByRole('tab', { name: 'In review' })).getByText('1')).toBeVisible();
    expect(lastQuery(api).get('status')).toBe('draft');
    expect(await screen.findByText('No content here.')).toBeInTheDocument();
  });

  it('lists items with their site, kind, topics, campaign, author, schedule and state', async () => {
    queueApi(() =>
      page([
        makeContentSummary({
          title: 'Our new office',
          siteName: 'Example News',
          kind: 'event',
          topics: [{ id: sustainability.id, name: 'Sustainability', names: {} }],
          campaign: { id: launch.id, name: 'Spring Launch', slug: 'spring-launch' },
          author: { id: curator.id, name: 'Grace Hopper' },
          publishAt: '2024-05-01T08:00:00.000Z',
          pinned: true,
        }),
        makeContentSummary({
          title: null,
          siteName: null,
          url: 'https://blog.example.com/unread',
          unfurlState: 'pending',
        }),
        makeContentSummary({ title: 'Refused page', unfurlState: 'failed' }),
      ]),
    );
    renderQueue();

    const table = await screen.findByRole('table', { name: 'Content' });
    const office = rowOf(table, 'Our new office');
    expect(office).toHaveTextContent('Example News');
    expect(office).toHaveTextContent('Event');
    expect(office).toHaveTextContent('Sustainability');
    expect(office).toHaveTextContent('Spring Launch');
    expect(office).toHaveTextContent('Grace Hopper');
    expect(office).toHaveTextContent('From');
    expect(office).toHaveTextContent('Pinned');
    expect(rowOf(table, 'https://blog.example.com/unread')).toHaveTextContent('Reading the page…');
    expect(rowOf(table, 'Refused page')).toHaveTextContent('Page could not be read');
  });

  it('links each item to its editor', async () => {
    const item = makeContentSummary({ title: 'Our new office' });
    queueApi(() => page([item]));
    renderQueue();

    expect(await screen.findByRole('link', { name: 'Our new office' })).toHaveAttribute(
      'href',
      `/content/${item.id}`,
    );
  });

  it('keeps the tab in the address and asks for that status', async () => {
    const api = queueApi(() => page([]));
    const { user, router } = renderQueue();

    await user.click(await screen.findByRole('tab', { name: 'In review' }));

    await waitFor(() => expect(router.state.location.search).toBe('?status=in_review'));
    await waitFor(() => expect(lastQuery(api).get('status')).toBe('in_review'));
    expect(screen.getByRole('tab', { name: 'In review' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps search, kind, topic, campaign and "Mine" in the address, and asks for them', async () => {
    // The search is made once typing pauses: on fake time, which moves only when the test waits.
    useFakeTime();
    const api = queueApi(() => page([]));
    const { user, router } = renderQueue('/content', FAKE_TIME_USER_EVENTS);
    await screen.findByText('No content here.');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'office');
    await waitFor(() => expect(lastQuery(api).get('search')).toBe('office'));
    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Job' }));
    await user.click(screen.getByRole('combobox', { name: 'Topic' }));
    await user.click(await screen.findByRole('option', { name: 'Sustainability' }));
    await user.click(screen.getByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: 'Spring Launch' }));
    await user.click(screen.getByRole('switch', { name: 'Mine' }));

    await waitFor(() => expect(lastQuery(api).get('authorId')).toBe(curator.id));
    const query = lastQuery(api);
    expect(query.get('kind')).toBe('job');
    expect(query.get('topicId')).toBe(sustainability.id);
    expect(query.get('campaignId')).toBe(launch.id);
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      search: 'office',
      kind: 'job',
      topicId: sustainability.id,
      campaignId: launch.id,
      mine: '1',
    });
  });

  it('opens with the filters of the address', async () => {
    const api = queueApi(() => page([]));
    renderQueue(`/content?status=approved&kind=event&mine=1&topicId=${sustainability.id}`);

    expect(await screen.findByRole('tab', { name: 'Approved' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const query = lastQuery(api);
    expect(query.get('status')).toBe('approved');
    expect(query.get('kind')).toBe('event');
    expect(query.get('topicId')).toBe(sustainability.id);
    expect(query.get('authorId')).toBe(curator.id);
    expect(screen.getByRole('switch', { name: 'Mine' })).toBeChecked();
  });

  it('is not offered to an employee', async () => {
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['employee'] })),
    });
    // Who may open a page is decided by the routes' guard: the whole portal is under test.
    renderApp('/content');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/content')).toHaveLength(0);
  });
});

describe('adding content', () => {
  async function openAddForm() {
    const view = renderQueue();
    await screen.findByText('No content here.');
    await view.user.click(screen.getByRole('button', { name: 'Add content' }));
    return { ...view, dialog: await screen.findByRole('dialog', { name: 'Add content' }) };
  }

  it('adds the page with its kind and opens its editor', async () => {
    const created = makeContentItem({
      url: 'https://news.example.com/office',
      title: null,
      unfurlState: 'pending',
    });
    const api = queueApi(() => page([]), {
      'POST /api/content': () => reply(201, created),
      'GET /api/content/{id}': () => ok({ ...created, unfurlState: 'done' }),
    });
    const { user, dialog, router } = await openAddForm();

    await user.click(within(dialog).getByLabelText(/^URL/));
    await user.paste('https://news.example.com/office');
    await user.click(within(dialog).getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Industry' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/content/${created.id}`));
    expect(api.requestsTo('POST', '/api/content')[0]?.body).toEqual({
      url: 'https://news.example.com/office',
      kind: 'industry',
    });
    expect(api.requestsTo('POST', '/api/content')[0]?.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    expect(
      await screen.findByRole('heading', { name: 'https://news.example.com/office' }),
    ).toBeInTheDocument();
  });

  it('points to the item the page already is', async () => {
    const existing = makeContentItem();
    queueApi(() => page([]), {
      'POST /api/content': () =>
        apiError(
          409,
          'This page is already an item ("Our office", approved). Open that one instead.',
          {
            code: 'conflict',
            details: { id: existing.id },
          },
        ),
    });
    const { user, dialog } = await openAddForm();

    await user.click(within(dialog).getByLabelText(/^URL/));
    await user.paste('https://news.example.com/office');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(
      await within(dialog).findByText(
        'This page is already an item ("Our office", approved). Open that one instead.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the existing item' })).toHaveAttribute(
      'href',
      `/content/${existing.id}`,
    );
  });

  it('asks for an address before sending anything', async () => {
    const api = queueApi(() => page([]));
    const { user, dialog } = await openAddForm();

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(within(dialog).getByText("Enter the page's address")).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/content')).toHaveLength(0);
  });
});
