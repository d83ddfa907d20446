import { act, screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../../api/client';
import { makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { renderPage } from '../../../test/render-page';
import { SEARCH_DEBOUNCE_MS } from '../../../components/DebouncedSearchInput';
import { RestrictedTermsPage } from './RestrictedTermsPage';
import type { RestrictedTerm } from '../api/restricted-term-queries';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

let sequence = 0;
function makeTerm(overrides: Partial<Schemas['RestrictedTermDto']> = {}): RestrictedTerm {
  sequence += 1;
  return {
    id: `00000000-0000-4000-b100-${String(sequence).padStart(12, '0')}`,
    term: `Term ${sequence}`,
    category: 'confidential',
    severity: 'block',
    note: '',
    notes: {},
    createdAt: '2024-03-15T09:30:00.000Z',
    updatedAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  };
}

function termsApi(list: { terms: RestrictedTerm[] }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/restricted-terms': () => ok(list.terms),
    ...routes,
  });
}

const falcon = () =>
  makeTerm({
    term: 'Project Falcon',
    category: 'confidential',
    severity: 'block',
    note: 'Falcon is not announced yet: do not mention it.',
  });

function rows() {
  const table = screen.getByRole('table', { name: 'Restricted terms' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => cell.textContent),
    );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('restricted terms', () => {
  it('lists the terms with their category, severity and note', async () => {
    termsApi({
      terms: [makeTerm({ term: 'Acme Corp', category: 'competitor', severity: 'warn' }), falcon()],
    });
    const { i18n } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });

    await screen.findByRole('table', { name: 'Restricted terms' });
    expect(rows()).toEqual([
      ['Acme Corp', 'Competitor', 'Warns', 'No note'],
      [
        'Project Falcon',
        'Confidential',
        'Blocks',
        'Falcon is not announced yet: do not mention it.',
      ],
    ]);
    // The matching rules the checker follows are written where admins read the list.
    const rules = within(
      screen.getByRole('region', { name: i18n.t('restrictedTerms.matchingTitle') }),
    );
    expect(rules.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      i18n.t('restrictedTerms.matchingWords'),
      i18n.t('restrictedTerms.matchingTags'),
      i18n.t('restrictedTerms.matchingInvisible'),
    ]);
  });

  it('keeps the search and category in the address and asks the API for them', async () => {
    const api = termsApi({ terms: [falcon()] });
    // The search waits for a pause in typing, on a clock the test moves.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, router } = renderPage(RestrictedTermsPage, {
      path: '/restricted-terms',
      user: admin,
      userEvent: { advanceTimers: vi.advanceTimersByTime },
    });
    await screen.findByRole('table', { name: 'Restricted terms' });

    await user.click(screen.getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Taboo topic' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'falcon');
    expect(router.state.location.search).toBe('?category=taboo');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));

    await waitFor(() => expect(router.state.location.search).toBe('?category=taboo&search=falcon'));
    const last = () => api.requestsTo('GET', '/api/restricted-terms').at(-1)!.url.searchParams;
    await waitFor(() => expect(last().get('search')).toBe('falcon'));
    expect(last().get('category')).toBe('taboo');
  });

  it('adds a term', async () => {
    const list = { terms: [] as RestrictedTerm[] };
    const api = termsApi(list, {
      'POST /api/restricted-terms': ({ body }) => {
        const created = makeTerm(body);
        list.terms = [created];
        return reply(201, created);
      },
    });
    const { user } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });
    await screen.findByText('No restricted terms yet.');

    await user.click(screen.getByRole('button', { name: 'Add a term' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a restricted term' });
    const note = within(dialog).getByLabelText('Note for employees');
    expect(note).toHaveAttribute('placeholder', 'Falcon is not announced yet: do not mention it.');
    await user.click(within(dialog).getByLabelText(/^Term/));
    await user.paste(' Acme Corp ');
    await user.click(within(dialog).getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Competitor' }));
    const severity = within(dialog).getByRole('radiogroup', { name: 'Severity' });
    await user.click(within(severity).getByRole('radio', { name: 'Warn only' }));
    await user.click(note);
    await user.paste('Do not compare us with Acme in public.');
    // Writers of another language read their own note, where there is one.
    const danish = within(dialog).getByLabelText('Dansk');
    expect(danish).toHaveAttribute('placeholder', 'Do not compare us with Acme in public.');
    await user.click(danish);
    await user.paste('Sammenlign os ikke offentligt med Acme.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Acme Corp was added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/restricted-terms')[0]?.body).toEqual({
      term: 'Acme Corp',
      category: 'competitor',
      severity: 'warn',
      note: 'Do not compare us with Acme in public.',
      notes: {
        en: '',
        nl: '',
        da: 'Sammenlign os ikke offentligt med Acme.',
        sv: '',
        nb: '',
        el: '',
        de: '',
        fr: '',
      },
    });
    expect(await screen.findByRole('cell', { name: 'Acme Corp' })).toBeInTheDocument();
  });

  it('checks the term before sending anything', async () => {
    const api = termsApi({ terms: [] });
    const { user } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });
    await user.click(await screen.findByRole('button', { name: 'Add a term' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a restricted term' });

    await user.type(within(dialog).getByLabelText(/^Term/), '#!');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText('A term needs at least one letter or digit'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/restricted-terms')).toHaveLength(0);
  });

  it("shows the API's message in the form when the same term exists", async () => {
    termsApi(
      { terms: [falcon()] },
      {
        'POST /api/restricted-terms': () =>
          apiError(
            409,
            '“Project Falcon” is already a restricted term, and matches the same words as “project-falcon”.',
          ),
      },
    );
    const { user } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });
    await user.click(await screen.findByRole('button', { name: 'Add a term' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a restricted term' });

    await user.type(within(dialog).getByLabelText(/^Term/), 'project-falcon');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“Project Falcon” is already a restricted term, and matches the same words as “project-falcon”.',
    );
    expect(within(dialog).getByLabelText(/^Term/)).toHaveValue('project-falcon');
  });

  it('edits a term, sending only what changed', async () => {
    const term = falcon();
    const list = { terms: [term] };
    const api = termsApi(list, {
      'PATCH /api/restricted-terms/{id}': ({ body }) => {
        list.terms = [{ ...term, ...body }];
        return ok(list.terms[0]);
      },
    });
    const { user } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Edit Project Falcon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Project Falcon' });
    expect(within(dialog).getByLabelText(/^Term/)).toHaveValue('Project Falcon');
    expect(within(dialog).getByRole('radio', { name: 'Block sharing' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Warn only' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Project Falcon was saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/restricted-terms/${term.id}`)[0]?.body).toEqual({
      severity: 'warn',
    });
    await waitFor(() => expect(rows()[0]?.[2]).toBe('Warns'));
  });

  it('deletes a term after confirmation', async () => {
    const term = falcon();
    const list = { terms: [term] };
    const api = termsApi(list, {
      'DELETE /api/restricted-terms/{id}': () => {
        list.terms = [];
        return reply(204);
      },
    });
    const { user } = renderPage(RestrictedTermsPage, { path: '/restricted-terms', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Delete Project Falcon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Project Falcon?' });
    expect(dialog).toHaveTextContent('Posts will no longer be checked for this term.');
    expect(api.requestsTo('DELETE', `/api/restricted-terms/${term.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Project Falcon was deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/restricted-terms/${term.id}`)).toHaveLength(1);
    expect(await screen.findByText('No restricted terms yet.')).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    const api = mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['curator'] })) });
    renderApp('/restricted-terms');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/restricted-terms')).toHaveLength(0);
  });
});
