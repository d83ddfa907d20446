import { screen, waitFor, within } from '@testing-library/react';
import { makeProfile } from '../../test/factories';
import { ok, reply, type Routes, undocumented } from '../../test/mock-api';
import {
  fakePopup,
  openDialog,
  recordCopies,
  shareApi,
  shareButton,
  sharingSettings,
} from '../../test/share-dialog';
import { makeCreatedShare } from '../../test/sharing-factories';
import type { Profile, SocialProfile } from '../profile/api/profile-queries';

const THREADS_TEXT = 'Our new office in Utrecht is open!';
const MASTODON_TEXT = 'We opened an office in Utrecht.';
const TRACKED = 'https://chorus.example.com/r/AbC123xyz0';

/** The networks offered, and an API that answers each share with the network's page. */
function networksApi(routes: Routes = {}) {
  return shareApi({
    'GET /api/settings': () =>
      ok(sharingSettings({ enabledNetworks: ['mastodon', 'email', 'threads', 'linkedin'] })),
    'POST /api/shares': ({ body }) =>
      reply(
        201,
        makeCreatedShare({
          code: 'AbC123xyz0',
          copyTextFirst: false,
          intentUrl:
            body.network === 'threads'
              ? `https://www.threads.com/intent/post?text=${encodeURIComponent(body.text)}&url=${encodeURIComponent(TRACKED)}`
              : `https://mastodon.social/share?text=${encodeURIComponent(`${body.text} ${TRACKED}`)}`,
        }),
      ),
    ...routes,
  });
}

/** My profile as the fake API keeps it: a PATCH replaces the list of social profiles. */
function profileRoutes(socialProfiles: SocialProfile[]) {
  let profile: Profile = makeProfile({ name: 'Ada', email: 'ada@example.com' }, { socialProfiles });
  const routes: Routes = {
    'GET /api/me/profile': () => ok(profile),
    'PATCH /api/me/profile': ({ body }) => {
      profile = { ...profile, ...body };
      return ok(profile);
    },
  };
  return { routes, profile: () => profile };
}

const handleField = () => screen.getByRole('textbox', { name: 'Your Mastodon handle' });
const saveHandle = () => screen.getByRole('button', { name: 'Save handle' });

async function chooseMastodon() {
  const opened = await openDialog();
  const networks = within(opened.dialog).getByRole('radiogroup', { name: 'Where to share' });
  await opened.user.click(within(networks).getByRole('radio', { name: 'Mastodon' }));
  return opened;
}

describe('sharing on Threads and Mastodon', () => {
  it('offers them among the others, in the usual order, saying where the post goes', async () => {
    networksApi(profileRoutes([]).routes);
    const { user, dialog } = await openDialog();

    const networks = within(dialog).getByRole('radiogroup', { name: 'Where to share' });
    expect(
      within(networks)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['linkedin', 'threads', 'mastodon', 'email']);

    await user.click(within(networks).getByRole('radio', { name: 'Threads' }));
    expect(
      within(dialog).getByText(
        'Threads, as you, in a new window: check that you are signed in to your own account, not a company account.',
      ),
    ).toBeInTheDocument();
    await user.click(within(networks).getByRole('radio', { name: 'Mastodon' }));
    expect(
      within(dialog).getByText(
        'Mastodon, as you, on your own server in a new window: check that you are signed in there.',
      ),
    ).toBeInTheDocument();
  });

  it('opens Threads with the text in the address, copying nothing', async () => {
    const api = networksApi();
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Threads' }));
    const events: string[] = [];
    fakePopup(events);
    const writeText = recordCopies(events);
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Your post' })).toHaveValue(THREADS_TEXT),
    );
    expect(within(dialog).queryByText(/clipboard/)).not.toBeInTheDocument();
    await waitFor(() => expect(shareButton('Share on Threads')).toBeEnabled());

    await user.click(shareButton('Share on Threads'));

    expect(
      await within(dialog).findByText('Shared. Threads opened in a new window.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/shares')[0]?.body).toMatchObject({
      network: 'threads',
      text: THREADS_TEXT,
    });
    expect(events).toEqual([
      `open https://www.threads.com/intent/post?text=${encodeURIComponent(THREADS_TEXT)}&url=${encodeURIComponent(TRACKED)}`,
    ]);
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('sharing on Mastodon: the handle, asked for once', () => {
  it('asks for the handle, saves it with my other profiles, then opens my server', async () => {
    const saved = profileRoutes([
      { network: 'linkedin', handle: 'ada-lovelace', audienceSize: 500 },
      { network: 'x', handle: '@ada', audienceSize: null },
    ]);
    const api = networksApi(saved.routes);
    const { user, dialog } = await chooseMastodon();

    expect(
      await within(dialog).findByRole('textbox', { name: 'Your Mastodon handle' }),
    ).toHaveAccessibleDescription(
      'Mastodon has no single share page: your post opens on your own server. Enter your handle once and Chorus saves it to your profile.',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Your post' })).toHaveValue(MASTODON_TEXT),
    );
    expect(shareButton('Share on Mastodon')).toBeDisabled();
    expect(shareButton('Share on Mastodon')).toHaveAccessibleDescription(
      'Enter your Mastodon handle first: it tells Chorus which server your post opens on.',
    );

    // A server's address is a host name: no path after it.
    await user.type(handleField(), 'ada@evil.example/path');
    await user.click(saveHandle());
    expect(handleField()).toBeInvalid();
    expect(handleField()).toHaveAccessibleDescription(
      expect.stringContaining(
        'This is not a Mastodon handle: write it as @name@server, for example @ada@mastodon.social, or paste the address of your profile.',
      ),
    );
    expect(api.requestsTo('PATCH', '/api/me/profile')).toHaveLength(0);

    // The address of my profile says it as well.
    await user.clear(handleField());
    await user.type(handleField(), 'https://Mastodon.Social/@ada');
    await user.click(saveHandle());

    expect(
      await within(dialog).findByText('You post as @ada@mastodon.social, on mastodon.social.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/me/profile').map((request) => request.body)).toEqual([
      {
        socialProfiles: [
          { network: 'linkedin', handle: 'ada-lovelace', audienceSize: 500 },
          { network: 'x', handle: '@ada', audienceSize: null },
          { network: 'mastodon', handle: '@ada@mastodon.social', audienceSize: null },
        ],
      },
    ]);
    expect(screen.queryByRole('textbox', { name: 'Your Mastodon handle' })).not.toBeInTheDocument();

    const events: string[] = [];
    fakePopup(events);
    await waitFor(() => expect(shareButton('Share on Mastodon')).toBeEnabled());
    await user.click(shareButton('Share on Mastodon'));

    expect(
      await within(dialog).findByText('Shared. Mastodon opened in a new window.'),
    ).toBeInTheDocument();
    expect(events).toEqual([
      `open https://mastodon.social/share?text=${encodeURIComponent(`${MASTODON_TEXT} ${TRACKED}`)}`,
    ]);
  });

  it('does not ask again once my profile has the handle, and lets me change it', async () => {
    const saved = profileRoutes([
      { network: 'mastodon', handle: '@ada@mastodon.social', audienceSize: 120 },
    ]);
    const api = networksApi(saved.routes);
    const { user, dialog } = await chooseMastodon();

    expect(
      await within(dialog).findByText('You post as @ada@mastodon.social, on mastodon.social.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(shareButton('Share on Mastodon')).toBeEnabled());

    await user.click(within(dialog).getByRole('button', { name: 'Change handle' }));
    expect(handleField()).toHaveValue('@ada@mastodon.social');
    expect(shareButton('Share on Mastodon')).toBeDisabled();
    // Changing my mind keeps the handle I had.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getByText(/You post as @ada@mastodon.social/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Change handle' }));
    await user.clear(handleField());
    await user.type(handleField(), 'ada@fosstodon.org');
    await user.click(saveHandle());

    expect(
      await within(dialog).findByText('You post as @ada@fosstodon.org, on fosstodon.org.'),
    ).toBeInTheDocument();
    // The audience I declared on Mastodon stays.
    expect(saved.profile().socialProfiles).toEqual([
      { network: 'mastodon', handle: '@ada@fosstodon.org', audienceSize: 120 },
    ]);
    expect(api.requestsTo('PATCH', '/api/me/profile')).toHaveLength(1);
  });

  it('asks again, with what my profile says, when the handle there is not one Chorus can use', async () => {
    networksApi(
      profileRoutes([{ network: 'mastodon', handle: 'ada at mastodon', audienceSize: null }])
        .routes,
    );
    const { dialog } = await chooseMastodon();

    expect(
      await within(dialog).findByRole('textbox', { name: 'Your Mastodon handle' }),
    ).toHaveValue('ada at mastodon');
    expect(within(dialog).queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(shareButton('Share on Mastodon')).toBeDisabled();
  });

  it("shows the API's refusal of the handle on the field, in my language, saving nothing", async () => {
    const saved = profileRoutes([]);
    networksApi({
      ...saved.routes,
      // A server whose rules are stricter than this portal's.
      'PATCH /api/me/profile': () =>
        undocumented(422, 'The server says it in English.', {
          code: 'unprocessable',
          details: {
            key: 'errors:account.mastodonHandleInvalid',
            params: { handle: '@ada@mastodon.online' },
          },
        }),
    });
    const { user } = await chooseMastodon();
    await user.type(
      await screen.findByRole('textbox', { name: 'Your Mastodon handle' }),
      'ada@mastodon.online',
    );

    await user.click(saveHandle());

    await waitFor(() => expect(handleField()).toBeInvalid());
    expect(handleField()).toHaveAccessibleDescription(
      expect.stringContaining('@ada@mastodon.online is not a Mastodon handle'),
    );
    expect(handleField()).toHaveValue('ada@mastodon.online');
    expect(shareButton('Share on Mastodon')).toBeDisabled();
    expect(saved.profile().socialProfiles).toEqual([]);
  });
});
