import { screen, waitFor, within } from '@testing-library/react';
import { actionsFrom } from '@chorus/core';
import { makeContentItem, makeVariant } from '../../../test/factories';
import { apiError, ok } from '../../../test/mock-api';
import { editorApi, itemPath, renderEditor } from './editor-test-api';

function workflowButtons() {
  const names = ['Submit for review', 'Approve', 'Reject', 'Archive'];
  return names.filter((name) => screen.queryByRole('button', { name }) !== null);
}

describe('workflow', () => {
  it.each([
    ['a draft', 'draft', ['Submit for review', 'Archive']],
    ['an item in review', 'in_review', ['Approve', 'Reject', 'Archive']],
    ['an approved item', 'approved', ['Archive']],
    ['an archived item', 'archived', []],
  ] as const)('offers exactly the steps open to %s', async (_, status, buttons) => {
    const item = makeContentItem({ status });
    editorApi(item);
    renderEditor(item);

    await screen.findByLabelText('Title');
    expect(workflowButtons()).toEqual(buttons);
  });

  it('shows only the steps the API lists', async () => {
    const item = makeContentItem({ status: 'in_review', actions: ['reject', 'archive'] });
    editorApi(item);
    renderEditor(item);

    await screen.findByLabelText('Title');
    expect(workflowButtons()).toEqual(['Reject', 'Archive']);
  });

  it('submits a draft for review and then offers the next steps', async () => {
    const item = makeContentItem({ variants: [makeVariant()] });
    const inReview = { ...item, status: 'in_review' as const, actions: actionsFrom('in_review') };
    const api = editorApi(item, {
      'POST /api/content/{id}/submit': () => ok(inReview),
    });
    const { user } = renderEditor(item);

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByText('Submitted for review.')).toBeInTheDocument();
    expect(api.requestsTo('POST', `${itemPath(item)}/submit`)[0]?.headers.get('X-XSRF-TOKEN')).toBe(
      'token-123',
    );
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeInTheDocument();
    expect(workflowButtons()).toEqual(['Approve', 'Reject', 'Archive']);
  });

  it.each([
    [
      'a draft without a suggested post',
      'draft',
      { submit: 'no_suggested_post' },
      'Submit for review',
      'Add at least one suggested post before submitting this item for review.',
    ],
    [
      'a draft whose page is already another item',
      'draft',
      { submit: 'duplicate' },
      'Submit for review',
      'This page is already another item: archive this one and use that one.',
    ],
    [
      'its author, with four-eyes approval on',
      'in_review',
      { approve: 'own_item_four_eyes' },
      'Approve',
      'You added this item, so another curator or administrator must approve it: four-eyes approval is on.',
    ],
  ] as const)('disables the step the API closes to %s, and says why', async (...args) => {
    const [, status, blockedActions, closed, reason] = args;
    const item = makeContentItem({ status, blockedActions });
    editorApi(item);
    renderEditor(item);

    const button = await screen.findByRole('button', { name: closed });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(reason);
    const open = workflowButtons().filter((name) => name !== closed);
    expect(open.length).toBeGreaterThan(0);
    for (const name of open) {
      const other = screen.getByRole('button', { name });
      expect(other).toBeEnabled();
      expect(other).not.toHaveAccessibleDescription();
    }
  });

  it('says why in Dutch for a Dutch-speaking curator', async () => {
    const item = makeContentItem({
      status: 'in_review',
      blockedActions: { approve: 'own_item_four_eyes' },
    });
    editorApi(item);
    renderEditor(item, { language: 'nl' });

    expect(await screen.findByRole('button', { name: 'Goedkeuren' })).toHaveAccessibleDescription(
      'Je hebt dit item zelf toegevoegd, dus een andere curator of beheerder moet het goedkeuren: het vierogenprincipe staat aan.',
    );
  });

  it("shows the API's refusal when four-eyes approval was turned on after the page loaded", async () => {
    const item = makeContentItem({ status: 'in_review' });
    editorApi(item, {
      'POST /api/content/{id}/approve': () =>
        apiError(
          403,
          'Four-eyes approval is on: someone other than the author must approve this item.',
          { code: 'four_eyes' },
        ),
    });
    const { user } = renderEditor(item);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Four-eyes approval is on: someone other than the author must approve this item.',
    );
  });

  it("shows the API's message for a step that is no longer open", async () => {
    const item = makeContentItem({ status: 'in_review' });
    editorApi(item, {
      'POST /api/content/{id}/archive': () =>
        apiError(409, 'This item is archived, so it cannot be archived.'),
    });
    const { user } = renderEditor(item);

    await user.click(await screen.findByRole('button', { name: 'Archive' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This item is archived, so it cannot be archived.',
    );
  });

  it('rejects only with a reason, which is sent to the author', async () => {
    const item = makeContentItem({ status: 'in_review' });
    const api = editorApi(item, {
      'POST /api/content/{id}/reject': ({ body }) =>
        ok({
          ...item,
          status: 'draft',
          actions: actionsFrom('draft'),
          rejectionReason: body.reason,
        }),
    });
    const { user } = renderEditor(item);

    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this item' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(
      within(dialog).getByText('Say why, so that the author knows what to change'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', `${itemPath(item)}/reject`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Reason/), 'The title overpromises.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('POST', `${itemPath(item)}/reject`)[0]?.body).toEqual({
      reason: 'The title overpromises.',
    });
    expect(await screen.findByText('Sent back by a reviewer')).toBeInTheDocument();
    expect(screen.getByText('The title overpromises.')).toBeInTheDocument();
  });

  it("shows a reviewer's reason to the author while the item is a draft", async () => {
    const item = makeContentItem({ rejectionReason: 'Add a summary, please.' });
    editorApi(item);
    renderEditor(item);

    expect(await screen.findByText('Sent back by a reviewer')).toBeInTheDocument();
    expect(screen.getByText('Add a summary, please.')).toBeInTheDocument();
  });
});
