import { screen, waitFor, within } from '@testing-library/react';
import { makeAdvocacyStatus, makeReadyStatus } from '../../test/advocacy-factories';
import { apiError, ok, reply } from '../../test/mock-api';
import { alertAround } from '../../test/surroundings';
import {
  FALCON_NOTE,
  TITLE,
  fakePopup,
  openDialog,
  shareApi,
  shareButton,
} from '../../test/share-dialog';
import { makeCreatedShare, makeSuggestion } from '../../test/sharing-factories';

describe('sharing an item', () => {
  it('offers the enabled networks, each with the suggestion for it, saying where the post goes', async () => {
    const api = shareApi();
    const { user, dialog } = await openDialog();

    const networks = within(dialog).getByRole('radiogroup', { name: 'Where to share' });
    expect(
      within(networks)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['linkedin', 'x', 'email']);
    expect(within(networks).getByRole('radio', { name: 'LinkedIn' })).toBeChecked();
    const post = within(dialog).getByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(post).toHaveValue('Proud of our new Utrecht office!'));
    expect(
      within(dialog).getByText(
        'LinkedIn, as you, in a new window: check that you are signed in to your own account, not a company page.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'LinkedIn cannot take the text: it will be copied to your clipboard, paste it into the post.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Your personal tracked link is added when you share.'),
    ).toBeInTheDocument();

    await user.click(within(networks).getByRole('radio', { name: 'X' }));

    // The text box is back once the suggestion for X arrived.
    const postForX = () => within(dialog).getByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(postForX()).toHaveValue('New office in Utrecht!'));
    expect(
      api
        .requestsTo('GET', `/api/feed/${api.item.id}/suggestion`)
        .map((request) => request.url.searchParams.get('network')),
    ).toEqual(['linkedin', 'x']);
    expect(within(dialog).queryByText(/cannot take the text/)).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Share on X' })).toBeInTheDocument();

    await user.click(within(networks).getByRole('radio', { name: 'E-mail' }));
    expect(
      within(dialog).getByText('Your e-mail app, as a new message: you choose who receives it.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(postForX()).toHaveValue('Have a look: we open an office in Utrecht.'),
    );
  });

  it('shows the suggested text read-only to someone who may not change it yet', async () => {
    shareApi({}, makeReadyStatus({ reachedStage: 1, requiredToEdit: 2, mayEditText: false }));
    const { dialog } = await openDialog();

    const post = within(dialog).getByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(post).toHaveValue('Proud of our new Utrecht office!'));
    expect(post).toHaveAttribute('readonly');
    expect(post).toHaveAccessibleDescription(
      'Pass stage 2 of the training to change the suggested text.',
    );
  });

  it('says when the suggested text is in another language for want of one in mine', async () => {
    shareApi({
      'GET /api/feed/{id}/suggestion': ({ query }) =>
        ok(
          query.network === 'x'
            ? makeSuggestion({ text: 'Nyt kontor i Utrecht!', language: 'da', fallback: true })
            : makeSuggestion({ text: 'Proud of our new Utrecht office!', fallback: false }),
        ),
    });
    const { user, dialog } = await openDialog();
    const post = within(dialog).getByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(post).toHaveValue('Proud of our new Utrecht office!'));
    expect(within(dialog).queryByText(/No suggested text in your language/)).toBeNull();

    await user.click(within(dialog).getByRole('radio', { name: 'X' }));
    expect(
      await within(dialog).findByText(
        'No suggested text in your language yet: this one is in Danish.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the text the person wrote when they pick another network', async () => {
    const api = shareApi({}, makeReadyStatus({ reachedStage: 2, mayEditText: true }));
    const { user, dialog } = await openDialog();
    const post = within(dialog).getByRole('textbox', { name: 'Your post' });
    await waitFor(() => expect(post).toHaveValue('Proud of our new Utrecht office!'));
    expect(post).not.toHaveAttribute('readonly');
    expect(post).toHaveAccessibleDescription(
      'Make it your own: posts in your own words reach further.',
    );

    await user.type(post, ' Come and see us.');
    await user.click(within(dialog).getByRole('radio', { name: 'X' }));

    expect(post).toHaveValue('Proud of our new Utrecht office! Come and see us.');
    expect(api.requestsTo('GET', `/api/feed/${api.item.id}/suggestion`)).toHaveLength(1);
  });

  it('does not share a post the guardrails block, and says why', async () => {
    const api = shareApi({}, makeReadyStatus(), {
      linkedin: 'Sneak peek: #ProjectFalcon launches soon!',
    });
    const { dialog } = await openDialog();

    const verdict = alertAround(await within(dialog).findByText('Sharing blocked'));
    expect(verdict).toHaveTextContent(FALCON_NOTE);
    expect(shareButton()).toBeDisabled();
    expect(shareButton()).toHaveAccessibleDescription(
      'Your post contains something that blocks sharing: change what is marked above.',
    );
    expect(api.requestsTo('POST', '/api/shares')).toHaveLength(0);
  });

  it('lists what is missing and does not share before the person is ready', async () => {
    shareApi({}, makeAdvocacyStatus({ enrolled: false }));
    const { dialog } = await openDialog();

    const readiness = alertAround(await within(dialog).findByText('Before you can share'));
    expect(
      within(readiness).getByRole('link', { name: 'Join the advocacy programme' }),
    ).toHaveAttribute('href', '/advocacy');
    expect(shareButton()).toBeDisabled();
    expect(shareButton()).toHaveAccessibleDescription(
      'Do the steps above first, then you can share.',
    );
  });

  it('records the share, copies the text, then opens LinkedIn in the window opened at the click', async () => {
    const api = shareApi();
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    const { popup, open } = fakePopup(events);
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(async (text) => void events.push(`copy ${text}`));
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    expect(
      await within(dialog).findByText('Shared. LinkedIn opened in a new window.'),
    ).toBeInTheDocument();
    expect(open).toHaveBeenCalledWith('about:blank', '_blank');
    expect(api.requestsTo('POST', '/api/shares')[0]?.body).toEqual({
      contentId: api.item.id,
      network: 'linkedin',
      text: 'Proud of our new Utrecht office!',
      language: 'en',
    });
    expect(api.requestsTo('POST', '/api/shares')[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    const { intentUrl } = makeCreatedShare({ code: 'AbC123xyz0' });
    expect(writeText).toHaveBeenCalledWith('Proud of our new Utrecht office!');
    expect(events).toEqual([`copy Proud of our new Utrecht office!`, `open ${intentUrl}`]);
    expect(popup.opener).toBeNull();
    expect(popup.close).not.toHaveBeenCalled();
    expect(
      within(dialog).getByText(
        'The text is on your clipboard: paste it into the post on LinkedIn.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Your tracked link' })).toHaveValue(
      'https://chorus.example.com/r/AbC123xyz0',
    );
    expect(
      within(dialog).getByRole('button', { name: 'Copy your tracked link' }),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const card = screen.getByRole('article', { name: TITLE });
    expect(await within(card).findByText('Shared on LinkedIn')).toBeInTheDocument();
  });

  it('lets the writer say which language the post is in: it is checked and shared as such', async () => {
    const api = shareApi({
      'GET /api/feed/{id}/suggestion': () =>
        ok(makeSuggestion({ text: 'Trots op ons nieuwe kantoor!', language: 'nl' })),
    });
    const { user, dialog } = await openDialog();
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    // By default, the suggested post's language.
    const language = within(dialog).getByRole('combobox', { name: 'Language' });
    await waitFor(() => expect(language).toHaveValue('Nederlands'));

    await user.click(language);
    await user.click(await screen.findByRole('option', { name: 'Deutsch' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(language).toHaveValue('Deutsch');
    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/guardrails/check').at(-1)?.body).toMatchObject({
        language: 'de',
      }),
    );
    await waitFor(() => expect(shareButton()).toBeEnabled());
    await user.click(shareButton());

    await within(dialog).findByText(/Shared\./);
    expect(api.requestsTo('POST', '/api/shares')[0]?.body).toMatchObject({ language: 'de' });
  });

  it('copies nothing for a network that takes the text', async () => {
    shareApi({
      'POST /api/shares': () =>
        reply(
          201,
          makeCreatedShare({
            intentUrl: 'https://x.com/intent/tweet?text=New',
            copyTextFirst: false,
          }),
        ),
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'X' }));
    const events: string[] = [];
    fakePopup(events);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await waitFor(() => expect(shareButton('Share on X')).toBeEnabled());

    await user.click(shareButton('Share on X'));

    expect(
      await within(dialog).findByText('Shared. X opened in a new window.'),
    ).toBeInTheDocument();
    expect(events).toEqual(['open https://x.com/intent/tweet?text=New']);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('opens no window for e-mail, but a link to the mail app', async () => {
    const mailto = 'mailto:?subject=We%20open&body=Have%20a%20look';
    shareApi({
      'POST /api/shares': () =>
        reply(201, makeCreatedShare({ intentUrl: mailto, copyTextFirst: false })),
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'E-mail' }));
    const open = vi.spyOn(window, 'open');
    await waitFor(() => expect(shareButton('Share by e-mail')).toBeEnabled());

    await user.click(shareButton('Share by e-mail'));

    expect(
      await within(dialog).findByText('Shared. Open your e-mail app to send it.'),
    ).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: 'Open your e-mail app' });
    expect(link).toHaveAttribute('href', mailto);
    expect(link).not.toHaveAttribute('target');
    expect(open).not.toHaveBeenCalled();
    expect(within(dialog).queryByText(/clipboard/)).not.toBeInTheDocument();
  });

  it('offers a link to LinkedIn when no window could be opened, and the text when it could not be copied', async () => {
    shareApi();
    const { user, dialog } = await openDialog();
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    expect(
      await within(dialog).findByText('Shared. Open LinkedIn to post it.'),
    ).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: 'Open LinkedIn' });
    expect(link).toHaveAttribute('href', makeCreatedShare({ code: 'AbC123xyz0' }).intentUrl);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const byHand = alertAround(within(dialog).getByText('Copy the text yourself'));
    expect(within(byHand).getByRole('textbox', { name: 'Your post' })).toHaveValue(
      'Proud of our new Utrecht office!',
    );
  });

  it('closes the window and shows the way to the policy when the API asks to sign it first', async () => {
    shareApi({
      'POST /api/shares': () =>
        apiError(403, 'Please acknowledge the current social media policy before sharing.', {
          code: 'policy_not_acknowledged',
        }),
    });
    const { user, dialog } = await openDialog();
    const events: string[] = [];
    const { popup } = fakePopup(events);
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    const refusal = alertAround(await within(dialog).findByText('Not shared'));
    expect(refusal).toHaveTextContent(
      'Please acknowledge the current social media policy before sharing.',
    );
    expect(
      within(refusal).getByRole('link', { name: 'Read and sign the social media policy' }),
    ).toHaveAttribute('href', '/policy');
    expect(popup.close).toHaveBeenCalled();
    expect(events).toEqual([]);
  });

  it('lists what the guardrails found when the API refuses the text', async () => {
    shareApi({
      'POST /api/shares': () =>
        apiError(422, 'This post cannot be shared as it is.', {
          code: 'guardrails_blocked',
          details: {
            findings: [
              {
                kind: 'restricted_term',
                severity: 'block',
                start: 0,
                end: 5,
                match: 'Proud',
                key: 'guardrails:restrictedTermWithNote',
                params: { match: 'Proud', category: 'taboo', note: 'Modesty first.' },
                message: '“Proud” is a restricted term (a word the company avoids): Modesty first.',
                note: 'Modesty first.',
              },
            ],
          },
        }),
    });
    const { user, dialog } = await openDialog();
    fakePopup();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await waitFor(() => expect(shareButton()).toBeEnabled());

    await user.click(shareButton());

    const refusal = alertAround(await within(dialog).findByText('Not shared'));
    expect(refusal).toHaveTextContent('This post cannot be shared as it is.');
    expect(
      within(within(refusal).getByRole('list', { name: 'What to look at' })).getByRole('listitem'),
    ).toHaveTextContent('Modesty first.');
  });
});
