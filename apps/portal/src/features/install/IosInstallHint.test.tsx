import { screen } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('the "Add to Home Screen" hint in the portal', () => {
  it('explains it once on iOS Safari, and stays dismissed on this device', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada' })) });
    const { user, unmount } = renderApp('/');

    const hint = await screen.findByRole('region', { name: 'Put Chorus on your home screen' });
    expect(hint).toHaveTextContent(
      'In Safari, tap Share, then “Add to Home Screen”: Chorus then opens like an app.',
    );
    await user.click(screen.getByRole('button', { name: 'Got it' }));
    expect(
      screen.queryByRole('region', { name: 'Put Chorus on your home screen' }),
    ).not.toBeInTheDocument();
    unmount();

    renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });
    expect(
      screen.queryByRole('region', { name: 'Put Chorus on your home screen' }),
    ).not.toBeInTheDocument();
  });

  it('is not shown in other browsers', async () => {
    mockApi({ 'GET /api/me': () => ok(makeUser({ name: 'Ada' })) });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });
    expect(
      screen.queryByRole('region', { name: 'Put Chorus on your home screen' }),
    ).not.toBeInTheDocument();
  });
});
