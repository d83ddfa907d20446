import { screen, within } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderPage } from '../test/render-page';
import { ConfirmModal } from './ConfirmModal';

interface Shown {
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
  confirmLabel?: string;
}

let onConfirm = vi.fn();
let onClose = vi.fn();
let shown: Shown = {};

function TestPage() {
  return (
    <ConfirmModal
      title="Delete Sales?"
      message="Sales leaves every person in it."
      errorTitle="Could not delete"
      pending={shown.pending ?? false}
      error={shown.error ?? null}
      danger={shown.danger}
      confirmLabel={shown.confirmLabel}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}

async function openConfirm(state: Shown = {}) {
  shown = state;
  onConfirm = vi.fn();
  onClose = vi.fn();
  const view = renderPage(TestPage, { path: '/confirm' });
  const dialog = await screen.findByRole('dialog', { name: 'Delete Sales?' });
  return { ...view, dialog };
}

describe('a confirm modal', () => {
  it('says what confirming does and confirms with its danger button', async () => {
    const { dialog, user } = await openConfirm();

    expect(dialog).toHaveTextContent('Sales leaves every person in it.');
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveFocus();
    expect(confirm.getAttribute('style')).toContain('--mantine-color-red');
    await user.click(confirm);

    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on cancel without confirming', async () => {
    const { dialog, user } = await openConfirm();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('takes another label for a confirmation that destroys nothing', async () => {
    const { dialog } = await openConfirm({ danger: false, confirmLabel: 'Publish' });

    const publish = within(dialog).getByRole('button', { name: 'Publish' });
    expect(publish.getAttribute('style') ?? '').not.toContain('--mantine-color-red');
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('is pending while the mutation runs', async () => {
    const { dialog } = await openConfirm({ pending: true });

    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveAttribute('data-loading');
  });

  it('shows why it failed, in the server’s words', async () => {
    const { dialog } = await openConfirm({
      error: new ApiError(409, 'Sales still has people.', 'Conflict'),
    });

    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('Could not delete');
    expect(alert).toHaveTextContent('Sales still has people.');
  });
});
