import { screen, waitFor, within } from '@testing-library/react';
import { makeAdvocacyStatus, makeReadyStatus } from '../../test/advocacy-factories';
import { makeSettings, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { makeFeedItem, makeSuggestion } from '../../test/sharing-factories';
import { SharePagePage } from './SharePagePage';

const PAGE = 'https://news.example.com/2026/plant?ref=home';
const TAB_TITLE = 'Our new plant – Acme News';
const item = makeFeedItem({ title: 'We build a new plant' });

/** The address the extension opens for the tab it is on. */
const sharePage = (url = PAGE, title = TAB_TITLE) =>
  `/share-page?${new URLSearchParams({ url, title, source: 'extension' }).toString()}`;

function sharePageApi(routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me': () => ok(makeUser({ name: 'Ada' })),
    'GET /api/me/advocacy': () => ok(makeReadyStatus()),
    'GET /api/content/lookup': () => ok({ state: 'unknown' as const }),
    ...routes,
  });
}

const open = (path = sharePage()) => renderPage(SharePagePage, { path, route: '/share-page' });

describe('the page the browser extension opens', () => {
  it('opens the share dialog for a page that is live for me, recording the extension as the source', async () => {
    const api = sharePageApi({
      'GET /api/content/lookup': () =>
        ok({ state: 'shareable' as const, itemId: item.id, title: item.title }),
      'GET /api/feed/{id}': () => ok(item),
      'GET /api/settings': () => ok(makeSettings({ enabledNetworks: ['linkedin', 'x'] })),
      'GET /api/feed/{id}/suggestion': () => ok(makeSuggestion({ text: 'Have a look' })),
      'GET /api/guardrails/languages': () => ok({ languages: ['en'] }),
      'POST /api/guardrails/check': () => ok({ findings: [], blocked: false }),
    });
    const { router } = renderApp(sharePage());

    expect(
      await screen.findByRole('dialog', { name: 'Share “We build a new plant”' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/share/${item.id}`);
    expect(router.state.location.search).toBe('?source=extension');
    // The share page itself is replaced: Back does not come back to it.
    expect(router.state.historyAction).toBe('REPLACE');
    expect(api.requestsTo('GET', '/api/content/lookup')[0]?.url.searchParams.get('url')).toBe(PAGE);
  });

  it('says the curators already have a page that is not for me now, and offers nothing to send', async () => {
    sharePageApi({ 'GET /api/content/lookup': () => ok({ state: 'known' as const }) });
    open();

    expect(await screen.findByText('The curators already have this page')).toBeInTheDocument();
    expect(screen.getByText(/^It is not in your feed right now/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send to the curators' })).not.toBeInTheDocument();
  });

  it('offers to suggest a page Chorus does not have, with the tab’s address and title', async () => {
    let suggested = false;
    const api = sharePageApi({
      // As the API answers: once suggested, the page is one the curators have.
      'GET /api/content/lookup': () => ok({ state: suggested ? 'known' : 'unknown' }),
      'POST /api/suggestions': ({ body }) => {
        suggested = true;
        return reply(201, {
          id: '00000000-0000-4000-8000-000000000001',
          url: PAGE,
          title: body.title ?? PAGE,
          note: body.note ?? null,
          state: 'new' as const,
          createdAt: '2026-12-07T10:00:00.000Z',
        });
      },
    });
    const { user } = open();

    expect(await screen.findByText('This page is not in Chorus yet')).toBeInTheDocument();
    const address = await screen.findByRole('textbox', { name: 'Page address' });
    expect(address).toHaveValue(PAGE);
    expect(address).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(TAB_TITLE);
    await user.type(
      screen.getByRole('textbox', { name: 'Why will our customers care?' }),
      'They ask where we build.',
    );
    await user.click(screen.getByRole('button', { name: 'Send to the curators' }));

    expect(await screen.findByText('Thank you!')).toBeInTheDocument();
    expect(screen.getByText(`“${TAB_TITLE}” is in the curators’ inbox now.`)).toBeInTheDocument();
    // The thanks stay: the page is not looked up again while the person reads them.
    expect(api.requestsTo('GET', '/api/content/lookup')).toHaveLength(1);
    expect(screen.getByText('Thank you!')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/suggestions')[0]?.body).toEqual({
      url: PAGE,
      title: TAB_TITLE,
      note: 'They ask where we build.',
    });
  });

  it('says so when someone suggested the page already, rather than thanking twice as new', async () => {
    sharePageApi({
      'POST /api/suggestions': () =>
        ok({
          id: '00000000-0000-4000-8000-000000000002',
          url: PAGE,
          title: 'Plant news',
          note: 'From a colleague',
          state: 'new' as const,
          createdAt: '2026-12-07T10:00:00.000Z',
        }),
    });
    const { user } = open();

    await user.click(await screen.findByRole('button', { name: 'Send to the curators' }));

    expect(await screen.findByText('The curators already have it')).toBeInTheDocument();
    expect(
      screen.getByText(/^“Plant news” was already in the curators’ inbox/),
    ).toBeInTheDocument();
  });

  it('shows why a suggestion was refused, in the form', async () => {
    sharePageApi({
      'POST /api/suggestions': () =>
        apiError(409, 'The curators already have this page: “Plant” (draft).', {
          details: {
            key: 'errors:suggestions.alreadyAnItem',
            params: { title: 'Plant', status: 'draft' },
          },
        }),
    });
    const { user } = open();

    await user.click(await screen.findByRole('button', { name: 'Send to the curators' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The suggestion could not be sent')).toBeInTheDocument();
    expect(
      within(alert).getByText(/^The curators already have this page: “Plant”/),
    ).toBeInTheDocument();
  });

  it('tells someone outside the programme how to join instead of offering the form', async () => {
    sharePageApi({ 'GET /api/me/advocacy': () => ok(makeAdvocacyStatus()) });
    open();

    expect(await screen.findByText('Join the programme to suggest pages')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the Advocacy programme page' })).toHaveAttribute(
      'href',
      '/advocacy',
    );
    expect(screen.queryByRole('button', { name: 'Send to the curators' })).not.toBeInTheDocument();
  });

  it('explains that a browser page that is not a web page cannot be shared', async () => {
    sharePageApi({
      'GET /api/content/lookup': () => apiError(422, 'url must be the address of a web page'),
    });
    open(sharePage('chrome://extensions', 'Extensions'));

    expect(await screen.findByText('This page cannot be shared from Chorus')).toBeInTheDocument();
  });

  it('sends a signed-out person to sign in, then back to the page they were on', async () => {
    let signedIn = false;
    sharePageApi({
      'GET /api/me': () => (signedIn ? ok(makeUser()) : apiError(401, 'Please sign in.')),
      'POST /api/auth/login': () => {
        signedIn = true;
        return ok(makeUser());
      },
    });
    const path = sharePage();
    const { user, router } = renderApp(path);

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('This page is not in Chorus yet')).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(path);
  });
});
