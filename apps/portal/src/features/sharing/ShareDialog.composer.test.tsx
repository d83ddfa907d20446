import { screen, waitFor, within } from '@testing-library/react';
import { ok, reply } from '../../test/mock-api';
import { alertAround } from '../../test/surroundings';
import {
  fakePopup,
  openDialog,
  recordCopies,
  shareApi,
  shareButton,
  sharingSettings,
} from '../../test/share-dialog';
import { makeCreatedShare } from '../../test/sharing-factories';

const TEXT = 'Proud of our new Utrecht office!';
const TRACKED = 'https://chorus.example.com/r/AbC123xyz0';
/** What the API answers with the composer on: the text, with my tracked link, in the address. */
const COMPOSER = `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(`${TEXT} ${TRACKED}`)}`;
const SHARE_PAGE = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(TRACKED)}`;

/** An organisation that opens LinkedIn's composer, and an API that answers with its address. */
function composerApi() {
  return shareApi({
    'GET /api/settings': () => ok(sharingSettings({ linkedinComposer: true })),
    'POST /api/shares': () =>
      reply(
        201,
        makeCreatedShare({ code: 'AbC123xyz0', intentUrl: COMPOSER, copyTextFirst: false }),
      ),
  });
}

describe("sharing on LinkedIn through LinkedIn's composer", () => {
  it('says the text is filled in, and puts it on the clipboard too before LinkedIn opens', async () => {
    composerApi();
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    const { popup, open } = fakePopup(events);
    recordCopies(events);
    expect(
      await within(dialog).findByText(
        'LinkedIn opens with your text filled in. It is also copied to your clipboard, in case the post comes up empty.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/cannot take the text/)).not.toBeInTheDocument();
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    expect(
      await within(dialog).findByText('Shared. LinkedIn opened in a new window.'),
    ).toBeInTheDocument();
    expect(open).toHaveBeenCalledWith('about:blank', '_blank');
    expect(events).toEqual([`copy ${TEXT}`, `open ${COMPOSER}`]);
    expect(popup.opener).toBeNull();
    expect(
      within(dialog).getByText(
        'Your text is filled in on LinkedIn, and it is on your clipboard too.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/paste it into the post/)).not.toBeInTheDocument();
    expect(within(dialog).getByText('Did the post come up empty on LinkedIn?')).toBeInTheDocument();
  });

  it('follows the page the server opened when an admin switched the composer off meanwhile', async () => {
    shareApi({
      'GET /api/settings': () => ok(sharingSettings({ linkedinComposer: true })),
      'POST /api/shares': () =>
        reply(
          201,
          makeCreatedShare({ code: 'AbC123xyz0', intentUrl: SHARE_PAGE, copyTextFirst: true }),
        ),
    });
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    fakePopup(events);
    recordCopies(events);
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    expect(
      await within(dialog).findByText('Shared. LinkedIn opened in a new window.'),
    ).toBeInTheDocument();
    expect(events).toEqual([`copy ${TEXT}`, `open ${SHARE_PAGE}`]);
    expect(within(dialog).queryByText('Did the post come up empty on LinkedIn?')).toBeNull();
  });

  it('copies the text again and opens the documented share page when the composer came up empty', async () => {
    composerApi();
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    const { open } = fakePopup(events);
    recordCopies(events);
    await waitFor(() => expect(shareButton()).toBeEnabled());
    await user.click(shareButton());
    const fallBack = await within(dialog).findByRole('button', {
      name: "Copy the text and open LinkedIn's share page",
    });

    await user.click(fallBack);

    expect(
      await within(dialog).findByText("LinkedIn's share page opened in a new window."),
    ).toBeInTheDocument();
    expect(events).toEqual([
      `copy ${TEXT}`,
      `open ${COMPOSER}`,
      `copy ${TEXT}`,
      `open ${SHARE_PAGE}`,
    ]);
    expect(open).toHaveBeenCalledTimes(2);
    expect(
      within(dialog).getByText(
        'The text is on your clipboard: paste it into the post on LinkedIn.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/come up empty/)).not.toBeInTheDocument();
    // Still the same share, and the same tracked link.
    expect(within(dialog).getByRole('textbox', { name: 'Your tracked link' })).toHaveValue(TRACKED);
  });

  it('offers a link to the share page and the text to copy when neither window nor clipboard works', async () => {
    const api = composerApi();
    const { user, dialog } = await openDialog();
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    await waitFor(() => expect(shareButton()).toBeEnabled());
    await user.click(shareButton());

    // The composer is filled in from its address: nothing to copy by hand yet.
    expect(
      await within(dialog).findByText('Shared. Open LinkedIn to post it.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open LinkedIn' })).toHaveAttribute(
      'href',
      COMPOSER,
    );
    expect(within(dialog).getByText('Your text is filled in on LinkedIn.')).toBeInTheDocument();
    expect(within(dialog).queryByText('Copy the text yourself')).not.toBeInTheDocument();

    await user.click(
      within(dialog).getByRole('button', { name: "Copy the text and open LinkedIn's share page" }),
    );

    const link = await within(dialog).findByRole('link', { name: 'Open LinkedIn' });
    await waitFor(() => expect(link).toHaveAttribute('href', SHARE_PAGE));
    const byHand = alertAround(within(dialog).getByText('Copy the text yourself'));
    expect(within(byHand).getByRole('textbox', { name: 'Your post' })).toHaveValue(TEXT);
    // Falling back records nothing more.
    expect(api.requestsTo('POST', '/api/shares')).toHaveLength(1);
  });

  it('opens the documented share page and copies the text when the organisation turned the composer off', async () => {
    shareApi();
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    fakePopup(events);
    recordCopies(events);
    expect(
      await within(dialog).findByText(
        'LinkedIn cannot take the text: it will be copied to your clipboard, paste it into the post.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    await within(dialog).findByText('Shared. LinkedIn opened in a new window.');
    expect(events).toEqual([`copy ${TEXT}`, `open ${SHARE_PAGE}`]);
    expect(screen.queryByRole('button', { name: /share page/ })).not.toBeInTheDocument();
  });
});
