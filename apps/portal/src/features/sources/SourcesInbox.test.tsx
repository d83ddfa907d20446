import { screen, waitFor, within } from '@testing-library/react';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { makeUser } from '../../test/factories';
import { pageRequestPaths, renderApp } from '../../test/render-app';
import { rowAround } from '../../test/surroundings';
import { cardFields, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import {
  entriesPage,
  inboxQueries,
  makeEntry,
  makeSource,
  mediumDate,
  renderSources,
  sourcesApi,
} from './sources-test-data';
import type { SourceEntry } from './api/source-queries';

const acme = makeSource({ title: 'Acme Newsroom', newEntries: 2 });
const industry = makeSource({ title: 'Industry Weekly', newEntries: 1 });
const launch = makeEntry(acme, {
  title: 'Acme opens a solar plant',
  url: 'https://acme.example.com/news/solar',
  publishedAt: '2024-05-01T08:00:00.000Z',
});
const hiring = makeEntry(acme, { title: 'Acme is hiring engineers', publishedAt: null });
const weekly = makeEntry(industry, { title: 'Wind power in 2024' });

const row = (name: string) => rowAround(screen.getByRole('link', { name }));

describe('sources: the inbox of suggestions', () => {
  it('lists the new suggestions with their link, feed and date', async () => {
    const api = sourcesApi({ sources: () => [acme, industry], entries: () => [launch, hiring] });
    renderSources();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Suggestions' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Acme opens a solar plant',
      'Acme Newsroom',
      mediumDate('2024-05-01T08:00:00.000Z'),
      'PromoteDismiss',
    ]);
    const link = within(first!).getByRole('link', { name: 'Acme opens a solar plant' });
    expect(link).toHaveAttribute('href', 'https://acme.example.com/news/solar');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(first!).getByRole('button', { name: 'Promote' })).toHaveAccessibleDescription(
      'Acme opens a solar plant',
    );
    expect(within(second!).getByText('No date')).toBeInTheDocument();
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    expect(inboxQueries(api)).toEqual(['?state=new&page=1&pageSize=25']);
  });

  it('shows each suggestion as a card on a phone, with promote and dismiss within reach', async () => {
    showAtWidth(PHONE_WIDTH);
    sourcesApi({ sources: () => [acme], entries: () => [launch] });
    const { user } = renderSources();

    const cards = await screen.findByRole('list', { name: 'Suggestions' });
    expect(screen.queryByRole('table', { name: 'Suggestions' })).not.toBeInTheDocument();
    const [card] = within(cards).getAllByRole('listitem');
    expect(within(card!).getByRole('link', { name: 'Acme opens a solar plant' })).toHaveAttribute(
      'href',
      'https://acme.example.com/news/solar',
    );
    expect(cardFields(card!)).toEqual({
      From: 'Acme Newsroom',
      Published: mediumDate('2024-05-01T08:00:00.000Z'),
    });
    expect(within(card!).getByRole('button', { name: 'Dismiss' })).toHaveAccessibleDescription(
      'Acme opens a solar plant',
    );

    await user.click(within(card!).getByRole('button', { name: 'Promote' }));
    expect(await screen.findByRole('dialog', { name: 'Promote a suggestion' })).toBeInTheDocument();
  });

  it('names the feed from the feeds list when the suggestion carries no title', async () => {
    const untitled = makeSource({ title: null, url: 'https://blog.example.org/atom.xml' });
    sourcesApi({
      sources: () => [untitled],
      entries: () => [makeEntry(untitled, { title: 'A post', sourceTitle: null })],
    });
    renderSources();

    const table = await screen.findByRole('table', { name: 'Suggestions' });
    expect(
      await within(table).findByRole('cell', { name: 'https://blog.example.org/atom.xml' }),
    ).toBeInTheDocument();
  });

  it('pages through the suggestions, keeping the page in the address', async () => {
    const api = sourcesApi({
      sources: () => [acme],
      routes: {
        'GET /api/source-entries': ({ query }) => {
          const page = Number(query.page);
          return entriesPage([makeEntry(acme, { title: `Suggestion on page ${page}` })], {
            total: 30,
            page,
          });
        },
      },
    });
    const { user, router } = renderSources();
    await screen.findByRole('link', { name: 'Suggestion on page 1' });

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: 'Suggestion on page 2' })).toBeInTheDocument();
    expect(inboxQueries(api)).toContain('?state=new&page=2&pageSize=25');
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByText('26–26 of 30')).toBeInTheDocument();
  });

  it('promotes a suggestion as the chosen kind and leads to the draft', async () => {
    let entries: SourceEntry[] = [launch, hiring];
    const itemId = '00000000-0000-4000-d000-000000000777';
    const api = sourcesApi({
      sources: () => [acme],
      entries: () => entries,
      routes: {
        'POST /api/source-entries/{id}/promote': () => {
          entries = [hiring];
          return ok({ ...launch, state: 'promoted', itemId });
        },
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(
      within(row('Acme opens a solar plant')).getByRole('button', { name: 'Promote' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Promote a suggestion' });
    expect(within(dialog).getByText('Acme opens a solar plant')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveValue('Industry');
    await user.click(within(dialog).getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Event' }));
    await user.click(within(dialog).getByRole('button', { name: 'Promote' }));

    expect(
      await within(dialog).findByText('“Acme opens a solar plant” is now a draft.'),
    ).toBeVisible();
    expect(api.requestsTo('POST', `/api/source-entries/${launch.id}/promote`)[0]?.body).toEqual({
      kind: 'event',
    });
    expect(within(dialog).getByRole('link', { name: 'Open the draft' })).toHaveAttribute(
      'href',
      `/content/${itemId}`,
    );
    const table = screen.getByRole('table', { name: 'Suggestions' });
    await waitFor(() =>
      expect(within(table).queryByText('Acme opens a solar plant')).not.toBeInTheDocument(),
    );
  });

  it('promotes as industry news unless another kind is chosen', async () => {
    const api = sourcesApi({
      sources: () => [acme],
      entries: () => [launch],
      routes: {
        'POST /api/source-entries/{id}/promote': () =>
          ok({ ...launch, state: 'promoted', itemId: launch.id }),
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(
      within(row('Acme opens a solar plant')).getByRole('button', { name: 'Promote' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Promote a suggestion' });
    await user.click(within(dialog).getByRole('button', { name: 'Promote' }));

    expect(await within(dialog).findByRole('link', { name: 'Open the draft' })).toBeVisible();
    expect(api.requestsTo('POST', `/api/source-entries/${launch.id}/promote`)[0]?.body).toEqual({
      kind: 'industry',
    });
  });

  it('shows why a suggestion could not be promoted (someone else was first)', async () => {
    sourcesApi({
      sources: () => [acme],
      entries: () => [launch],
      routes: {
        'POST /api/source-entries/{id}/promote': () =>
          apiError(409, 'This suggestion was already dismissed.'),
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(
      within(row('Acme opens a solar plant')).getByRole('button', { name: 'Promote' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Promote a suggestion' });
    await user.click(within(dialog).getByRole('button', { name: 'Promote' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This suggestion was already dismissed.',
    );
    expect(within(dialog).queryByRole('link', { name: 'Open the draft' })).not.toBeInTheDocument();
  });

  it('dismisses a suggestion, which leaves the inbox', async () => {
    let entries: SourceEntry[] = [launch, hiring];
    const api = sourcesApi({
      sources: () => [acme],
      entries: () => entries,
      routes: {
        'POST /api/source-entries/{id}/dismiss': () => {
          entries = [launch];
          return ok({ ...hiring, state: 'dismissed' });
        },
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(
      within(row('Acme is hiring engineers')).getByRole('button', { name: 'Dismiss' }),
    );

    expect(
      await screen.findByText('“Acme is hiring engineers” was dismissed.'),
    ).toBeInTheDocument();
    // A feed's suggestion is dismissed at once, without a reason.
    expect(api.requestsTo('POST', `/api/source-entries/${hiring.id}/dismiss`)).toEqual([
      expect.objectContaining({ body: {} }),
    ]);
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'Acme is hiring engineers' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Acme opens a solar plant' })).toBeInTheDocument();
  });

  it("asks for the reason a person's suggestion is dismissed, which they are told", async () => {
    const fromAna = makeEntry(acme, {
      sourceId: null,
      sourceTitle: null,
      title: 'Our plant in Porto',
      suggestedBy: { id: '00000000-0000-4000-9000-000000000001', name: 'Ana Silva' },
    });
    let entries: SourceEntry[] = [fromAna, launch];
    const api = sourcesApi({
      sources: () => [acme],
      entries: () => entries,
      routes: {
        'POST /api/source-entries/{id}/dismiss': ({ body }) => {
          entries = [launch];
          return ok({ ...fromAna, state: 'dismissed', declineReason: body.reason ?? null });
        },
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(within(row('Our plant in Porto')).getByRole('button', { name: 'Dismiss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss this suggestion' });
    expect(
      within(dialog).getByText('Ana Silva suggested this page and is told your reason.'),
    ).toBeInTheDocument();

    // Not without a reason: nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(await within(dialog).findByText('Say why this page is not used.')).toBeInTheDocument();
    expect(api.requestsTo('POST', `/api/source-entries/${fromAna.id}/dismiss`)).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Why is this page not used?' }),
      '  We covered the plant last week. ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));

    expect(await screen.findByText('“Our plant in Porto” was dismissed.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('POST', `/api/source-entries/${fromAna.id}/dismiss`)[0]?.body).toEqual({
      reason: 'We covered the plant last week.',
    });
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Our plant in Porto' })).not.toBeInTheDocument(),
    );
  });

  it('shows why a suggestion could not be dismissed', async () => {
    sourcesApi({
      sources: () => [acme],
      entries: () => [launch],
      routes: {
        'POST /api/source-entries/{id}/dismiss': () =>
          apiError(409, 'This suggestion was already promoted.'),
      },
    });
    const { user } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(
      within(row('Acme opens a solar plant')).getByRole('button', { name: 'Dismiss' }),
    );

    const inbox = screen.getByRole('region', { name: 'Suggestions' });
    expect(await within(inbox).findByRole('alert')).toHaveTextContent(
      'This suggestion was already promoted.',
    );
  });

  it('filters by feed, keeping the feed in the address', async () => {
    const api = sourcesApi({ sources: () => [acme, industry], entries: () => [launch, weekly] });
    const { user, router } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    await user.click(screen.getByRole('combobox', { name: 'From' }));
    await user.click(await screen.findByRole('option', { name: 'Industry Weekly' }));

    await waitFor(() =>
      expect(inboxQueries(api)).toContain(`?state=new&sourceId=${industry.id}&page=1&pageSize=25`),
    );
    expect(router.state.location.search).toBe(`?sourceId=${industry.id}`);

    await user.click(screen.getByRole('combobox', { name: 'From' }));
    await user.click(await screen.findByRole('option', { name: 'People and feeds' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it("shows people's suggestions beside the feeds', with who suggested them and why", async () => {
    const fromAna = makeEntry(acme, {
      sourceId: null,
      sourceTitle: null,
      title: 'Our plant in Porto',
      suggestedBy: { id: '00000000-0000-4000-9000-000000000001', name: 'Ana Silva' },
      note: 'Customers keep asking where we build.',
    });
    const fromNobody = makeEntry(acme, { sourceId: null, sourceTitle: null, title: 'Old news' });
    const api = sourcesApi({ sources: () => [acme], entries: () => [fromAna, launch, fromNobody] });
    const { user, router } = renderSources();
    await screen.findByRole('table', { name: 'Suggestions' });

    expect(
      within(row('Our plant in Porto')).getByText('Suggested by Ana Silva'),
    ).toBeInTheDocument();
    expect(
      within(row('Our plant in Porto')).getByText('“Customers keep asking where we build.”'),
    ).toBeInTheDocument();
    expect(within(row('Acme opens a solar plant')).getByText('Acme Newsroom')).toBeInTheDocument();
    // Their account is gone; the suggestion stays.
    expect(within(row('Old news')).getByText('A former colleague')).toBeInTheDocument();

    await user.click(within(row('Our plant in Porto')).getByRole('button', { name: 'Promote' }));
    const promote = await screen.findByRole('dialog', { name: 'Promote a suggestion' });
    expect(
      within(promote).getByText(
        'It becomes a draft, filled in from the page; the audit log credits Ana Silva with the suggestion.',
      ),
    ).toBeInTheDocument();
    await user.click(within(promote).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'From' }));
    await user.click(await screen.findByRole('option', { name: 'People' }));
    await waitFor(() =>
      expect(inboxQueries(api)).toContain('?state=new&origin=people&page=1&pageSize=25'),
    );
    expect(router.state.location.search).toBe('?origin=people');

    await user.click(screen.getByRole('combobox', { name: 'From' }));
    await user.click(await screen.findByRole('option', { name: 'All feeds' }));
    await waitFor(() => expect(router.state.location.search).toBe('?origin=feeds'));
  });

  it('opens filtered by the feed in the address, and says when it has nothing new', async () => {
    const api = sourcesApi({ sources: () => [acme, industry], entries: () => [] });
    renderSources(`/sources?sourceId=${acme.id}`);

    expect(
      await screen.findByText(
        'No new suggestions from this feed: it has nothing new since you last looked',
      ),
    ).toBeInTheDocument();
    expect(inboxQueries(api)).toEqual([`?state=new&sourceId=${acme.id}&page=1&pageSize=25`]);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('Acme Newsroom'),
    );
  });

  it('says why the inbox is empty', async () => {
    sourcesApi({ sources: () => [acme], entries: () => [] });
    renderSources();

    expect(
      await screen.findByText(
        'No new suggestions: the feeds have nothing new since you last looked',
      ),
    ).toBeInTheDocument();
  });

  it('says to add a feed when none is followed yet', async () => {
    sourcesApi();
    renderSources();

    expect(
      await screen.findByText(
        'No suggestions yet: add a feed below, and its new links will wait here',
      ),
    ).toBeInTheDocument();
  });

  it('speaks Dutch to a Dutch curator', async () => {
    mockApi({
      'GET /api/topics': () => ok([]),
      'GET /api/sources': () => ok([acme]),
      'GET /api/source-entries': () => entriesPage([launch]),
    });
    renderSources('/sources', {
      user: makeUser({ roles: ['curator'], language: 'nl' }),
      language: 'nl',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bronnen' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Suggesties' });
    expect(within(table).getByRole('button', { name: 'Overnemen' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Afwijzen' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Feeds' })).toBeInTheDocument();
  });

  it('is not for employees', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['employee'] })),
    });
    renderApp('/sources');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(pageRequestPaths(api)).toEqual(['/api/me']);
  });
});
