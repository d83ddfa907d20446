import { screen, within } from '@testing-library/react';
import { makeReadyStatus } from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import type { MySuggestion } from './api/suggestion-queries';
import { SuggestPage } from './SuggestPage';

const mine = (items: MySuggestion[] = []) =>
  ok({ items, total: items.length, page: 1, pageSize: 10 });

const suggestion = (overrides: Partial<MySuggestion>): MySuggestion => ({
  id: '00000000-0000-4000-8000-000000000101',
  url: 'https://news.example.com/a',
  title: 'A page',
  note: null,
  state: 'waiting',
  itemId: null,
  shareable: false,
  reason: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  decidedAt: null,
  ...overrides,
});

function suggestApi(routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me/advocacy': () => ok(makeReadyStatus()),
    'GET /api/suggestions/mine': () => mine(),
    'POST /api/suggestions': ({ body }) =>
      reply(201, {
        id: '00000000-0000-4000-8000-000000000009',
        url: body.url,
        title: body.title ?? body.url,
        note: body.note ?? null,
        state: 'new' as const,
        createdAt: '2026-12-07T10:00:00.000Z',
      }),
    ...routes,
  });
}

const open = (path = '/suggest') =>
  renderPage(SuggestPage, { path, route: '/suggest', user: makeUser({ roles: ['employee'] }) });

describe('suggesting a page', () => {
  it('lists my suggestions with what became of each: waiting, in preparation, approved, declined', async () => {
    suggestApi({
      'GET /api/suggestions/mine': () =>
        mine([
          suggestion({ id: '00000000-0000-4000-8000-000000000101', title: 'Fresh idea' }),
          suggestion({
            id: '00000000-0000-4000-8000-000000000102',
            title: 'Being written up',
            state: 'in_preparation',
          }),
          suggestion({
            id: '00000000-0000-4000-8000-000000000103',
            title: 'Our plant in Porto',
            state: 'approved',
            itemId: '00000000-0000-4000-8000-0000000000aa',
            shareable: true,
            decidedAt: '2026-12-03T10:00:00.000Z',
          }),
          suggestion({
            id: '00000000-0000-4000-8000-000000000104',
            title: 'A rival’s praise',
            state: 'declined',
            reason: 'It praises a competitor.',
            decidedAt: '2026-12-04T10:00:00.000Z',
          }),
        ]),
    });
    open();

    const list = await screen.findByRole('region', { name: 'Your suggestions' });
    const cards = await within(list).findAllByRole('listitem');
    expect(cards.map((card) => within(card).getAllByRole('link')[0]?.textContent)).toEqual([
      'Fresh idea',
      'Being written up',
      'Our plant in Porto',
      'A rival’s praise',
    ]);
    expect(within(cards[0]!).getByText('Waiting for the curators')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('In preparation')).toBeInTheDocument();
    expect(within(cards[2]!).getByText('Approved')).toBeInTheDocument();
    expect(within(cards[2]!).getByRole('link', { name: 'Share it' })).toHaveAttribute(
      'href',
      '/share/00000000-0000-4000-8000-0000000000aa?source=feed',
    );
    expect(within(cards[3]!).getByText('Not used')).toBeInTheDocument();
    expect(
      within(cards[3]!).getByText('The curators’ reason: It praises a competitor.'),
    ).toBeInTheDocument();
    expect(within(cards[0]!).queryByRole('link', { name: 'Share it' })).not.toBeInTheDocument();
  });

  it('offers to share an approved suggestion only when its item is mine to share now', async () => {
    suggestApi({
      'GET /api/suggestions/mine': () =>
        mine([
          suggestion({
            id: '00000000-0000-4000-8000-000000000105',
            title: 'Scheduled for next week',
            state: 'approved',
            itemId: '00000000-0000-4000-8000-0000000000ab',
            shareable: false,
            decidedAt: '2026-12-03T10:00:00.000Z',
          }),
        ]),
    });
    open();

    const list = await screen.findByRole('region', { name: 'Your suggestions' });
    const [card] = await within(list).findAllByRole('listitem');
    expect(within(card!).getByText('Approved')).toBeInTheDocument();
    expect(within(card!).queryByRole('link', { name: 'Share it' })).not.toBeInTheDocument();
  });

  it('says so when I have suggested nothing yet', async () => {
    suggestApi();
    open();
    expect(await screen.findByText('You have not suggested any pages yet.')).toBeInTheDocument();
  });

  it('fills the form in from the address, and sends a page without a title or note as such', async () => {
    const api = suggestApi();
    const { user } = open('/suggest?url=https%3A%2F%2Fblog.example.com%2Fpost&title=');

    const address = await screen.findByRole('textbox', { name: 'Page address' });
    expect(address).toHaveValue('https://blog.example.com/post');
    await user.click(screen.getByRole('button', { name: 'Send to the curators' }));

    expect(await screen.findByText('Thank you!')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/suggestions')[0]?.body).toEqual({
      url: 'https://blog.example.com/post',
      title: null,
      note: null,
    });
  });

  it('cuts a long browser tab title to what a suggestion keeps, so that it can be sent', async () => {
    const api = suggestApi();
    const long = '🎉'.repeat(520);
    const { user } = open(
      `/suggest?${new URLSearchParams({ url: 'https://a.example.com/', title: long }).toString()}`,
    );

    await user.click(await screen.findByRole('button', { name: 'Send to the curators' }));

    expect(await screen.findByText('Thank you!')).toBeInTheDocument();
    const sent = api.requestsTo('POST', '/api/suggestions')[0]?.body as { title: string };
    expect(Array.from(sent.title)).toHaveLength(500);
  });

  it('asks for an address before sending anything', async () => {
    const api = suggestApi();
    const { user } = open();

    await user.click(await screen.findByRole('button', { name: 'Send to the curators' }));

    expect(await screen.findByText('Enter the page’s address.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/suggestions')).toEqual([]);
  });

  it('puts a refused address on its field, in words the person can act on', async () => {
    suggestApi({
      'POST /api/suggestions': () =>
        apiError(422, 'Chorus cannot take intranet.acme', {
          details: { key: 'errors:suggestions.notPublic', params: { host: 'intranet.acme' } },
        }),
    });
    const { user } = open();

    await user.type(
      await screen.findByRole('textbox', { name: 'Page address' }),
      'http://intranet.acme/wiki',
    );
    await user.click(screen.getByRole('button', { name: 'Send to the curators' }));

    const address = screen.getByRole('textbox', { name: 'Page address' });
    expect(
      await screen.findByText(/^Chorus cannot take intranet\.acme: it is on a private network/),
    ).toBeInTheDocument();
    expect(address).toHaveAttribute('aria-invalid', 'true');
  });

  it('starts again empty for another page once one is sent', async () => {
    suggestApi();
    const { user } = open('/suggest?url=https%3A%2F%2Fa.example.com%2F&title=First');

    await user.click(await screen.findByRole('button', { name: 'Send to the curators' }));
    await user.click(await screen.findByRole('button', { name: 'Suggest another page' }));

    expect(await screen.findByRole('textbox', { name: 'Page address' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  });
});
