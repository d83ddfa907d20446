import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { json, mockApi, type RecordedRequest } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { makeMyShare, makeMySharesPage, makeShareTotals } from '../../test/sharing-factories';

function activityApi(mine: (request: RecordedRequest) => Response) {
  return mockApi({
    'GET /api/me': () => json(200, makeUser({ name: 'Ada' })),
    'GET /api/shares/mine': mine,
  });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('my activity', () => {
  it('shows my totals, each with the definition shared with the analytics dashboard', async () => {
    activityApi(() =>
      json(
        200,
        makeMySharesPage([makeMyShare()], {
          totals: makeShareTotals({
            shares: 14,
            verified: 9,
            clicks: 1234,
            uniqueVisitors: 1001,
            declaredReach: 5400,
          }),
        }),
      ),
    );
    renderApp('/activity');

    expect(await screen.findByRole('region', { name: 'Shares' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My activity' })).toBeInTheDocument();
    const figure = (name: string) => screen.getByRole('region', { name });
    expect(figure('Shares')).toHaveTextContent('14');
    expect(figure('Shares')).toHaveTextContent(
      'a share stays unverified until its link is fetched or clicked.',
    );
    expect(figure('Verified shares')).toHaveTextContent('9');
    expect(figure('Verified shares')).toHaveTextContent(
      "Shares whose tracked link was fetched by the network's link preview, or clicked by a person at least once.",
    );
    expect(figure('Clicks')).toHaveTextContent('1,234');
    expect(figure('Clicks')).toHaveTextContent(
      'Link previews, bots and security scanners never count as clicks.',
    );
    expect(figure('Unique visitors')).toHaveTextContent('1,001');
    expect(figure('Unique visitors')).toHaveTextContent('Counted without keeping IP addresses');
    expect(figure('Declared potential reach')).toHaveTextContent('5,400');
    expect(figure('Declared potential reach')).toHaveTextContent(
      'The audience each sharer declared for the network when sharing, added up. Self-reported, never measured',
    );
  });

  it('lists my shares with what each link counted', async () => {
    const verified = makeMyShare({
      network: 'x',
      sharedAt: '2024-05-02T10:00:00.000Z',
      verified: true,
      clicks: 12,
      uniqueVisitors: 9,
      previews: 3,
      trackedUrl: 'https://chorus.example.com/r/AbC123xyz0',
      item: {
        id: '00000000-0000-4000-e000-000000000001',
        title: 'We open an office in Utrecht',
        url: 'https://acme.example/news/utrecht',
        siteName: 'Acme News',
        imageUrl: null,
      },
    });
    const turnedOff = makeMyShare({ sharedAt: '2024-04-01T10:00:00.000Z', disabled: true });
    activityApi(() => json(200, makeMySharesPage([verified, turnedOff])));
    renderApp('/activity');

    const table = await screen.findByRole('table', { name: 'My shares' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Shared',
      'Item',
      'Network',
      'Verified',
      'Clicks',
      'Unique visitors',
      'Previews',
      'Link',
    ]);
    expect(cellsOf(first!)).toEqual([
      'May 2, 2024',
      'We open an office in Utrecht',
      'X',
      'Verified',
      '12',
      '9',
      '3',
      'https://chorus.example.com/r/AbC123xyz0Copy',
    ]);
    expect(
      within(first!).getByRole('link', { name: 'We open an office in Utrecht' }),
    ).toHaveAttribute('href', 'https://acme.example/news/utrecht');
    expect(
      within(first!).getByRole('button', {
        name: 'Copy the link for We open an office in Utrecht',
      }),
    ).toBeInTheDocument();
    expect(cellsOf(second!)).toEqual([
      'Apr 1, 2024',
      turnedOff.item.title,
      'LinkedIn',
      'Not yet',
      '0',
      '0',
      '0',
      'Turned off',
    ]);
    expect(within(second!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('pages through my shares', async () => {
    const api = activityApi(({ url }) => {
      const page = Number(url.searchParams.get('page'));
      return json(
        200,
        makeMySharesPage(
          [makeMyShare({ item: { ...makeMyShare().item, title: `On page ${page}` } })],
          {
            page,
            total: 30,
          },
        ),
      );
    });
    const { user } = renderApp('/activity');
    await screen.findByRole('link', { name: 'On page 1' });

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: 'On page 2' })).toBeInTheDocument();
    expect(
      api
        .requestsTo('GET', '/api/shares/mine')
        .map((request) => [
          request.url.searchParams.get('page'),
          request.url.searchParams.get('pageSize'),
        ]),
    ).toEqual([
      ['1', '25'],
      ['2', '25'],
    ]);
  });

  it('sends someone who has not shared yet to Home', async () => {
    activityApi(() => json(200, makeMySharesPage([])));
    const { user, router } = renderApp('/activity');

    expect(await screen.findByText('You have not shared anything yet')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shares' })).toHaveTextContent('0');
    await user.click(screen.getByRole('link', { name: 'Find something to share on Home' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
