import { act, screen, waitFor, within } from '@testing-library/react';
import { apiError, ok, reply } from '../../test/mock-api';
import { rowAround } from '../../test/surroundings';
import { cardFields, cardTitle, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import {
  hiring,
  inboxQueries,
  makeEntry,
  makeSource,
  mediumDateTime,
  renderSources,
  sourcesApi,
  sustainability,
} from './sources-test-data';
import { SOURCES_REFRESH_MS, type Source } from './api/source-queries';

const acme = makeSource({
  title: 'Acme Newsroom',
  url: 'https://acme.example.com/feed.xml',
  topics: [{ id: sustainability.id, name: 'Sustainability', names: {} }],
  pollIntervalMinutes: 30,
  lastSuccessAt: '2024-05-02T10:00:00.000Z',
  lastError: null,
  newEntries: 3,
});
const broken = makeSource({
  title: null,
  url: 'https://broken.example.org/rss',
  pollIntervalMinutes: 60,
  lastPolledAt: '2024-05-03T09:00:00.000Z',
  lastSuccessAt: '2024-05-01T07:15:00.000Z',
  lastError: 'HTTP 404',
  newEntries: 0,
});

async function feedsTable() {
  return screen.findByRole('table', { name: 'Feeds' });
}

function feedRow(table: HTMLElement, name: string) {
  return rowAround(within(table).getByRole('cell', { name }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sources: the feeds', () => {
  it("names a feed's topics in the reader's language, else by their main name", async () => {
    const translatedFeed = makeSource({
      title: 'Acme Newsroom',
      topics: [
        { id: sustainability.id, name: 'Sustainability', names: { nl: 'Duurzaamheid' } },
        { id: hiring.id, name: 'Hiring', names: { da: 'Rekruttering' } },
      ],
    });
    sourcesApi({ sources: () => [translatedFeed] });
    renderSources('/sources', { language: 'nl' });

    const row = feedRow(await feedsTable(), 'Acme Newsroom');
    expect(within(row).getByText('Duurzaamheid')).toBeInTheDocument();
    expect(within(row).getByText('Hiring')).toBeInTheDocument();
  });

  it("shows each feed's address, topics, interval and health", async () => {
    sourcesApi({ sources: () => [acme, broken] });
    renderSources();

    const table = await feedsTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Feed',
      'Address',
      'Default topics',
      'Checked',
      'Health',
      'New suggestions',
      'Actions',
    ]);
    const healthy = feedRow(table, 'Acme Newsroom');
    expect(within(healthy).getByText('https://acme.example.com/feed.xml')).toBeInTheDocument();
    expect(within(healthy).getByText('Sustainability')).toBeInTheDocument();
    expect(within(healthy).getByText('Every 30 minutes')).toBeInTheDocument();
    expect(healthy).toHaveTextContent(
      `Last success: ${mediumDateTime('2024-05-02T10:00:00.000Z')}`,
    );

    // Without a title, a feed is named by its address.
    const failing = rowAround(
      within(table).getAllByRole('cell', { name: 'https://broken.example.org/rss' })[0]!,
    );
    expect(within(failing).getByText('HTTP 404')).toBeInTheDocument();
    expect(failing).toHaveTextContent(
      `Last success: ${mediumDateTime('2024-05-01T07:15:00.000Z')}`,
    );
    expect(within(failing).getByText('None')).toBeInTheDocument();
    expect(within(failing).getByText('Every 60 minutes')).toBeInTheDocument();
  });

  it('shows each feed as a card on a phone, with its buttons within reach', async () => {
    showAtWidth(PHONE_WIDTH);
    sourcesApi({ sources: () => [acme] });
    const { user } = renderSources();

    const cards = await screen.findByRole('list', { name: 'Feeds' });
    expect(screen.queryByRole('table', { name: 'Feeds' })).not.toBeInTheDocument();
    const [card] = within(cards).getAllByRole('listitem');
    expect(cardTitle(card!)).toHaveTextContent('Acme Newsroom');
    expect(cardFields(card!)).toMatchObject({
      Address: 'https://acme.example.com/feed.xml',
      'Default topics': 'Sustainability',
      Checked: 'Every 30 minutes',
      'New suggestions': '3',
    });
    expect(
      within(card!)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Show the 3 new suggestions from Acme Newsroom',
      'Check Acme Newsroom now',
      'Edit Acme Newsroom',
      'Remove Acme Newsroom',
    ]);

    await user.click(within(card!).getByRole('button', { name: 'Edit Acme Newsroom' }));
    expect(await screen.findByRole('dialog', { name: 'Edit Acme Newsroom' })).toBeInTheDocument();
  });

  it('says when a feed has not been read, or never successfully', async () => {
    const fresh = makeSource({ title: 'Fresh', lastPolledAt: null, lastSuccessAt: null });
    const failing = makeSource({
      title: 'Failing',
      lastSuccessAt: null,
      lastError: 'Not an RSS or Atom feed',
    });
    sourcesApi({ sources: () => [fresh, failing] });
    renderSources();

    const table = await feedsTable();
    expect(within(feedRow(table, 'Fresh')).getByText('Not read yet')).toBeInTheDocument();
    expect(within(feedRow(table, 'Failing')).getByText('Not an RSS or Atom feed')).toBeVisible();
    expect(within(feedRow(table, 'Failing')).getByText('Never read successfully')).toBeVisible();
  });

  it("names each row's buttons after its feed", async () => {
    sourcesApi({ sources: () => [acme, broken] });
    renderSources();
    const table = await feedsTable();

    expect(
      within(feedRow(table, 'Acme Newsroom'))
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Show the 3 new suggestions from Acme Newsroom',
      'Check Acme Newsroom now',
      'Edit Acme Newsroom',
      'Remove Acme Newsroom',
    ]);
    expect(
      within(table).getByRole('button', { name: 'Check https://broken.example.org/rss now' }),
    ).toBeInTheDocument();
  });

  it("shows a feed's suggestions when its count of new ones is clicked", async () => {
    const api = sourcesApi({ sources: () => [acme, broken], entries: () => [makeEntry(acme)] });
    const { user, router } = renderSources();
    const table = await feedsTable();

    await user.click(
      within(table).getByRole('button', { name: 'Show the 3 new suggestions from Acme Newsroom' }),
    );

    expect(router.state.location.search).toBe(`?sourceId=${acme.id}`);
    await waitFor(() =>
      expect(inboxQueries(api)).toContain(`?state=new&sourceId=${acme.id}&page=1&pageSize=25`),
    );
  });

  it('adds a feed with its topics and interval', async () => {
    let sources: Source[] = [acme];
    const added = makeSource({
      title: null,
      url: 'https://new.example.com/feed.xml',
      lastPolledAt: null,
      lastSuccessAt: null,
    });
    const api = sourcesApi({
      sources: () => sources,
      routes: {
        'POST /api/sources': () => {
          sources = [acme, added];
          return reply(201, added);
        },
      },
    });
    const { user } = renderSources();
    await feedsTable();

    await user.click(screen.getByLabelText(/^Feed URL/));
    await user.paste('https://new.example.com/feed.xml');
    await user.click(screen.getByRole('combobox', { name: 'Default topics' }));
    await user.click(await screen.findByRole('option', { name: 'Hiring' }));
    const interval = screen.getByLabelText('Check every (minutes)');
    expect(interval).toHaveValue('30');
    await user.clear(interval);
    await user.type(interval, '60');
    await user.click(screen.getByRole('button', { name: 'Add feed' }));

    expect(
      await screen.findByText('https://new.example.com/feed.xml was added and is being read now.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/sources')[0]?.body).toEqual({
      url: 'https://new.example.com/feed.xml',
      topicIds: [hiring.id],
      pollIntervalMinutes: 60,
    });
    expect(api.requestsTo('POST', '/api/sources')[0]?.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    const table = await feedsTable();
    expect(
      await within(table).findAllByRole('cell', { name: 'https://new.example.com/feed.xml' }),
    ).not.toHaveLength(0);
    expect(screen.getByLabelText(/^Feed URL/)).toHaveValue('');
    expect(screen.getByLabelText('Check every (minutes)')).toHaveValue('30');
  });

  it("shows the API's message when the feed is already followed", async () => {
    sourcesApi({
      sources: () => [acme],
      routes: {
        'POST /api/sources': () =>
          apiError(409, 'https://acme.example.com/feed.xml is already a source.'),
      },
    });
    const { user } = renderSources();
    await feedsTable();

    await user.click(screen.getByLabelText(/^Feed URL/));
    await user.paste('https://acme.example.com/feed.xml');
    await user.click(screen.getByRole('button', { name: 'Add feed' }));

    const feeds = screen.getByRole('region', { name: 'Feeds' });
    expect(await within(feeds).findByRole('alert')).toHaveTextContent(
      'https://acme.example.com/feed.xml is already a source.',
    );
    expect(screen.getByLabelText(/^Feed URL/)).toHaveValue('https://acme.example.com/feed.xml');
  });

  it('asks for an address and a sensible interval before sending anything', async () => {
    const api = sourcesApi({ sources: () => [acme] });
    const { user } = renderSources();
    await feedsTable();

    await user.clear(screen.getByLabelText('Check every (minutes)'));
    await user.click(screen.getByRole('button', { name: 'Add feed' }));

    expect(await screen.findByText('Enter the address of the feed.')).toBeInTheDocument();
    expect(screen.getByText('A whole number of minutes from 5 to 1440.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/sources')).toHaveLength(0);
  });

  it('checks a feed now, and follows the list until it has been read', async () => {
    let sources: Source[] = [broken];
    let entries = [] as ReturnType<typeof makeEntry>[];
    const api = sourcesApi({
      sources: () => sources,
      entries: () => entries,
      routes: { 'POST /api/sources/{id}/poll': () => ok(broken) },
    });
    // The list is read again on a clock the test moves.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderSources('/sources', {
      userEvent: { advanceTimers: vi.advanceTimersByTime },
    });
    const table = await feedsTable();
    const name = 'https://broken.example.org/rss';
    const reads = () => api.requestsTo('GET', '/api/sources').length;
    const waitForRefresh = () => act(() => vi.advanceTimersByTimeAsync(SOURCES_REFRESH_MS));

    await user.click(within(table).getByRole('button', { name: `Check ${name} now` }));

    expect(await within(table).findByText('Checking…')).toBeInTheDocument();
    expect(api.requestsTo('POST', `/api/sources/${broken.id}/poll`)).toHaveLength(1);
    // Not read yet: the list is read again, and the feed is still being checked.
    const before = reads();
    await waitForRefresh();
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    expect(within(table).getByText('Checking…')).toBeInTheDocument();

    // The feed is read in the background; the next reading of the list shows it.
    sources = [
      {
        ...broken,
        lastPolledAt: '2024-05-03T09:30:00.000Z',
        lastSuccessAt: '2024-05-03T09:30:00.000Z',
        lastError: null,
        newEntries: 1,
      },
    ];
    entries = [makeEntry(broken, { title: 'Fresh from the feed' })];
    await waitForRefresh();
    const row = rowAround(within(table).getByRole('button', { name: `Check ${name} now` }));
    await waitFor(() =>
      expect(row).toHaveTextContent(`Last success: ${mediumDateTime('2024-05-03T09:30:00.000Z')}`),
    );
    expect(within(table).queryByText('HTTP 404')).not.toBeInTheDocument();
    expect(within(table).queryByText('Checking…')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Fresh from the feed' })).toBeInTheDocument();

    // Read: the list is no longer followed.
    const afterRead = reads();
    await waitForRefresh();
    await waitForRefresh();
    expect(reads()).toBe(afterRead);
  });

  it("changes a feed's topics and interval", async () => {
    let sources: Source[] = [acme];
    const api = sourcesApi({
      sources: () => sources,
      routes: {
        'PATCH /api/sources/{id}': () => {
          const changed = {
            ...acme,
            topics: [{ id: hiring.id, name: 'Hiring', names: {} }],
            pollIntervalMinutes: 120,
          };
          sources = [changed];
          return ok(changed);
        },
      },
    });
    const { user } = renderSources();
    const table = await feedsTable();

    await user.click(within(table).getByRole('button', { name: 'Edit Acme Newsroom' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Acme Newsroom' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Default topics' }));
    await user.click(await screen.findByRole('option', { name: 'Hiring' }));
    const interval = within(dialog).getByLabelText('Check every (minutes)');
    await user.clear(interval);
    await user.type(interval, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The changes to Acme Newsroom were saved.')).toBeVisible();
    expect(api.requestsTo('PATCH', `/api/sources/${acme.id}`)[0]?.body).toEqual({
      topicIds: [sustainability.id, hiring.id],
      pollIntervalMinutes: 120,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(table).findByText('Every 120 minutes')).toBeInTheDocument();
  });

  it('says at once when an edited interval is out of range, and sends nothing then', async () => {
    const api = sourcesApi({ sources: () => [acme] });
    const { user } = renderSources();
    const table = await feedsTable();

    await user.click(within(table).getByRole('button', { name: 'Edit Acme Newsroom' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Acme Newsroom' });
    const interval = within(dialog).getByLabelText('Check every (minutes)');
    await user.clear(interval);
    await user.type(interval, '2');

    expect(interval).toHaveAccessibleDescription('A whole number of minutes from 5 to 1440.');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    // Enter sends the form from the field, without the clamping that leaving the field does.
    await user.type(interval, '{Enter}');
    expect(api.requestsTo('PATCH', `/api/sources/${acme.id}`)).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Edit Acme Newsroom' })).toBeInTheDocument();

    await user.type(interval, '0');
    expect(interval).not.toHaveAccessibleDescription('A whole number of minutes from 5 to 1440.');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('removes a feed after saying that its suggestions go too', async () => {
    let sources: Source[] = [acme, broken];
    const api = sourcesApi({
      sources: () => sources,
      routes: {
        'DELETE /api/sources/{id}': () => {
          sources = [broken];
          return reply(204);
        },
      },
    });
    const { user } = renderSources();
    const table = await feedsTable();

    await user.click(within(table).getByRole('button', { name: 'Remove Acme Newsroom' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Acme Newsroom?' });
    expect(dialog).toHaveTextContent(
      'Chorus stops following this feed, and its 3 new suggestions go too.',
    );
    expect(api.requestsTo('DELETE', `/api/sources/${acme.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('Acme Newsroom was removed.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/sources/${acme.id}`)).toHaveLength(1);
    await waitFor(() =>
      expect(within(table).queryByRole('cell', { name: 'Acme Newsroom' })).not.toBeInTheDocument(),
    );
  });

  it('keeps the feed when the removal is cancelled', async () => {
    const api = sourcesApi({ sources: () => [acme] });
    const { user } = renderSources();
    const table = await feedsTable();

    await user.click(within(table).getByRole('button', { name: 'Remove Acme Newsroom' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Acme Newsroom?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
  });
});
