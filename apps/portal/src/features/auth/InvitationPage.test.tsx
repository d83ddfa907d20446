import { screen, waitFor, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, type Handler, mockApi, ok, undocumented } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { InvitationPage } from './InvitationPage';
import { ME_QUERY_KEY } from '../../lib/me-queries';

const ADA = { email: 'ada@example.com', name: 'Ada Lovelace' };

function invitationApi(
  lookup: Handler<'POST /api/auth/invitations/lookup'>,
  accept: Handler<'POST /api/auth/invitations/accept'> = () => undocumented(500, 'unused'),
) {
  return mockApi({
    'POST /api/auth/invitations/lookup': lookup,
    'POST /api/auth/invitations/accept': accept,
  });
}

/** The page at `path`, before anyone signs in. */
function renderInvitation(path = '/invitation?token=inv1te') {
  return renderPage(InvitationPage, { path, user: null });
}

async function choosePassword(
  user: ReturnType<typeof renderInvitation>['user'],
  password: string,
  repeat = password,
) {
  await user.type(await screen.findByLabelText('Choose a password'), password);
  await user.type(screen.getByLabelText('Repeat password'), repeat);
  await user.click(screen.getByRole('button', { name: 'Join Chorus' }));
}

describe('accept an invitation', () => {
  it('greets the invited person, then signs them in with the chosen password', async () => {
    const ada = makeUser(ADA);
    const api = invitationApi(
      () => ok(ADA),
      () => ok(ada),
    );
    const { user, router, queryClient } = renderInvitation();

    expect(
      await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ada@example\.com/)).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/invitations/lookup')[0]?.body).toEqual({
      token: 'inv1te',
    });

    await choosePassword(user, 'correct horse battery');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(ada);
    expect(api.requestsTo('POST', '/api/auth/invitations/accept')[0]?.body).toEqual({
      token: 'inv1te',
      password: 'correct horse battery',
    });
    expect(api.requestsTo('POST', '/api/auth/invitations/lookup')).toHaveLength(1);
  });

  it('asks for the same password twice before calling the API', async () => {
    const api = invitationApi(() => ok(ADA));
    const { user } = renderInvitation();

    await choosePassword(user, 'correct horse battery', 'correct horse');

    expect(screen.getByText('The two passwords are not the same')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/invitations/accept')).toHaveLength(0);
  });

  it.each([
    [404, 'link_invalid', 'This invitation link is not valid.'],
    [400, 'link_expired', 'This invitation link expired on 2024-03-15 10:30 UTC.'],
    [403, 'account_deactivated', 'Your account has been deactivated.'],
  ] as const)('shows the message instead of the form for %i %s', async (status, code, message) => {
    invitationApi(() => apiError(status, message, { code }));
    renderInvitation();

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to sign in' })).not.toBeInTheDocument();
  });

  it('offers to sign in when the invitation has already been used', async () => {
    const message =
      'This invitation link has already been used. Sign in with the password you chose.';
    invitationApi(() => apiError(409, message, { code: 'link_used' }));
    renderInvitation();

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();
  });

  it('says so when the link is used up while the form was open', async () => {
    const message = 'This invitation link has already been used.';
    invitationApi(
      () => ok(ADA),
      () => apiError(409, message, { code: 'link_used' }),
    );
    const { user } = renderInvitation();

    await choosePassword(user, 'correct horse battery');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toBeInTheDocument();
    expect(within(alert).queryByText(/Welcome/)).not.toBeInTheDocument();
  });

  it("shows the API's message for a weak password", async () => {
    const message = 'This password is one of the most common passwords.';
    invitationApi(
      () => ok(ADA),
      () => apiError(400, message, { code: 'weak_password' }),
    );
    const { user } = renderInvitation();

    await choosePassword(user, 'password123');

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText('Choose a password')).toBeInTheDocument();
  });

  it('explains a link without its token', async () => {
    const api = invitationApi(() => ok(ADA));
    renderInvitation('/invitation');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link is incomplete.',
    );
    expect(api.requestsTo('POST', '/api/auth/invitations/lookup')).toHaveLength(0);
  });
});
