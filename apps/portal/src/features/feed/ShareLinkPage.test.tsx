import { screen, waitFor, within } from '@testing-library/react';
import { makeReadyStatus } from '../../test/advocacy-factories';
import { makeSettings, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, undocumented, type Routes } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { makeCreatedShare, makeFeedItem, makeSuggestion } from '../../test/sharing-factories';
import { ShareLinkPage } from './ShareLinkPage';
import { SHARE_LINK_PATH } from './share-link';

const TITLE = 'We open an office in Utrecht';
const item = makeFeedItem({ title: TITLE });

/** The API behind a share link: LinkedIn, X and e-mail offered, the person ready to share. */
function shareLinkApi(routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me': () => ok(makeUser({ name: 'Ada' })),
    'GET /api/me/advocacy': () => ok(makeReadyStatus()),
    'GET /api/feed/{id}': ({ params }) =>
      params.id === item.id ? ok(item) : apiError(404, 'This item is not being shared to you.'),
    'GET /api/settings': () => ok(makeSettings({ enabledNetworks: ['email', 'x', 'linkedin'] })),
    'GET /api/feed/{id}/suggestion': ({ query }) =>
      ok(makeSuggestion({ text: `Our new office, on ${query.network}` })),
    'GET /api/guardrails/languages': () => ok({ languages: ['en'] }),
    'POST /api/guardrails/check': () => ok({ findings: [], blocked: false }),
    'POST /api/shares': () =>
      reply(
        201,
        makeCreatedShare({ intentUrl: 'https://x.com/intent/tweet?text=hi', copyTextFirst: false }),
      ),
    ...routes,
  });
}

const openLink = (search: string) =>
  renderPage(ShareLinkPage, { path: `/share/${item.id}${search}`, route: SHARE_LINK_PATH });

const dialog = () => screen.findByRole('dialog', { name: `Share “${TITLE}”` });

/** The dialog, once it offers the networks. */
async function networksOffered() {
  const opened = await dialog();
  await within(opened).findByRole('radiogroup', { name: 'Where to share' });
  return opened;
}

/** The window `window.open` gives the share, recording where it is sent. */
function fakePopup() {
  const popup = {
    opener: window as unknown,
    closed: false,
    close: vi.fn(),
    location: { href: '' },
  };
  vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return popup;
}

describe('a share link', () => {
  it('opens the share dialog on the network it names, and the share records where it came from', async () => {
    const api = shareLinkApi();
    const { user } = openLink('?network=x&source=digest');

    const opened = await networksOffered();
    expect(within(opened).getByRole('radio', { name: 'X' })).toBeChecked();
    const post = await within(opened).findByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(post).toHaveValue('Our new office, on x'));
    // Opening the link shared nothing: mail scanners open every link of a mail.
    expect(api.requestsTo('POST', '/api/shares')).toEqual([]);

    const popup = fakePopup();
    const share = within(opened).getByRole('button', { name: 'Share on X' });
    await waitFor(() => expect(share).toBeEnabled());
    await user.click(share);

    expect(
      await within(opened).findByText('Shared. X opened in a new window.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/shares')[0]?.body).toEqual({
      contentId: item.id,
      network: 'x',
      text: 'Our new office, on x',
      language: 'en',
      source: 'digest',
    });
    expect(popup.location.href).toBe('https://x.com/intent/tweet?text=hi');
  });

  it('says so when the network it names is turned off, and records an unknown source as the feed', async () => {
    const api = shareLinkApi();
    const { user } = openLink('?network=xing&source=carrier-pigeon');

    const opened = await networksOffered();
    expect(
      within(opened).getByText(
        'Sharing to Xing is turned off by your administrators: choose another network.',
      ),
    ).toBeInTheDocument();
    expect(within(opened).getByRole('radio', { name: 'LinkedIn' })).toBeChecked();

    await user.click(within(opened).getByRole('radio', { name: 'E-mail' }));
    vi.spyOn(window, 'open');
    const share = within(opened).getByRole('button', { name: 'Share by e-mail' });
    await waitFor(() => expect(share).toBeEnabled());
    await user.click(share);

    await waitFor(() => expect(api.requestsTo('POST', '/api/shares')).toHaveLength(1));
    expect(api.requestsTo('POST', '/api/shares')[0]?.body).toMatchObject({
      network: 'email',
      source: 'feed',
    });
  });

  it('keeps the dialog and its result when refreshing the item after the share fails', async () => {
    let asked = 0;
    shareLinkApi({
      'GET /api/feed/{id}': () => {
        asked += 1;
        return asked === 1 ? ok(item) : undocumented(500, 'Something went wrong.');
      },
    });
    const { user } = openLink('?network=email&source=digest');

    const opened = await networksOffered();
    const share = within(opened).getByRole('button', { name: 'Share by e-mail' });
    await waitFor(() => expect(share).toBeEnabled());
    await user.click(share);

    expect(
      await within(opened).findByText('Shared. Open your e-mail app to send it.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(asked).toBe(2));
    expect(screen.getByRole('dialog', { name: `Share “${TITLE}”` })).toBeInTheDocument();
    expect(screen.queryByText('The item could not be loaded')).not.toBeInTheDocument();
  });

  it('leaves the item on the page when the dialog is closed, to share it again', async () => {
    shareLinkApi();
    const { user } = openLink('?network=linkedin&source=notification');

    await user.click(within(await dialog()).getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'See everything you can share' })).toHaveAttribute(
      'href',
      '/',
    );
    await user.click(screen.getByRole('button', { name: `Share: ${TITLE}` }));
    expect(within(await networksOffered()).getByRole('radio', { name: 'LinkedIn' })).toBeChecked();
  });

  it('explains that an item no longer live for me cannot be shared, instead of an empty dialog', async () => {
    shareLinkApi();
    renderPage(ShareLinkPage, {
      path: '/share/0d4b9d4e-1111-4222-8333-444455556666?network=linkedin&source=digest',
      route: SHARE_LINK_PATH,
    });

    expect(await screen.findByText('This item can no longer be shared')).toBeInTheDocument();
    expect(
      screen.getByText(
        'It may have expired or been withdrawn, or it is meant for other colleagues. Your feed shows everything you can share now.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends a signed-out person to sign in, then straight back to the dialog', async () => {
    let signedIn = false;
    const api = shareLinkApi({
      'GET /api/me': () => (signedIn ? ok(makeUser()) : apiError(401, 'Please sign in.')),
      'POST /api/auth/login': () => {
        signedIn = true;
        return ok(makeUser());
      },
    });
    const path = `/share/${item.id}?network=x&source=digest`;
    const { user, router } = renderApp(path);

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(path)}`);
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(within(await networksOffered()).getByRole('radio', { name: 'X' })).toBeChecked();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(path);
    expect(api.requestsTo('POST', '/api/shares')).toEqual([]);
  });
});
