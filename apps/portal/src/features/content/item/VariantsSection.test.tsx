import { act, screen, waitFor, within } from '@testing-library/react';
import { makeContentItem, makeVariant } from '../../../test/factories';
import { apiError, ok, reply } from '../../../test/mock-api';
import { SERVER_CHECK_DELAY_MS } from '../../guardrails/use-post-findings';
import { editorApi, itemPath, renderEditor } from './editor-test-api';
import type { ContentItem } from './use-content-item';

const LINK = 'https://news.example.com/our-new-office';

function officeItem(overrides: Parameters<typeof makeContentItem>[0] = {}) {
  return makeContentItem({
    url: LINK,
    title: 'Our new office',
    siteName: 'Example News',
    imageUrl: 'https://news.example.com/office.jpg',
    ...overrides,
  });
}

async function openNewPost(item: ContentItem, options: Parameters<typeof renderEditor>[1] = {}) {
  const view = renderEditor(item, options);
  await view.user.click(await screen.findByRole('button', { name: 'Add suggested post' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Add suggested post' }) };
}

async function choose(
  user: ReturnType<typeof renderEditor>['user'],
  dialog: HTMLElement,
  field: string,
  option: string,
) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('suggested posts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the posts with their network, language and length', async () => {
    const item = officeItem({
      variants: [
        makeVariant({ network: 'x', language: 'nl', text: 'Ons kantoor!', length: 36, limit: 280 }),
      ],
    });
    editorApi(item);
    renderEditor(item);

    const list = await screen.findByRole('list', { name: 'Suggested posts' });
    const [post] = within(list).getAllByRole('listitem');
    expect(post).toHaveTextContent('X');
    expect(post).toHaveTextContent('Nederlands');
    expect(post).toHaveTextContent('Ons kantoor!');
    expect(post).toHaveTextContent('36 / 280 characters, link included');
  });

  it('counts the post live as the network does, and previews it with the link card', async () => {
    const item = officeItem();
    const api = editorApi(item, {
      'POST /api/content/{id}/variants': ({ body }) =>
        reply(201, { ...item, variants: [makeVariant(body)] }),
    });
    const { user, dialog } = await openNewPost(item);

    await choose(user, dialog, 'Network', 'X');
    await user.type(within(dialog).getByLabelText('Post text'), 'Our new home! #office');

    // 21 characters, a space, and the link counted as 23 on X.
    expect(within(dialog).getByText('45 / 280 characters, link included')).toBeInTheDocument();
    const preview = within(dialog).getByRole('figure', { name: 'Preview on X' });
    expect(preview).toHaveTextContent('Our new home! #office');
    expect(within(preview).getByText('#office')).toBeInTheDocument();
    expect(within(preview).getByText('Our new office')).toBeInTheDocument();
    expect(within(preview).getByText('Example News')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save post' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('POST', `${itemPath(item)}/variants`)[0]?.body).toEqual({
      network: 'x',
      language: 'en',
      text: 'Our new home! #office',
    });
    expect(await screen.findByText('Suggested post saved.')).toBeInTheDocument();
  });

  it('weighs an emoji 2 on X, as X does, so 255 characters and an emoji are too long', async () => {
    const item = officeItem();
    editorApi(item);
    const { user, dialog } = await openNewPost(item);

    await choose(user, dialog, 'Network', 'X');
    await user.click(within(dialog).getByLabelText('Post text'));
    await user.paste(`${'a'.repeat(255)}🎉`);

    // 255 characters, the emoji as 2, a space and the link as 23.
    expect(within(dialog).getByText('281 / 280 characters, link included')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save post' })).toBeDisabled();
  });

  it('marks a post over the limit and will not save it', async () => {
    const item = officeItem();
    const api = editorApi(item);
    const { user, dialog } = await openNewPost(item);

    await choose(user, dialog, 'Network', 'X');
    const text = within(dialog).getByLabelText('Post text');
    await user.click(text);
    await user.paste('a'.repeat(257));

    expect(within(dialog).getByText('281 / 280 characters, link included')).toBeInTheDocument();
    expect(within(dialog).getByText('1 character too long for this network')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('button', { name: 'Save post' })).toBeDisabled();

    await user.type(text, '{Backspace}');
    expect(within(dialog).getByRole('button', { name: 'Save post' })).toBeEnabled();
    expect(api.requestsTo('POST', `${itemPath(item)}/variants`)).toHaveLength(0);
  });

  it('shows what the guardrails find and will not save a post they block', async () => {
    // The server checks the post once typing pauses: the pause runs on fake timers.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const item = officeItem();
    const text = 'Big news with Kestrel';
    const api = editorApi(item, {
      'POST /api/guardrails/check': () =>
        ok({
          blocked: true,
          findings: [
            {
              kind: 'restricted_term',
              severity: 'block',
              start: 14,
              end: 21,
              match: 'Kestrel',
              term: 'Kestrel',
              category: 'confidential',
              note: 'Kestrel is our unannounced partner.',
              key: 'guardrails:restrictedTermWithNote',
              params: {
                match: 'Kestrel',
                category: 'confidential',
                note: 'Kestrel is our unannounced partner.',
              },
              message:
                '“Kestrel” is a restricted term (confidential): Kestrel is our unannounced partner.',
            },
          ],
        }),
    });
    const { user, dialog } = await openNewPost(item, {
      userEvent: { advanceTimers: vi.advanceTimersByTime },
    });

    await user.click(within(dialog).getByLabelText('Post text'));
    await user.paste(text);
    await act(() => vi.advanceTimersByTimeAsync(SERVER_CHECK_DELAY_MS));

    expect(
      await within(dialog).findByText('Kestrel is our unannounced partner.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save post' })).toBeDisabled();
    expect(api.requestsTo('POST', '/api/guardrails/check')[0]?.body).toMatchObject({ text });
    expect(api.requestsTo('POST', `${itemPath(item)}/variants`)).toHaveLength(0);
  });

  it("shows the API's message when the post is refused", async () => {
    const item = officeItem();
    editorApi(item, {
      'POST /api/content/{id}/variants': () =>
        apiError(
          409,
          'This item already has a suggested post for any in en; edit that one instead.',
        ),
    });
    const { user, dialog } = await openNewPost(item);

    await user.type(within(dialog).getByLabelText('Post text'), 'Hello');
    await user.click(within(dialog).getByRole('button', { name: 'Save post' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This item already has a suggested post for any in en; edit that one instead.',
    );
  });

  it('edits a post in place', async () => {
    const variant = makeVariant({ network: 'linkedin', language: 'en', text: 'Old text' });
    const item = officeItem({ variants: [variant] });
    const api = editorApi(item, {
      'PUT /api/content/{id}/variants/{variantId}': ({ body }) =>
        ok({ ...item, variants: [{ ...variant, ...body }] }),
    });
    const { user } = renderEditor(item);

    await user.click(
      await screen.findByRole('button', { name: 'Edit the post for LinkedIn (English)' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit suggested post' });
    expect(within(dialog).getByRole('figure', { name: 'Preview on LinkedIn' })).toBeVisible();
    const text = within(dialog).getByLabelText('Post text');
    await user.clear(text);
    await user.type(text, 'New text');
    await user.click(within(dialog).getByRole('button', { name: 'Save post' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('PUT', `${itemPath(item)}/variants/${variant.id}`)[0]?.body).toEqual({
      network: 'linkedin',
      language: 'en',
      text: 'New text',
    });
    expect(await screen.findByText('New text')).toBeInTheDocument();
  });

  it('deletes a post after asking', async () => {
    const variant = makeVariant({ network: 'bluesky', language: 'de', text: 'Hallo' });
    let item = officeItem({ variants: [variant] });
    const api = editorApi(item, {
      'GET /api/content/{id}': () => ok(item),
      'DELETE /api/content/{id}/variants/{variantId}': () => {
        item = { ...item, variants: [] };
        return reply(204);
      },
    });
    const { user } = renderEditor(item);

    await user.click(
      await screen.findByRole('button', { name: 'Delete the post for Bluesky (Deutsch)' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the post for Bluesky (Deutsch)?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Suggested post deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `${itemPath(item)}/variants/${variant.id}`)).toHaveLength(1);
    expect(await screen.findByText(/No suggested posts yet/)).toBeInTheDocument();
  });

  it('keeps the posts of an approved item as they are', async () => {
    const item = officeItem({ status: 'approved', variants: [makeVariant()] });
    editorApi(item);
    renderEditor(item);

    expect(
      await screen.findByText(
        'This item is approved, so its suggested posts can no longer change.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add suggested post' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit the post/ })).not.toBeInTheDocument();
  });
});
