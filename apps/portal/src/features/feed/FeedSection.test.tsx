import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../api/client';
import { makeAdvocacyStatus, makeReadyStatus } from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { makeFeedItem, makeFeedPage, makeFollowableTopic } from '../../test/sharing-factories';
import { PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { HomePage } from '../home/HomePage';

function feedApi(routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me/advocacy': () => ok(makeReadyStatus()),
    'GET /api/me/topics': () => ok([]),
    'GET /api/feed': () => ok(makeFeedPage([])),
    ...routes,
  });
}

/** Home at `path`, where the feed is, for Ada. */
function renderHome(path = '/') {
  return renderPage(HomePage, { path, route: '/', user: makeUser({ name: 'Ada' }) });
}

const noContent = () => reply(204);

describe('the feed on Home', () => {
  it('invites people in the programme to suggest a page, and nobody else', async () => {
    feedApi();
    const { unmount } = renderHome();
    expect(await screen.findByRole('link', { name: 'Suggest a page' })).toHaveAttribute(
      'href',
      '/suggest',
    );
    unmount();

    feedApi({ 'GET /api/me/advocacy': () => ok(makeAdvocacyStatus()) });
    renderHome();
    // Once Home knows they have not joined, it asks them to, and does not invite a suggestion.
    expect(
      await screen.findByRole('link', { name: 'Join the advocacy programme' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Suggest a page' })).not.toBeInTheDocument();
  });

  it('shows each item as a card: its kind, where it is from, and where I shared it', async () => {
    const news = makeFeedItem({
      title: 'We open an office in Utrecht',
      url: 'https://acme.example/news/utrecht',
      kind: 'company_news',
      siteName: 'Acme News',
      summary: 'Forty new jobs by the end of the year.',
      pinned: true,
      campaign: { id: '00000000-0000-4000-e000-000000000001', name: 'Spring launch' },
      topics: [{ id: '00000000-0000-4000-e000-000000000002', name: 'Offices', names: {} }],
      sharedOn: ['linkedin', 'x'],
    });
    const expo = makeFeedItem({ title: 'Meet us at the Expo', kind: 'event', siteName: null });
    feedApi({ 'GET /api/feed': () => ok(makeFeedPage([news, expo])) });
    renderHome();

    const card = await screen.findByRole('article', { name: 'We open an office in Utrecht' });
    expect(screen.getByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(within(card).getByText('Company news')).toBeInTheDocument();
    expect(within(card).getByText('Pinned')).toBeInTheDocument();
    expect(within(card).getByText('Campaign: Spring launch')).toBeInTheDocument();
    expect(within(card).getByText('Acme News')).toBeInTheDocument();
    expect(within(card).getByText('Forty new jobs by the end of the year.')).toBeInTheDocument();
    expect(
      within(within(card).getByRole('list', { name: 'Topics' })).getByRole('listitem'),
    ).toHaveTextContent('Offices');
    expect(within(card).getByText('Shared on LinkedIn, X')).toBeInTheDocument();
    const link = within(card).getByRole('link', { name: 'We open an office in Utrecht' });
    expect(link).toHaveAttribute('href', 'https://acme.example/news/utrecht');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const share = within(card).getByRole('button', { name: 'Share: We open an office in Utrecht' });
    expect(share).toHaveTextContent('Share');

    const other = screen.getByRole('article', { name: 'Meet us at the Expo' });
    expect(within(other).getByText('Event')).toBeInTheDocument();
    expect(within(other).queryByText(/Shared on/)).not.toBeInTheDocument();
    expect(within(other).queryByText('Pinned')).not.toBeInTheDocument();
    // Without an image, the card shows the initial of where the item is from.
    expect(within(other).getByText('N')).toBeInTheDocument();
  });

  it("shows topics by their name in the reader's language, else by their main name", async () => {
    const offices = { id: '00000000-0000-4000-e000-000000000003', name: 'Offices' };
    const item = makeFeedItem({
      title: 'Nyt kontor i Utrecht',
      topics: [
        { ...offices, names: { da: 'Kontorer', sv: 'Kontor' } },
        { id: '00000000-0000-4000-e000-000000000004', name: 'Careers', names: { sv: 'Karriär' } },
      ],
    });
    feedApi({
      'GET /api/feed': () => ok(makeFeedPage([item])),
      'GET /api/me/topics': () =>
        ok([makeFollowableTopic({ ...offices, names: { da: 'Kontorer' }, followed: true })]),
    });
    renderPage(HomePage, {
      path: '/',
      route: '/',
      user: makeUser({ name: 'Sofie', language: 'da' }),
      language: 'da',
    });

    const card = await screen.findByRole('article', { name: 'Nyt kontor i Utrecht' });
    const chips = within(card)
      .getAllByRole('listitem')
      .map((chip) => chip.textContent);
    expect(chips).toEqual(['Kontorer', 'Careers']);
    expect(await screen.findByRole('checkbox', { name: 'Kontorer' })).toBeChecked();
  });

  it('asks for the kind and topic chosen, and keeps them in the address', async () => {
    const sustainability = makeFollowableTopic({ name: 'Sustainability' });
    const expo = makeFeedItem({ title: 'Meet us at the Expo', kind: 'event' });
    const api = feedApi({
      'GET /api/me/topics': () => ok([sustainability, makeFollowableTopic()]),
      'GET /api/feed': ({ query }) =>
        ok(makeFeedPage(query.kind === 'event' ? [expo] : [makeFeedItem()])),
    });
    const { user, router } = renderHome();
    await screen.findAllByRole('article');
    const kinds = screen.getByRole('radiogroup', { name: 'Kind of item' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['All', 'Company news', 'Industry', 'Events', 'Jobs']);
    expect(within(kinds).getByRole('radio', { name: 'All' })).toBeChecked();

    await user.click(within(kinds).getByRole('radio', { name: 'Events' }));

    expect(await screen.findByRole('article', { name: 'Meet us at the Expo' })).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/feed').at(-1)?.url.searchParams.get('kind')).toBe('event');
    expect(router.state.location.search).toBe('?kind=event');

    await user.click(screen.getByRole('combobox', { name: 'Topic' }));
    await user.click(await screen.findByRole('option', { name: 'Sustainability' }));

    await waitFor(() =>
      expect(
        Object.fromEntries(api.requestsTo('GET', '/api/feed').at(-1)!.url.searchParams),
      ).toEqual({ kind: 'event', topicId: sustainability.id, limit: '12' }),
    );
    expect(new URLSearchParams(router.state.location.search).get('topicId')).toBe(
      sustainability.id,
    );
  });

  it('reads the filters from the address, and says when nothing matches them', async () => {
    const api = feedApi();
    renderHome('/?kind=job');

    expect(await screen.findByText('Nothing matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Jobs' })).toBeChecked();
    expect(api.requestsTo('GET', '/api/feed')[0]?.url.searchParams.get('kind')).toBe('job');
  });

  it('says when there is nothing to share at all', async () => {
    feedApi();
    renderHome();

    expect(await screen.findByText('Nothing to share right now')).toBeInTheDocument();
    expect(
      screen.getByText('New items appear here as soon as they are approved.'),
    ).toBeInTheDocument();
  });

  it('follows and stops following a topic from its chip, then asks for the feed again', async () => {
    let topics: Schemas['FollowableTopicDto'][] = [
      makeFollowableTopic({ name: 'Sustainability', followed: false }),
      makeFollowableTopic({ name: 'Offices', followed: true }),
    ];
    const setFollowed = (id: string, followed: boolean) => {
      topics = topics.map((topic) => (topic.id === id ? { ...topic, followed } : topic));
      return noContent();
    };
    const [sustainability, offices] = topics;
    const api = feedApi({
      'GET /api/me/topics': () => ok(topics),
      'GET /api/feed': () => ok(makeFeedPage([makeFeedItem()])),
      'PUT /api/me/topics/{id}': () => setFollowed(sustainability!.id, true),
      'DELETE /api/me/topics/{id}': () => setFollowed(offices!.id, false),
    });
    const { user } = renderHome();

    const followed = await screen.findByRole('group', { name: 'Topics you follow' });
    const first = within(followed).getByRole('checkbox', { name: 'Sustainability' });
    const second = within(followed).getByRole('checkbox', { name: 'Offices' });
    expect(first).not.toBeChecked();
    expect(second).toBeChecked();
    await waitFor(() => expect(api.requestsTo('GET', '/api/feed')).toHaveLength(1));

    await user.click(first);

    await waitFor(() => expect(first).toBeChecked());
    const [put] = api.requestsTo('PUT', `/api/me/topics/${sustainability!.id}`);
    expect(put?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    await waitFor(() => expect(api.requestsTo('GET', '/api/feed')).toHaveLength(2));

    await waitFor(() => expect(second).toBeEnabled());
    await user.click(second);

    await waitFor(() => expect(second).not.toBeChecked());
    expect(api.requestsTo('DELETE', `/api/me/topics/${offices!.id}`)).toHaveLength(1);
    await waitFor(() => expect(api.requestsTo('GET', '/api/feed')).toHaveLength(3));
  });

  it('loads the next page from where the last one ended', async () => {
    const first = makeFeedItem({ title: 'First item' });
    const second = makeFeedItem({ title: 'Second item' });
    const api = feedApi({
      'GET /api/feed': ({ query }) =>
        ok(query.cursor === 'page-2' ? makeFeedPage([second]) : makeFeedPage([first], 'page-2')),
    });
    const { user } = renderHome();
    await screen.findByRole('article', { name: 'First item' });
    expect(api.requestsTo('GET', '/api/feed')[0]?.url.searchParams.has('cursor')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('article', { name: 'Second item' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'First item' })).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/feed')[1]?.url.searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('keeps the filters on one line and folds the topics away on a phone, so the feed starts on the first screen', async () => {
    showAtWidth(PHONE_WIDTH);
    const [sustainability, offices] = [
      makeFollowableTopic({ name: 'Sustainability', followed: false }),
      makeFollowableTopic({ name: 'Offices', followed: true }),
    ];
    const api = feedApi({
      'GET /api/me/topics': () => ok([sustainability!, offices!]),
      'GET /api/feed': ({ query }) =>
        ok(makeFeedPage([makeFeedItem({ title: query.kind === 'job' ? 'A job' : 'News' })])),
    });
    const { user } = renderHome();
    await screen.findByRole('article', { name: 'News' });

    expect(screen.queryByRole('radiogroup', { name: 'Kind of item' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Kind of item' }));
    await user.click(await screen.findByRole('option', { name: 'Jobs' }));
    expect(await screen.findByRole('article', { name: 'A job' })).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/feed').at(-1)?.url.searchParams.get('kind')).toBe('job');

    const topics = screen.getByRole('button', { name: 'Topics you follow 1' });
    expect(topics).toHaveAttribute('aria-expanded', 'false');
    await user.click(topics);
    expect(topics).toHaveAttribute('aria-expanded', 'true');
    const followed = screen.getByRole('group', { name: 'Topics you follow 1' });
    expect(within(followed).getByRole('checkbox', { name: 'Offices' })).toBeChecked();
  });
});
