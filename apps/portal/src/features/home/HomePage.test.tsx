import { screen, waitFor, within } from '@testing-library/react';
import { makeAdvocacyStatus, makeReadyStatus, makeStanding } from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
import { makeFeedItem, makeFeedPage } from '../../test/sharing-factories';
import { renderPage } from '../../test/render-page';
import { PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { HomePage } from './HomePage';
import { ADVOCACY_STATUS_QUERY_KEY } from '../advocacy/api/advocacy-queries';

const ada = makeUser({ name: 'Ada' });

/** One challenge running for me, and one ended. */
function mockChallenges() {
  const challenge = {
    description: null,
    metric: 'shares' as const,
    target: 50,
    campaign: { id: '00000000-0000-4000-a200-000000000001', name: 'Winter launch' },
    topic: null,
    departments: [],
    startsOn: '2026-12-01',
    endsOn: '2026-12-20',
    endedAt: null,
  };
  mockApi({
    'GET /api/challenges/mine': () =>
      ok([
        {
          ...challenge,
          id: '00000000-0000-4000-a300-000000000001',
          title: 'Fifty shares for the winter launch',
          state: 'active',
          progress: { count: 20, target: 50, reached: false },
        },
        {
          ...challenge,
          id: '00000000-0000-4000-a300-000000000002',
          title: 'Last month',
          state: 'ended',
          progress: { count: 60, target: 50, reached: true },
        },
      ]),
  });
}

describe('home', () => {
  it('greets the user and explains each of their roles', async () => {
    mockApi({});
    renderPage(HomePage, {
      path: '/',
      user: makeUser({ name: 'Ada', roles: ['employee', 'analyst'] }),
    });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    const roles = screen.getByRole('list', { name: 'Your roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((badge) => badge.textContent),
    ).toEqual(['Employee', 'Analyst']);
    expect(screen.getByText('Shares approved content to their own networks.')).toBeInTheDocument();
    expect(screen.getByText('Measures participation and reach.')).toBeInTheDocument();
    expect(screen.queryByText('Curates content and suggested posts.')).not.toBeInTheDocument();
    expect(screen.queryByText('Manages people, policy and settings.')).not.toBeInTheDocument();
  });

  it('shows the progress of the challenges running for me, not those ended, and leads to them all', async () => {
    mockChallenges();
    renderPage(HomePage, { path: '/', user: ada });

    const section = await screen.findByRole('region', { name: 'Your challenges' });
    const card = within(section).getByRole('article', {
      name: 'Fifty shares for the winter launch',
    });
    expect(card).toHaveTextContent('20 of 50 so far');
    expect(within(section).queryByRole('article', { name: 'Last month' })).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'All challenges' })).toHaveAttribute(
      'href',
      '/challenges',
    );
  });

  it('leads to the running challenges in one line on a phone, keeping the feed first', async () => {
    showAtWidth(PHONE_WIDTH);
    mockChallenges();
    renderPage(HomePage, { path: '/', user: ada });

    const link = await screen.findByRole('link', { name: /challenge/i });
    expect(link).toHaveAttribute('href', '/challenges');
    expect(screen.queryByRole('region', { name: 'Your challenges' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('lists what is still missing before sharing, with the way to each', async () => {
    mockApi({
      'GET /api/me/advocacy': () =>
        ok(
          makeAdvocacyStatus({
            enrolled: false,
            policy: makeStanding({ upToDate: true }),
            reachedStage: 0,
            requiredToShare: 2,
          }),
        ),
    });
    renderPage(HomePage, { path: '/', user: ada });

    const card = await screen.findByRole('region', { name: 'Get ready to share' });
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Join the advocacy programme', '/advocacy'],
      ['Pass training stage 2', '/training'],
    ]);
    expect(screen.getByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Your roles' })).toBeInTheDocument();
  });

  it('shows no such card to someone who may share', async () => {
    mockApi({
      'GET /api/me/advocacy': () => ok(makeReadyStatus()),
    });
    const { queryClient } = renderPage(HomePage, { path: '/', user: ada });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    await waitFor(() =>
      expect(queryClient.getQueryState(ADVOCACY_STATUS_QUERY_KEY)?.status).toBe('success'),
    );
    expect(screen.getByText('Shares approved content to their own networks.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Get ready to share' })).not.toBeInTheDocument();
  });

  it('shows what I can share under the greeting and what is still missing', async () => {
    mockApi({
      'GET /api/me/advocacy': () => ok(makeAdvocacyStatus({ enrolled: false })),
      'GET /api/me/topics': () => ok([]),
      'GET /api/feed': () => ok(makeFeedPage([makeFeedItem({ title: 'Hello Utrecht' })])),
    });
    renderPage(HomePage, { path: '/', user: ada });

    const card = await screen.findByRole('article', { name: 'Hello Utrecht' });
    const feed = screen.getByRole('region', { name: 'What you can share' });
    const ready = await screen.findByRole('region', { name: 'Get ready to share' });
    const welcome = screen.getByRole('heading', { level: 1, name: 'Welcome, Ada' });
    expect(feed).toContainElement(card);
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(welcome, ready)).toBe(true);
    expect(follows(ready, feed)).toBe(true);
  });
});
