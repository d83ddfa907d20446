import { screen, waitFor } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok, undocumented } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { ResetPasswordPage } from './ResetPasswordPage';
import { ME_QUERY_KEY } from '../../lib/me-queries';

function resetApi(confirm: Handler<'POST /api/auth/password-reset/confirm'>) {
  return mockApi({
    'POST /api/auth/password-reset/confirm': confirm,
  });
}

/** The page at `path`, before anyone signs in. */
function renderResetPassword(path = '/reset-password?token=s3cret') {
  return renderPage(ResetPasswordPage, { path, user: null });
}

async function choosePassword(
  user: ReturnType<typeof renderResetPassword>['user'],
  password: string,
  repeat = password,
) {
  await user.type(await screen.findByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Repeat new password'), repeat);
  await user.click(screen.getByRole('button', { name: 'Set new password' }));
}

describe('reset password', () => {
  it('sets the new password, signs the person in and opens Home', async () => {
    const ada = makeUser({ name: 'Ada Lovelace' });
    const api = resetApi(() => ok(ada));
    const { user, router, queryClient } = renderResetPassword();

    await choosePassword(user, 'correct horse battery');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(ada);
    expect(api.requestsTo('POST', '/api/auth/password-reset/confirm')[0]?.body).toEqual({
      token: 's3cret',
      password: 'correct horse battery',
    });
    // The answer is the signed-in user: there is no need to ask the API who that is.
    const confirmedAt = api.requests.findIndex((request) => request.method === 'POST');
    expect(api.requests.slice(confirmedAt + 1).map((request) => request.path)).not.toContain(
      '/api/me',
    );
  });

  it('names each show-password button after its own field', async () => {
    resetApi(() => undocumented(500, 'unused'));
    const { user } = renderResetPassword();
    const password = await screen.findByLabelText('New password');
    const repeat = screen.getByLabelText('Repeat new password');

    await user.click(screen.getByRole('button', { name: 'Show or hide the repeated password' }));
    expect(repeat).toHaveAttribute('type', 'text');
    expect(password).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Show or hide the password' }));
    expect(password).toHaveAttribute('type', 'text');
  });

  it('explains the length rule and checks it before calling the API', async () => {
    const api = resetApi(() => undocumented(500, 'unused'));
    const { user } = renderResetPassword();

    expect(await screen.findByText(/At least 10 characters/)).toBeInTheDocument();
    await choosePassword(user, 'short');

    expect(screen.getByText('Use at least 10 characters')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset/confirm')).toHaveLength(0);
  });

  it('asks for the same password twice', async () => {
    const api = resetApi(() => undocumented(500, 'unused'));
    const { user } = renderResetPassword();

    await choosePassword(user, 'correct horse battery', 'correct horse battery!');

    expect(screen.getByText('The two passwords are not the same')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/password-reset/confirm')).toHaveLength(0);
  });

  it.each([
    [404, 'link_invalid', 'This password reset link is not valid.'],
    [409, 'link_used', 'This password reset link has already been used.'],
    [400, 'link_expired', 'This password reset link expired on 2024-03-15 10:30 UTC.'],
  ] as const)('offers a new link when the API answers %i %s', async (status, code, message) => {
    resetApi(() => apiError(status, message, { code }));
    const { user } = renderResetPassword();

    await choosePassword(user, 'correct horse battery');

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Request a new reset link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it.each([
    [400, 'weak_password', 'This password is one of the most common passwords.'],
    [403, 'account_deactivated', 'Your account has been deactivated.'],
  ] as const)("shows the API's message for %i %s", async (status, code, message) => {
    resetApi(() => apiError(status, message, { code }));
    const { user } = renderResetPassword();

    await choosePassword(user, 'correct horse battery');

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(
      screen.queryByRole('link', { name: 'Request a new reset link' }),
    ).not.toBeInTheDocument();
  });

  it('explains a link without its token', async () => {
    mockApi({});
    renderResetPassword('/reset-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link is incomplete.');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new reset link' })).toBeInTheDocument();
  });
});
