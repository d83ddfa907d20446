import { screen, waitFor } from '@testing-library/react';
import { apiError, mockApi, reply } from '../../test/mock-api';
import type { UiLanguage } from '@chorus/core';
import { renderPage } from '../../test/render-page';
import { ForgotPasswordPage } from './ForgotPasswordPage';

/** The API's own answer, in English whatever the page's language: not shown as such. */
const ANSWER = { message: 'If an account exists for that address, a reset link is on its way.' };

/** The page, before anyone signs in. */
function renderForgotPassword(language: UiLanguage = 'en') {
  return renderPage(ForgotPasswordPage, { path: '/forgot-password', user: null, language });
}

describe('forgotten password', () => {
  it('asks for a reset link and says where it is going', async () => {
    const api = mockApi({ 'POST /api/auth/password-reset': () => reply(202, ANSWER) });
    const { user } = renderForgotPassword();

    await user.type(await screen.findByLabelText('Email'), ' ada@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'If an account exists for ada@example.com, a reset link is on its way. It works once, for 1 hour.',
    );
    expect(screen.queryByRole('button', { name: 'Send reset link' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset')[0]?.body).toEqual({
      email: 'ada@example.com',
    });
  });

  it('says so in the language of the page', async () => {
    mockApi({ 'POST /api/auth/password-reset': () => reply(202, ANSWER) });
    const { user } = renderForgotPassword('nl');

    await user.type(await screen.findByLabelText('E-mailadres'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Als er een account bestaat voor ada@example.com, is er een link onderweg',
    );
  });

  it("shows the API's message when the address is not valid", async () => {
    mockApi({
      'POST /api/auth/password-reset': () => apiError(400, 'email must be an email address'),
    });
    const { user } = renderForgotPassword();

    await user.type(await screen.findByLabelText('Email'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('email must be an email address');
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeInTheDocument();
  });

  it('asks for an address before calling the API', async () => {
    const api = mockApi({});
    const { user } = renderForgotPassword();

    await user.click(await screen.findByRole('button', { name: 'Send reset link' }));

    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset')).toHaveLength(0);
  });

  it('leads back to sign in', async () => {
    const { user, router } = renderForgotPassword();

    await user.click(await screen.findByRole('link', { name: 'Back to sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });
});
