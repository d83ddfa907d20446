import { screen } from '@testing-library/react';
import { apiError, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const SENT =
  'If an account exists for ada@example.com, a reset link is on its way. It works once, for 1 hour.';

describe('forgotten password', () => {
  it("asks for a reset link and shows the API's answer", async () => {
    const api = mockApi({ 'POST /api/auth/password-reset': () => json(202, { message: SENT }) });
    const { user } = renderApp('/forgot-password');

    await user.type(await screen.findByLabelText('Email'), ' ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SENT);
    expect(screen.queryByRole('button', { name: 'Send reset link' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset')[0]?.body).toEqual({
      email: 'ada@example.com',
    });
  });

  it("shows the API's message when the address is not valid", async () => {
    mockApi({
      'POST /api/auth/password-reset': () => apiError(400, 'email must be an email address'),
    });
    const { user } = renderApp('/forgot-password');

    await user.type(await screen.findByLabelText('Email'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('email must be an email address');
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeInTheDocument();
  });

  it('asks for an address before calling the API', async () => {
    const api = mockApi({});
    const { user } = renderApp('/forgot-password');

    await user.click(await screen.findByRole('button', { name: 'Send reset link' }));

    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset')).toHaveLength(0);
  });

  it('leads back to sign in', async () => {
    mockApi({ 'GET /api/me': () => apiError(401, 'Please sign in.') });
    const { user, router } = renderApp('/forgot-password');

    await user.click(await screen.findByRole('link', { name: 'Back to sign in' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Chorus' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
