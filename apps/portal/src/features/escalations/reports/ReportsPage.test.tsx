import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { alertAround } from '../../../test/surroundings';
import { ReportsPage } from './ReportsPage';
import { escalationPage, makeEscalation } from '../escalations-test-data';
import type { Escalation } from '../api/escalations-queries';

const employee = makeUser({ name: 'Ada Lovelace' });
const COMMENT_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7123/';

function reportsApi(mine: { items: Escalation[] }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/escalations': () => ok(escalationPage(mine.items, { pageSize: 10 })),
    ...routes,
  });
}

/** Pastes into a field, as people do with a link or a comment they copied. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('report a comment', () => {
  it('asks not to answer, and lists my reports with how far the team is', async () => {
    const api = reportsApi({
      items: [
        makeEscalation({ network: 'x', excerpt: 'You lie about your emissions', status: 'open' }),
        makeEscalation({ network: 'other', excerpt: 'Boycott them', status: 'in_progress' }),
        makeEscalation({ network: 'linkedin', excerpt: 'Worst employer', status: 'resolved' }),
      ],
    });
    renderPage(ReportsPage, { path: '/reports', user: employee });

    expect(await screen.findByRole('heading', { name: 'Report a comment' })).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: "Don't answer: report" })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'My reports' });
    expect(rowsOf(table)).toEqual([
      ['May 2, 2024', 'X', 'You lie about your emissions', 'Open'],
      ['May 2, 2024', 'Somewhere else', 'Boycott them', 'In progress'],
      ['May 2, 2024', 'LinkedIn', 'Worst employer', 'Resolved'],
    ]);
    const query = api.requestsTo('GET', '/api/escalations')[0]?.url.searchParams;
    expect(Object.fromEntries(query ?? [])).toEqual({ scope: 'mine', page: '1', pageSize: '10' });
  });

  it('says what is missing before sending anything', async () => {
    const api = reportsApi({ items: [] });
    const { user } = renderPage(ReportsPage, { path: '/reports', user: employee });
    expect(await screen.findByText('You have not reported any comments yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send report' }));

    expect(screen.getByText('Add the link to the comment or post.')).toBeInTheDocument();
    expect(screen.getByText('Choose where you saw it.')).toBeInTheDocument();
    expect(screen.getByText('Paste the comment, or describe it.')).toBeInTheDocument();

    await paste(user, screen.getByLabelText(/Link to the comment or post/), 'linkedin.com/post/1');
    expect(screen.getByText('Enter the full web address, starting with https://')).toBeVisible();
    expect(api.requestsTo('POST', '/api/escalations')).toHaveLength(0);
  });

  it("shows the API's message when it refuses the report", async () => {
    reportsApi(
      { items: [] },
      {
        'POST /api/escalations': () =>
          apiError(400, 'url must be the http(s) address of the post or comment'),
      },
    );
    const { user } = renderPage(ReportsPage, { path: '/reports', user: employee });

    await paste(user, await screen.findByLabelText(/Link to the comment or post/), COMMENT_URL);
    await paste(user, screen.getByLabelText(/The comment/), 'You lie!');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    const alert = await screen.findByText('The report could not be sent');
    expect(alertAround(alert)).toHaveTextContent(
      'url must be the http(s) address of the post or comment',
    );
  });

  it('sends the report, thanks, empties the form and lists the report', async () => {
    const mine = { items: [] as Escalation[] };
    const api = reportsApi(mine, {
      'POST /api/escalations': ({ body }) => {
        const report = makeEscalation({ ...body });
        mine.items = [report];
        return reply(201, report);
      },
    });
    const { user } = renderPage(ReportsPage, { path: '/reports', user: employee });
    const link = await screen.findByLabelText(/Link to the comment or post/);

    await paste(user, link, COMMENT_URL);
    // The network follows the link until one is picked.
    expect(screen.getByRole('combobox', { name: /Network/ })).toHaveValue('LinkedIn');
    await paste(user, screen.getByLabelText(/The comment/), '  Your CEO is a fraud  ');
    await paste(user, screen.getByLabelText('What happened'), 'Under our hiring post.');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    expect(
      await screen.findByText('Thank you: the social media team has your report.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/escalations')[0]?.body).toEqual({
      url: COMMENT_URL,
      network: 'linkedin',
      excerpt: 'Your CEO is a fraud',
      description: 'Under our hiring post.',
    });
    expect(link).toHaveValue('');
    expect(screen.getByLabelText(/The comment/)).toHaveValue('');
    expect(screen.getByLabelText('What happened')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: /Network/ })).toHaveValue('');
    const table = await screen.findByRole('table', { name: 'My reports' });
    expect(rowsOf(table)).toEqual([['May 2, 2024', 'LinkedIn', 'Your CEO is a fraud', 'Open']]);
  });

  it('sends a network picked by hand, and no description when there is none', async () => {
    const api = reportsApi(
      { items: [] },
      { 'POST /api/escalations': ({ body }) => reply(201, makeEscalation(body)) },
    );
    const { user } = renderPage(ReportsPage, { path: '/reports', user: employee });

    await user.click(await screen.findByRole('combobox', { name: /Network/ }));
    await user.click(await screen.findByRole('option', { name: 'Somewhere else' }));
    await paste(user, screen.getByLabelText(/Link to the comment or post/), 'https://x.com/a/1');
    await paste(user, screen.getByLabelText(/The comment/), 'Shame on you');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/escalations')[0]?.body).toEqual({
        url: 'https://x.com/a/1',
        network: 'other',
        excerpt: 'Shame on you',
      }),
    );
  });

  it('pages through my reports', async () => {
    mockApi({
      'GET /api/escalations': ({ query }) => {
        const page = Number(query.page ?? 0);
        const items = [makeEscalation({ excerpt: `Comment on page ${page}` })];
        return ok(escalationPage(items, { page, pageSize: 10, total: 12 }));
      },
    });
    const { user } = renderPage(ReportsPage, { path: '/reports', user: employee });
    expect(await screen.findByText('Comment on page 1')).toBeInTheDocument();
    expect(screen.getByText('1–1 of 12')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByText('Comment on page 2')).toBeInTheDocument();
  });
});
