import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import type { MailDelivery } from './api/outbox-queries';
import { OutboxPage } from './OutboxPage';

const admin = makeUser({ roles: ['admin'] });

const invitation = {
  id: '00000000-0000-4000-a000-000000000001',
  createdAt: '2024-05-02T10:00:00.000Z',
  recipient: 'nina@example.com',
  subject: 'You are invited to Chorus',
  text: 'Hello Nina,\n\nChoose a password: https://chorus.example/invitation?token=abc123.\n\nThe link works for 7 days.',
  html: '<!doctype html><html lang="en"><body><p>Hello Nina,</p><script>parent.alert(1)</script></body></html>',
  language: 'en',
};
const reset = {
  id: '00000000-0000-4000-a000-000000000002',
  createdAt: '2024-05-01T10:00:00.000Z',
  recipient: 'alan@example.com',
  subject: 'Reset your Chorus password',
  text: 'Open https://chorus.example/reset-password?token=xyz to choose a new password.',
  // Kept before mail had an HTML part.
  html: null,
  language: null,
};

const failed: MailDelivery = {
  id: '00000000-0000-4000-a000-000000000011',
  createdAt: '2024-05-03T09:00:00.000Z',
  recipient: 'mia@example.com',
  subject: 'Du er inviteret til Chorus',
  language: 'da',
  status: 'failed',
  attempts: 6,
  lastError: '550 Mailbox unavailable',
  sendAfter: '2024-05-03T09:00:00.000Z',
  sentAt: null,
};
const sent: MailDelivery = {
  ...failed,
  id: '00000000-0000-4000-a000-000000000012',
  recipient: 'nina@example.com',
  subject: 'You are invited to Chorus',
  language: 'en',
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2024-05-03T09:00:01.000Z',
};

function deliveriesPage(items: MailDelivery[]) {
  return ok({ items, total: items.length, page: 1, pageSize: 25 });
}

function outboxApi(
  answer: Handler<'GET /api/outbox'>,
  deliveries: Handler<'GET /api/outbox/deliveries'> = () => deliveriesPage([]),
  retry?: Handler<'POST /api/outbox/deliveries/{id}/retry'>,
) {
  return mockApi({
    'GET /api/outbox': answer,
    'GET /api/outbox/deliveries': deliveries,
    ...(retry ? { 'POST /api/outbox/deliveries/{id}/retry': retry } : {}),
  });
}

function outboxPage(delivering: boolean, items = [invitation, reset], total = items.length) {
  return ok({ items, total, page: 1, pageSize: 25, delivering });
}

describe('outbox', () => {
  it('explains why mail is kept, and lists it newest first', async () => {
    const api = outboxApi(() => outboxPage(false));
    renderPage(OutboxPage, { path: '/outbox', user: admin });

    const table = await screen.findByRole('table', { name: 'Outbox' });
    expect(screen.getByText('Mail is kept here, not sent')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'You are invited to Chorus',
      'Reset your Chorus password',
    ]);
    expect(within(rows[0]!).getByText('nina@example.com')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/outbox')[0]?.url.search).toBe('?page=1&pageSize=25');
  });

  it('opens a message to show its text, with its links clickable', async () => {
    outboxApi(() => outboxPage(false));
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });
    const table = await screen.findByRole('table', { name: 'Outbox' });
    const subject = within(table).getByRole('button', { name: 'You are invited to Chorus' });
    expect(subject).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/Choose a password/)).not.toBeInTheDocument();

    await user.click(subject);

    expect(subject).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Choose a password/)).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: 'https://chorus.example/invitation?token=abc123',
    });
    expect(link).toHaveAttribute('href', 'https://chorus.example/invitation?token=abc123');

    await user.click(subject);
    expect(screen.queryByText(/Choose a password/)).not.toBeInTheDocument();
  });

  it('shows the HTML part as sent, in a frame that allows nothing', async () => {
    outboxApi(() => outboxPage(false));
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });
    const table = await screen.findByRole('table', { name: 'Outbox' });
    await user.click(within(table).getByRole('button', { name: 'You are invited to Chorus' }));
    expect(screen.queryByTitle(/as its recipient sees it/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'HTML' }));

    const frame = screen.getByTitle('“You are invited to Chorus” as its recipient sees it');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', invitation.html);
    expect(screen.queryByText(/Choose a password/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Text' }));
    expect(screen.getByText(/Choose a password/)).toBeInTheDocument();
  });

  it('offers only the text of mail kept before mail had an HTML part', async () => {
    outboxApi(() => outboxPage(false));
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });
    const table = await screen.findByRole('table', { name: 'Outbox' });
    await user.click(within(table).getByRole('button', { name: 'Reset your Chorus password' }));

    expect(screen.getByText(/to choose a new password/)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'HTML' })).not.toBeInTheDocument();
  });

  it('says mail is being delivered when an SMTP server is configured', async () => {
    outboxApi(() => outboxPage(true, []));
    renderPage(OutboxPage, { path: '/outbox', user: admin });

    expect(await screen.findByText('Mail is being delivered')).toBeInTheDocument();
    expect(screen.queryByText('Mail is kept here, not sent')).not.toBeInTheDocument();
    expect(screen.getByText('No messages have been kept.')).toBeInTheDocument();
  });

  it("shows the server's message when the outbox cannot be loaded", async () => {
    outboxApi(() => apiError(503, 'The database is not reachable.'));
    renderPage(OutboxPage, { path: '/outbox', user: admin });

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable.');
  });

  it('shows where each queued mail stands, and only the failed ones when asked', async () => {
    const api = outboxApi(
      () => outboxPage(true, []),
      ({ query }) => deliveriesPage(query.status === 'failed' ? [failed] : [failed, sent]),
    );
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });

    const queue = await screen.findByRole('table', { name: 'Mail queue' });
    const rows = within(queue).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Failed',
      'Sent',
    ]);
    expect(within(rows[0]!).getByText('550 Mailbox unavailable')).toBeInTheDocument();
    expect(within(rows[0]!).getAllByRole('cell')[3]).toHaveTextContent('6');
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Failed only' }));

    await waitFor(() => expect(within(queue).getAllByRole('row')).toHaveLength(2));
    expect(api.requestsTo('GET', '/api/outbox/deliveries').at(-1)?.url.search).toBe(
      '?page=1&pageSize=25&status=failed',
    );
  });

  it('sends a failed mail again when an admin asks, and shows the queue afresh', async () => {
    let retried = false;
    const api = outboxApi(
      () => outboxPage(true, []),
      () => deliveriesPage([retried ? { ...failed, status: 'queued' as const } : failed]),
      ({ params }) => {
        retried = true;
        return ok({ ...failed, id: params.id, status: 'queued' as const });
      },
    );
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });

    await user.click(
      await screen.findByRole('button', {
        name: 'Try sending “Du er inviteret til Chorus” to mia@example.com again',
      }),
    );

    expect(await screen.findByText('The mail is queued again.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/outbox/deliveries/{id}/retry')).toHaveLength(1);
    const queue = screen.getByRole('table', { name: 'Mail queue' });
    expect(await within(queue).findByText('Waiting')).toBeInTheDocument();
    expect(within(queue).queryByRole('button')).not.toBeInTheDocument();
  });

  it("says why a mail could not be sent again, in the server's words", async () => {
    outboxApi(
      () => outboxPage(true, []),
      () => deliveriesPage([failed]),
      () =>
        apiError(
          409,
          'Only a mail that failed can be tried again; this one is waiting, being sent or already delivered.',
        ),
    );
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });

    await user.click(await screen.findByRole('button', { name: /^Try sending/ }));

    expect(await screen.findByText('The mail could not be queued again')).toBeInTheDocument();
    expect(screen.getByText(/^Only a mail that failed can be tried again/)).toBeInTheDocument();
  });

  it('says so when no mail has failed', async () => {
    outboxApi(
      () => outboxPage(true, []),
      () => deliveriesPage([]),
    );
    const { user } = renderPage(OutboxPage, { path: '/outbox', user: admin });
    expect(await screen.findByText('No mail has been queued yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Failed only' }));

    expect(await screen.findByText('No mail has failed.')).toBeInTheDocument();
  });
});
