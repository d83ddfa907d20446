import { act, screen, waitFor, within } from '@testing-library/react';
import type { UiLanguage } from '@chorus/core';
import type { Schemas } from '../../api/client';
import { makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok } from '../../test/mock-api';
import { FAKE_TIME_USER_EVENTS, useFakeTime } from '../../test/fake-time';
import { renderPage } from '../../test/render-page';
import { cardFields, cardTitle, PHONE_WIDTH, showAtWidth } from '../../test/viewport';
import { AuditPage } from './AuditPage';

type AuditEntry = Schemas['AuditEntryDto'];

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });
const ALAN = '00000000-0000-4000-8000-000000000042';
const GRACE = '00000000-0000-4000-8000-000000000001';

const rolesChanged: AuditEntry = {
  id: '2',
  at: '2024-05-02T10:00:00.000Z',
  actorId: GRACE,
  actorLabel: 'grace@example.com',
  action: 'person.roles_changed',
  targetType: 'person',
  targetId: ALAN,
  targetLabel: 'alan@example.com',
  summary: { before: { roles: ['employee'] }, after: { roles: ['employee', 'curator'] } },
  requestId: 'req-7f3a',
};
const throttled: AuditEntry = {
  id: '1',
  at: '2024-05-01T10:00:00.000Z',
  actorId: null,
  actorLabel: null,
  action: 'auth.sign_in_throttled',
  targetType: 'account',
  targetId: null,
  targetLabel: 'alan@example.com',
  summary: { failures: 10, windowMinutes: 15 },
  requestId: null,
};

function auditApi(answer: Handler<'GET /api/audit'>) {
  return mockApi({ 'GET /api/audit': answer });
}

/** The audit log at `path`, for an administrator; its search box waits on fake time. */
function renderAudit(path = '/audit', language: UiLanguage = 'en') {
  return renderPage(AuditPage, { path, user: admin, language, userEvent: FAKE_TIME_USER_EVENTS });
}

function auditPage(items: AuditEntry[], { total = items.length, page = 1 } = {}) {
  return ok({ items, total, page, pageSize: 25 });
}

function searches(api: ReturnType<typeof mockApi>) {
  return api.requestsTo('GET', '/api/audit').map((request) => request.url.searchParams);
}

describe('audit log', () => {
  beforeEach(useFakeTime);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows time, actor, action, target, what changed and the request id', async () => {
    auditApi(() => auditPage([rolesChanged, throttled]));
    renderAudit();

    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Time', 'Actor', 'Action', 'Target', 'Changes', 'Request ID']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first!)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent),
    ).toEqual([
      'grace@example.com',
      'Roles changed',
      'alan@example.com',
      'Roles: Employee → Employee, Curator',
      'req-7f3a',
    ]);
    expect(within(first!).getByRole('link', { name: 'alan@example.com' })).toHaveAttribute(
      'href',
      `/people/${ALAN}`,
    );
    expect(
      within(second!)
        .getAllByRole('cell')
        .slice(1, 5)
        .map((cell) => cell.textContent),
    ).toEqual([
      'System',
      'Sign-in attempts limited',
      'alan@example.com',
      'Failed attempts: 10Within: 15 minutes',
    ]);
  });

  it('says what Chorus wrote itself in the reader’s language', async () => {
    const published: AuditEntry = {
      ...rolesChanged,
      id: '3',
      action: 'policy.published',
      targetType: 'policy',
      targetId: '00000000-0000-4000-8000-000000000003',
      targetLabel: 'Version 2',
      summary: { after: { version: 2, requiresAcknowledgment: false } },
    };
    const deleted: AuditEntry = {
      ...rolesChanged,
      id: '4',
      actorId: null,
      actorLabel: 'deleted account',
      action: 'settings.changed',
      targetType: 'settings',
      targetId: null,
      targetLabel: 'organisation settings',
      summary: { before: { timeZone: 'UTC' }, after: { timeZone: 'Europe/Paris' } },
    };
    auditApi(() => auditPage([published, deleted]));
    renderAudit('/audit', 'el');

    const table = await screen.findByRole('table', { name: 'Αρχείο ελέγχου' });
    const [, first, second] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .slice(1, 5)
        .map((cell) => cell.textContent);
    expect(cells(first!)).toEqual([
      'grace@example.com',
      'Δημοσίευση έκδοσης πολιτικής',
      'Έκδοση πολιτικής 2',
      'Έκδοση: 2Απαιτείται νέα αποδοχή: όχι',
    ]);
    expect(cells(second!)).toEqual([
      'Διαγραμμένος λογαριασμός',
      'Αλλαγή ρυθμίσεων',
      'Ρυθμίσεις οργανισμού',
      'Ζώνη ώρας: UTC → Ώρα Κεντρικής Ευρώπης (Europe/Paris)',
    ]);
  });

  it('filters by action, keeping the filter in the address', async () => {
    const api = auditApi(() => auditPage([rolesChanged]));
    const { user, router } = renderAudit();
    await screen.findByRole('table', { name: 'Audit log' });

    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Person deactivated' }));

    await waitFor(() => expect(router.state.location.search).toBe('?action=person.deactivated'));
    await waitFor(() => expect(searches(api).at(-1)?.get('action')).toBe('person.deactivated'));
  });

  it('searches by actor or target once the admin pauses typing', async () => {
    const api = auditApi(() => auditPage([rolesChanged]));
    const { user, router } = renderAudit();
    await screen.findByRole('table', { name: 'Audit log' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'alan');
    expect(searches(api)).toHaveLength(1);

    await waitFor(() => expect(router.state.location.search).toBe('?search=alan'));
    await waitFor(() => expect(searches(api).at(-1)?.get('search')).toBe('alan'));
    expect(searches(api)).toHaveLength(2);
  });

  it('shows the search of the address after leaving it by a link or Back', async () => {
    auditApi(() => auditPage([rolesChanged]));
    const { user, router } = renderAudit('/audit?search=alan');
    await screen.findByRole('table', { name: 'Audit log' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveValue('alan');

    // As the navbar's link to the audit log does.
    await act(() => router.navigate('/audit'));
    expect(router.state.location.search).toBe('');
    expect(search).toHaveValue('');

    // A search replaces the current entry: Back leads to the search before the link.
    await user.type(search, 'grace');
    await waitFor(() => expect(router.state.location.search).toBe('?search=grace'));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?search=alan');
    expect(search).toHaveValue('alan');
  });

  it('keeps typing that ends in a space when the search is made', async () => {
    const api = auditApi(() => auditPage([rolesChanged]));
    const { user, router } = renderAudit();
    await screen.findByRole('table', { name: 'Audit log' });
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await user.type(search, 'alan ');
    await waitFor(() => expect(router.state.location.search).toBe('?search=alan'));
    await user.type(search, 't');

    expect(search).toHaveValue('alan t');
    await waitFor(() => expect(searches(api).at(-1)?.get('search')).toBe('alan t'));
  });

  it('opens a shared view: filters from the address, dates as whole days', async () => {
    const api = auditApi(() => auditPage([rolesChanged]));
    renderAudit(
      `/audit?targetId=${ALAN}&action=person.roles_changed&from=2024-05-01&to=2024-05-02`,
    );

    await screen.findByRole('table', { name: 'Audit log' });
    const [query] = searches(api);
    expect(query?.get('targetId')).toBe(ALAN);
    expect(query?.get('action')).toBe('person.roles_changed');
    expect(query?.get('from')).toBe(new Date(2024, 4, 1).toISOString());
    expect(query?.get('to')).toBe(new Date(2024, 4, 3).toISOString());
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('Roles changed');
    expect(screen.getByLabelText('From')).toHaveValue('2024-05-01');
    expect(screen.getByLabelText('To')).toHaveValue('2024-05-02');
    expect(
      screen.getByText('Showing only the entries about one person or item.'),
    ).toBeInTheDocument();
  });

  it('narrows to what one actor did, and can show everyone again', async () => {
    const api = auditApi(() => auditPage([rolesChanged]));
    const { user, router } = renderAudit();
    const table = await screen.findByRole('table', { name: 'Audit log' });

    await user.click(
      within(table).getByRole('button', { name: 'Show only what grace@example.com did' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe(`?actorId=${GRACE}`));
    await waitFor(() => expect(searches(api).at(-1)?.get('actorId')).toBe(GRACE));

    await user.click(screen.getByRole('button', { name: 'Show entries by everyone' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows each entry as a card on a phone, led by what happened', async () => {
    showAtWidth(PHONE_WIDTH);
    const api = auditApi(() => auditPage([rolesChanged, { ...throttled, summary: null }]));
    const { user, router } = renderAudit();

    const cards = await screen.findByRole('list', { name: 'Audit log' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [card] = within(cards).getAllByRole('listitem');
    expect(cardTitle(card!)).toHaveTextContent('Roles changed');
    expect(cardFields(card!)).toMatchObject({
      Actor: 'grace@example.com',
      Target: 'alan@example.com',
      Changes: 'Roles: Employee → Employee, Curator',
      'Request ID': 'req-7f3a',
    });
    expect(cardFields(card!).Time).toMatch(/2024/);
    // A card leaves out what an entry does not have: here, changes and a request id.
    const [, system] = within(cards).getAllByRole('listitem');
    expect(Object.keys(cardFields(system!))).toEqual(['Time', 'Actor', 'Target']);

    await user.click(
      within(card!).getByRole('button', { name: 'Show only what grace@example.com did' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe(`?actorId=${GRACE}`));
    await waitFor(() => expect(searches(api).at(-1)?.get('actorId')).toBe(GRACE));
  });

  it('pages through the log', async () => {
    const api = auditApi(({ query }) =>
      auditPage([{ ...rolesChanged, id: query.page ?? '1' }], {
        total: 30,
        page: Number(query.page ?? 0),
      }),
    );
    const { user, router } = renderAudit();
    await screen.findByRole('table', { name: 'Audit log' });

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(searches(api).at(-1)?.get('page')).toBe('2'));
    expect(await screen.findByText('26–26 of 30')).toBeInTheDocument();
  });

  it('goes to the last page from a page past the end', async () => {
    const api = auditApi(({ query }) => {
      const page = Number(query.page ?? 0);
      return page > 2
        ? auditPage([], { total: 30, page })
        : auditPage([rolesChanged], { total: 30, page });
    });
    const { router } = renderAudit('/audit?action=person.roles_changed&page=99');

    await waitFor(() =>
      expect(router.state.location.search).toBe('?action=person.roles_changed&page=2'),
    );
    expect(await screen.findByText('26–26 of 30')).toBeInTheDocument();
    expect(searches(api).map((query) => query.get('page'))).toEqual(['99', '2']);
    expect(screen.queryByText('No entries match these filters.')).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    auditApi(() => auditPage([]));
    renderAudit('/audit?action=group.deleted');

    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
  });

  it("shows the server's message when the log cannot be loaded", async () => {
    auditApi(() => apiError(400, 'from must be an ISO 8601 date'));
    renderAudit();

    expect(await screen.findByRole('alert')).toHaveTextContent('from must be an ISO 8601 date');
    // Asking again would get the same answer.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers no way to change the log', async () => {
    auditApi(() => auditPage([rolesChanged]));
    renderAudit();
    const table = await screen.findByRole('table', { name: 'Audit log' });

    expect(
      within(table)
        .queryAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['grace@example.com']);
  });
});
