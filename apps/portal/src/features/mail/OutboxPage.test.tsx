import { screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
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

function outboxApi(answer: Handler<'GET /api/outbox'>) {
  return mockApi({ 'GET /api/outbox': answer });
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
});
