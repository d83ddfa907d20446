import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../api/client';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { TrackedLinksPage } from './TrackedLinksPage';
import { makeShareAdmin } from '../../test/sharing-factories';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

/** A fake of the tracked-link API that keeps whether the one link it knows is turned off. */
function trackedLinksApi(initial: Schemas['ShareAdminDto']) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let link = initial;
  return mockApi({
    'GET /api/shares/by-code/{code}': () => ok(link),
    'PATCH /api/shares/{id}': ({ body }) => {
      link = { ...link, ...body };
      return ok(link);
    },
  });
}

async function lookUp(user: ReturnType<typeof renderPage>['user'], input: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Tracked link or code' }), input);
  await user.click(screen.getByRole('button', { name: 'Look up' }));
}

describe('tracked links', () => {
  it('finds the share behind a full tracked link and turns the link off, after asking', async () => {
    const link = makeShareAdmin({
      code: 'AbC123xyz0',
      itemTitle: 'We open an office in Utrecht',
      sharedBy: 'Ada Lovelace',
      network: 'x',
      verified: true,
    });
    const api = trackedLinksApi(link);
    const { user, router } = renderPage(TrackedLinksPage, { path: '/tracked-links', user: admin });

    await lookUp(user, 'https://chorus.example.com/r/AbC123xyz0');

    const details = await screen.findByRole('region', { name: link.trackedUrl });
    expect(api.requestsTo('GET', '/api/shares/by-code/AbC123xyz0')).toHaveLength(1);
    expect(router.state.location.search).toBe('?code=AbC123xyz0');
    expect(
      within(details).getByRole('link', { name: 'We open an office in Utrecht' }),
    ).toHaveAttribute('href', `/content/${link.itemId}`);
    expect(details).toHaveTextContent('Shared byAda Lovelace');
    expect(details).toHaveTextContent('NetworkX');
    expect(details).toHaveTextContent('VerifiedYes');
    expect(details).toHaveTextContent('StateWorking');

    await user.click(within(details).getByRole('button', { name: 'Turn this link off' }));
    const confirm = await screen.findByRole('dialog', { name: 'Turn this link off?' });
    expect(confirm).toHaveTextContent(link.trackedUrl);
    expect(api.requestsTo('PATCH', `/api/shares/${link.id}`)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    expect(await screen.findByText('The link is turned off.')).toBeInTheDocument();
    await waitFor(() => expect(details).toHaveTextContent('StateTurned off'));
    const [patch] = api.requestsTo('PATCH', `/api/shares/${link.id}`);
    expect(patch?.body).toEqual({ disabled: true });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('token-123');

    await user.click(within(details).getByRole('button', { name: 'Turn it on again' }));

    expect(await screen.findByText('The link works again.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/shares/${link.id}`)[1]?.body).toEqual({
      disabled: false,
    });
    await waitFor(() => expect(details).toHaveTextContent('StateWorking'));
  });

  it('looks up a code alone, given in the address', async () => {
    const link = makeShareAdmin({ code: 'Zz9Yy8Xx7W', disabled: true, sharedBy: null });
    trackedLinksApi(link);
    renderPage(TrackedLinksPage, { path: '/tracked-links?code=Zz9Yy8Xx7W', user: admin });

    const details = await screen.findByRole('region', { name: link.trackedUrl });
    expect(details).toHaveTextContent('Shared byA deleted account');
    expect(details).toHaveTextContent('StateTurned off');
    expect(screen.getByRole('textbox', { name: 'Tracked link or code' })).toHaveValue('Zz9Yy8Xx7W');
  });

  it('says when no tracked link has that code', async () => {
    mockApi({
      'GET /api/shares/by-code/{code}': () => apiError(404, 'No tracked link /r/NoSuchCode.'),
    });
    const { user } = renderPage(TrackedLinksPage, { path: '/tracked-links', user: admin });

    await lookUp(user, 'NoSuchCode');

    expect(await screen.findByText('No tracked link with that code')).toBeInTheDocument();
  });

  it('asks for a tracked link or a code, without asking the API about anything else', async () => {
    const api = mockApi({});
    const { user } = renderPage(TrackedLinksPage, { path: '/tracked-links', user: admin });

    await lookUp(user, 'https://chorus.example.com/content/123');

    expect(
      screen.getByRole('textbox', { name: 'Tracked link or code' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Enter a tracked link (…/r/ and a code), or the code alone.'),
    );
    expect(api.requests).toEqual([]);
  });

  it('is for administrators only', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['curator'] })) });
    renderApp('/tracked-links');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
  });
});
