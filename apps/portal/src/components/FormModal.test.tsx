import { INPUT_LIMITS } from '@chorus/core';
import { TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { optionalText, requiredText, useSchemaForm } from '../lib/forms';
import { renderPage } from '../test/render-page';
import { FormModal } from './FormModal';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

const schema = z
  .object({
    name: requiredText(INPUT_LIMITS.topicName, 'topics.nameRequired'),
    note: optionalText(INPUT_LIMITS.restrictedTermNote),
    startsAt: z.string(),
    endsAt: z.string(),
  })
  .refine((values) => !values.startsAt || !values.endsAt || values.endsAt > values.startsAt, {
    path: ['endsAt'],
    error: 'campaigns.problems.endsBeforeStart',
  });

type Saved = z.output<typeof schema>;

interface Harness {
  save: (values: Saved) => Promise<unknown> | void;
  unsavedName?: string;
}

let harness: Harness;

function TestForm({ onClose }: { onClose: () => void }) {
  const form = useSchemaForm(
    schema,
    { name: '', note: '', startsAt: '', endsAt: '' },
    {
      liveFields: ['endsAt'],
      fieldOfError: (error) => (error.status === 409 ? 'name' : undefined),
    },
  );
  return (
    <FormModal
      form={form}
      title="Test form"
      errorTitle="Could not save"
      onSubmit={harness.save}
      onClose={onClose}
      unsavedName={harness.unsavedName}
    >
      <TextInput label="Name" {...form.getInputProps('name')} />
      <TextInput label="Note" {...form.getInputProps('note')} />
      <TextInput type="date" label="Starts" {...form.getInputProps('startsAt')} />
      <TextInput type="date" label="Ends" {...form.getInputProps('endsAt')} />
    </FormModal>
  );
}

function TestPage() {
  const [open, setOpen] = useState(true);
  return (
    <UnsavedChangesGuard>
      <p>{open ? 'open' : 'closed'}</p>
      <Link to="/elsewhere">Leave</Link>
      {open && <TestForm onClose={() => setOpen(false)} />}
    </UnsavedChangesGuard>
  );
}

async function openForm(save: Harness['save'], unsavedName?: string) {
  harness = { save, unsavedName };
  const view = renderPage(TestPage, { path: '/form' });
  const dialog = await screen.findByRole('dialog', { name: 'Test form' });
  const field = (label: string) => within(dialog).getByLabelText(label);
  const send = () => view.user.click(within(dialog).getByRole('button', { name: 'Save' }));
  return { ...view, dialog, field, send };
}

/** A promise the test settles when it chooses, standing in for a request in flight. */
function deferred() {
  let settle!: { resolve: (value: unknown) => void; reject: (error: unknown) => void };
  const promise = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe('a form modal', () => {
  it('shows no problem until it is sent, then keeps the problems current while typing', async () => {
    const save = vi.fn();
    const { field, send, user, i18n } = await openForm(save);
    const required = i18n.t('topics.nameRequired');

    await user.type(field('Note'), 'x');
    expect(field('Name')).not.toBeInvalid();

    await send();
    expect(field('Name')).toBeInvalid();
    expect(field('Name')).toHaveAccessibleDescription(required);
    expect(save).not.toHaveBeenCalled();

    await user.type(field('Name'), 'Sales');
    expect(field('Name')).not.toBeInvalid();
    await user.clear(field('Name'));
    expect(field('Name')).toHaveAccessibleDescription(required);
  });

  it('counts a name of spaces as empty', async () => {
    const save = vi.fn();
    const { field, send, user } = await openForm(save);

    await user.type(field('Name'), '   ');
    await send();

    expect(field('Name')).toBeInvalid();
    expect(save).not.toHaveBeenCalled();
  });

  it('shows a live field’s problem before the form is sent', async () => {
    const { field, user, i18n } = await openForm(vi.fn());

    await user.type(field('Starts'), '2026-05-10');
    await user.type(field('Ends'), '2026-05-01');

    expect(field('Ends')).toHaveAccessibleDescription(i18n.t('campaigns.problems.endsBeforeStart'));
    expect(field('Name')).not.toBeInvalid();

    await user.clear(field('Starts'));
    expect(field('Ends')).not.toBeInvalid();
  });

  it('sends the schema’s output, is pending while it saves, and closes when saved', async () => {
    const request = deferred();
    const save = vi.fn(() => request.promise);
    const { field, send, user, dialog } = await openForm(save);

    await user.type(field('Name'), '  Sales  ');
    await send();

    expect(save).toHaveBeenCalledWith({ name: 'Sales', note: null, startsAt: '', endsAt: '' });
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveAttribute('data-loading');

    request.resolve({});
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('closed')).toBeInTheDocument();
  });

  it('closes at once when the save has nothing to send', async () => {
    const { field, send, user } = await openForm(() => undefined);

    await user.type(field('Name'), 'Sales');
    await send();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('puts a refusal about a field under that field, and stays open', async () => {
    const save = () => Promise.reject(new ApiError(409, 'That name is taken.', 'Conflict'));
    const { field, send, user, dialog } = await openForm(save);

    await user.type(field('Name'), 'Sales');
    await send();

    await waitFor(() => expect(field('Name')).toHaveAccessibleDescription('That name is taken.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.type(field('Name'), ' EMEA');
    expect(field('Name')).not.toBeInvalid();
  });

  it('shows any other failure above the buttons until it is sent again', async () => {
    let answer = (): Promise<unknown> => Promise.reject(new ApiError(500, undefined, undefined));
    const { field, send, user, dialog, i18n } = await openForm(() => answer());

    await user.type(field('Name'), 'Sales');
    await send();

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not save');
    expect(alert).toHaveTextContent(i18n.t('errors.generic'));
    expect(field('Name')).not.toBeInvalid();

    await user.type(field('Note'), 'x');
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();

    answer = () => new Promise(() => undefined);
    await send();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before leaving the page with changes, when it names itself to the guard', async () => {
    const { field, user, router, i18n } = await openForm(vi.fn(), 'the test form');

    await user.type(field('Name'), 'Sales');
    await user.click(screen.getByRole('link', { name: 'Leave', hidden: true }));

    const ask = await screen.findByRole('dialog', { name: i18n.t('unsavedChanges.title') });
    expect(ask).toHaveTextContent('the test form');
    expect(router.state.location.pathname).toBe('/form');
  });
});
