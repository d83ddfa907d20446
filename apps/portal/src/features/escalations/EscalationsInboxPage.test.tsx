import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { mockApi, ok, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { EscalationPage } from './EscalationPage';
import { EscalationsInboxPage } from './EscalationsInboxPage';
import {
  escalationPage,
  makeEscalation,
  makeEscalationDetail,
  personRef,
} from './escalations-test-data';
import type { Escalation } from './api/escalations-queries';

const curator = makeUser({ name: 'Carl Curator', roles: ['curator'] });
const lotte = personRef('Lotte Bakker');

function inboxApi(items: Escalation[], routes: Routes = {}) {
  return mockApi({
    'GET /api/escalations': () =>
      ok(escalationPage(items, { counts: { open: 3, in_progress: 2, resolved: 7 } })),
    'GET /api/escalations/team': () => ok([lotte]),
    ...routes,
  });
}

/** The inbox at `path`, for the curator; a report it opens shows too. */
function renderInbox(path = '/inbox') {
  return renderPage(EscalationsInboxPage, {
    path,
    route: '/inbox',
    user: curator,
    otherPages: { '/inbox/:id': EscalationPage },
  });
}

const lastQuery = (api: ReturnType<typeof inboxApi>) =>
  Object.fromEntries(api.requestsTo('GET', '/api/escalations').at(-1)?.url.searchParams ?? []);

describe('comment inbox', () => {
  it('lists the open reports, with how many reports each status holds', async () => {
    const api = inboxApi([
      makeEscalation({
        network: 'facebook',
        excerpt: 'Your products are a scam',
        reporter: personRef('Ada Lovelace'),
        assignee: lotte,
        status: 'in_progress',
      }),
      makeEscalation({ network: 'other', excerpt: 'Boycott!', reporter: null }),
    ]);
    renderInbox();

    const table = await screen.findByRole('table', { name: 'Reported comments' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Ada Lovelace', 'Facebook', 'Your products are a scam', 'Lotte Bakker', 'In progress'],
      ['Deleted account', 'Somewhere else', 'Boycott!', 'Unassigned', 'Open'],
    ]);
    expect(screen.getByRole('tab', { name: 'Open' })).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('tab', { name: 'Open' })).getByText('3')).toBeVisible();
    expect(within(screen.getByRole('tab', { name: 'In progress' })).getByText('2')).toBeVisible();
    expect(within(screen.getByRole('tab', { name: 'Resolved' })).getByText('7')).toBeVisible();
    expect(within(screen.getByRole('tab', { name: 'All' })).getByText('12')).toBeVisible();
    expect(lastQuery(api)).toEqual({ scope: 'all', status: 'open', page: '1', pageSize: '25' });
  });

  it('asks for the status of the chosen tab, and keeps it in the address', async () => {
    const api = inboxApi([makeEscalation()]);
    const { user, router } = renderInbox();
    await screen.findByRole('table', { name: 'Reported comments' });

    await user.click(screen.getByRole('tab', { name: 'In progress' }));
    await waitFor(() => expect(lastQuery(api).status).toBe('in_progress'));
    expect(router.state.location.search).toBe('?status=in_progress');

    await user.click(screen.getByRole('tab', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=all'));
    await waitFor(() =>
      expect(lastQuery(api)).toEqual({ scope: 'all', page: '1', pageSize: '25' }),
    );
  });

  it('shows only the reports assigned to me when asked', async () => {
    const api = inboxApi([makeEscalation()]);
    const { user, router } = renderInbox();
    await screen.findByRole('table', { name: 'Reported comments' });

    await user.click(screen.getByRole('switch', { name: 'Assigned to me' }));

    await waitFor(() => expect(lastQuery(api).assignee).toBe('me'));
    expect(router.state.location.search).toBe('?assignee=me');
    expect(screen.getByRole('switch', { name: 'Assigned to me' })).toBeChecked();
  });

  it('opens on the filters in the address', async () => {
    const api = inboxApi([]);
    renderInbox('/inbox?status=resolved&assignee=me');

    expect(await screen.findByText('No reports here.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Resolved' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('switch', { name: 'Assigned to me' })).toBeChecked();
    expect(lastQuery(api)).toEqual({
      scope: 'all',
      status: 'resolved',
      assignee: 'me',
      page: '1',
      pageSize: '25',
    });
  });

  it('opens a report, and leads back to the inbox as it was', async () => {
    const report = makeEscalation({ excerpt: 'Your products are a scam', status: 'resolved' });
    inboxApi([report], {
      'GET /api/escalations/{id}': () => ok(makeEscalationDetail(report)),
    });
    const { user, router } = renderInbox('/inbox?status=resolved');

    await user.click(await screen.findByRole('link', { name: 'Your products are a scam' }));

    expect(await screen.findByRole('heading', { name: 'Reported comment' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/inbox/${report.id}`);
    expect(screen.getByRole('link', { name: 'Back to the inbox' })).toHaveAttribute(
      'href',
      '/inbox?status=resolved',
    );
  });
});
