import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import {
  apiError,
  type HandlerRequest,
  mockApi,
  ok,
  reply,
  type Routes,
} from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { alertAround } from '../../test/surroundings';
import { EscalationPage } from './EscalationPage';
import { makeEscalationDetail, makeEvent, personRef } from './escalations-test-data';
import type { EscalationDetail, EscalationEvent } from './api/escalation-queries';

const curator = makeUser({ name: 'Carl Curator', roles: ['curator'] });
const carl = { id: curator.id, name: curator.name };
const lotte = personRef('Lotte Bakker');
const COMMENT_URL = 'https://www.facebook.com/acme/posts/42?comment_id=7';

function reportApi(report: { current: EscalationDetail }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/escalations/{id}': () => ok(report.current),
    'GET /api/escalations/team': () => ok([carl, lotte]),
    ...routes,
  });
}

/** The report with this id, for the curator. */
function renderReport(id: string) {
  return renderPage(EscalationPage, { path: `/inbox/${id}`, route: '/inbox/:id', user: curator });
}

/** The fake server's PATCH: applies the change and records it as the API does. */
function patchHandler(report: { current: EscalationDetail }) {
  return ({ body: change }: HandlerRequest<'PATCH /api/escalations/{id}'>) => {
    const events: EscalationEvent[] = [];
    if (change.assigneeId !== undefined) {
      const assignee = [carl, lotte].find((person) => person.id === change.assigneeId) ?? null;
      report.current = { ...report.current, assignee };
      events.push(makeEvent({ kind: 'assignment', author: carl, assignee }));
    }
    if (change.status) {
      report.current = { ...report.current, status: change.status };
      events.push(makeEvent({ kind: 'status', author: carl, status: change.status }));
    }
    report.current = { ...report.current, events: [...report.current.events, ...events] };
    return ok(report.current);
  };
}

function facebookReport(overrides: Partial<EscalationDetail> = {}) {
  return makeEscalationDetail({
    url: COMMENT_URL,
    network: 'facebook',
    excerpt: 'Your products are a scam and your CEO lies.',
    description: 'Under our post about the new factory.',
    reporter: personRef('Ada Lovelace'),
    ...overrides,
  });
}

const history = () => screen.getByRole('list', { name: 'History' });
const historyLines = () =>
  within(history())
    .getAllByRole('listitem')
    // A timeline item's title has no role of its own.
    // eslint-disable-next-line testing-library/no-node-access
    .map((item) => item.querySelector('.mantine-Timeline-itemTitle')?.textContent);

async function choose(
  user: ReturnType<typeof renderReport>['user'],
  field: string,
  option: string,
) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('a reported comment', () => {
  it('shows the comment, who reported it, and what the team did', async () => {
    const report = {
      current: facebookReport({
        assignee: lotte,
        status: 'in_progress',
        events: [
          makeEvent({ kind: 'assignment', author: carl, assignee: lotte }),
          makeEvent({ kind: 'status', author: lotte, status: 'in_progress' }),
          makeEvent({ kind: 'note', author: lotte, body: 'Asked legal for a line.' }),
          makeEvent({ kind: 'assignment', author: null, assignee: null }),
        ],
      }),
    };
    reportApi(report);
    renderReport(report.current.id);

    expect(await screen.findByRole('heading', { name: 'Reported comment' })).toBeInTheDocument();
    const quote = screen.getByText('Your products are a scam and your CEO lies.');
    expect(screen.getByRole('blockquote')).toContainElement(quote);
    expect(screen.getByText('Under our post about the new factory.')).toBeInTheDocument();
    expect(screen.getByText('Facebook')).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open the comment' });
    expect(link).toHaveAttribute('href', COMMENT_URL);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(historyLines()).toEqual([
      'Ada Lovelace reported it',
      'Carl Curator assigned it to Lotte Bakker',
      'Lotte Bakker set the status to In progress',
      'Lotte Bakker added a note',
      'Deleted account unassigned it',
    ]);
    expect(within(history()).getByText('Asked legal for a line.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Assigned to' })).toHaveValue('Lotte Bakker');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('In progress');
  });

  it('says when the reporter has deleted their account', async () => {
    const report = { current: facebookReport({ reporter: null }) };
    reportApi(report);
    renderReport(report.current.id);

    expect(await screen.findByText('Deleted account reported it')).toBeInTheDocument();
  });

  it('assigns the report, and unassigns it', async () => {
    const report = { current: facebookReport() };
    const path = `/api/escalations/${report.current.id}`;
    const api = reportApi(report, { 'PATCH /api/escalations/{id}': patchHandler(report) });
    const { user } = renderReport(report.current.id);
    await screen.findByRole('heading', { name: 'Reported comment' });
    expect(screen.getByRole('combobox', { name: 'Assigned to' })).toHaveValue('Unassigned');

    await choose(user, 'Assigned to', 'Lotte Bakker');

    expect(await screen.findByText('Assigned to Lotte Bakker.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', path)[0]?.body).toEqual({ assigneeId: lotte.id });
    expect(historyLines()).toContain('Carl Curator assigned it to Lotte Bakker');

    await choose(user, 'Assigned to', 'Unassigned');

    expect(await screen.findByText('Nobody is assigned now.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', path)[1]?.body).toEqual({ assigneeId: null });
    expect(historyLines()).toContain('Carl Curator unassigned it');
  });

  it('changes the status', async () => {
    const report = { current: facebookReport() };
    const path = `/api/escalations/${report.current.id}`;
    const api = reportApi(report, { 'PATCH /api/escalations/{id}': patchHandler(report) });
    const { user } = renderReport(report.current.id);
    await screen.findByRole('heading', { name: 'Reported comment' });

    await choose(user, 'Status', 'Resolved');

    expect(await screen.findByText('Status set to Resolved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', path)).toHaveLength(1);
    expect(api.requestsTo('PATCH', path)[0]?.body).toEqual({ status: 'resolved' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Resolved');
    expect(historyLines()).toContain('Carl Curator set the status to Resolved');
  });

  it("shows the API's message when a change is refused", async () => {
    const report = { current: facebookReport() };
    reportApi(report, {
      'PATCH /api/escalations/{id}': () =>
        apiError(400, 'Only curators and admins can be assigned.'),
    });
    const { user } = renderReport(report.current.id);
    await screen.findByRole('heading', { name: 'Reported comment' });

    await choose(user, 'Assigned to', 'Lotte Bakker');

    const alert = await screen.findByText('The change could not be saved');
    expect(alertAround(alert)).toHaveTextContent('Only curators and admins can be assigned.');
  });

  it('adds an internal note, which the reporter never sees', async () => {
    const report = { current: facebookReport() };
    const path = `/api/escalations/${report.current.id}/notes`;
    const api = reportApi(report, {
      'POST /api/escalations/{id}/notes': ({ body }) => {
        const note = makeEvent({
          kind: 'note',
          author: carl,
          body: body.body,
        });
        report.current = { ...report.current, events: [note] };
        return reply(201, report.current);
      },
    });
    const { user } = renderReport(report.current.id);
    const field = await screen.findByLabelText('Internal note');
    expect(
      screen.getByText(
        'Only the social media team sees notes: the person who reported the comment never does.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Write the note first.')).toBeInTheDocument();
    expect(api.requestsTo('POST', path)).toHaveLength(0);

    await user.type(field, '  Called them back; they apologised.  ');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(await screen.findByText('Note added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', path)[0]?.body).toEqual({
      body: 'Called them back; they apologised.',
    });
    expect(field).toHaveValue('');
    await waitFor(() => expect(historyLines()).toContain('Carl Curator added a note'));
    expect(within(history()).getByText('Called them back; they apologised.')).toBeInTheDocument();
  });

  it('says when the report cannot be found', async () => {
    mockApi({
      'GET /api/escalations/team': () => ok([carl]),
    });
    renderReport('00000000-0000-4000-8000-000000000999');

    expect(await screen.findByText('The report could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the inbox' })).toHaveAttribute(
      'href',
      '/inbox',
    );
  });
});
