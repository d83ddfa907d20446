import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { makeContentItem } from '../../../test/factories';
import { apiError, ok, reply } from '../../../test/mock-api';
import {
  curator,
  editorApi,
  itemPath,
  launch,
  renderEditor,
  sales,
  sustainability,
} from './editor-test-api';
import { UNFURL_POLL_MS } from './api/content-item-queries';

/** Lets the poll's clock run on by `ms`, as if that much time had passed. */
async function timePasses(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

describe('content item editor', () => {
  it('saves only the fields that changed', async () => {
    const item = makeContentItem({ title: 'Our office', summary: 'A new home.', pinned: false });
    const api = editorApi(item, {
      'PATCH /api/content/{id}': ({ body }) => ok({ ...item, ...body }),
    });
    const { user } = renderEditor(item);

    const title = await screen.findByLabelText('Title');
    expect(screen.getByLabelText('Summary')).toHaveValue('A new home.');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.clear(title);
    await user.paste('Our new office');
    await user.click(screen.getByRole('switch', { name: 'Pinned' }));
    await user.click(screen.getByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: 'Spring Launch' }));
    await user.click(screen.getByRole('combobox', { name: 'Departments' }));
    await user.click(await screen.findByRole('option', { name: 'Sales' }));
    fireEvent.change(screen.getByLabelText('Publish at'), {
      target: { value: '2026-05-01T09:30' },
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const [patch] = api.requestsTo('PATCH', itemPath(item));
    expect(patch?.body).toEqual({
      title: 'Our new office',
      campaignId: launch.id,
      targetDepartmentIds: [sales.id],
      publishAt: new Date('2026-05-01T09:30').toISOString(),
      pinned: true,
    });
    expect(patch?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('says that empty targeting means everyone', async () => {
    const item = makeContentItem();
    editorApi(item);
    renderEditor(item);

    expect(await screen.findByText(/Empty means everyone/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Targeting' })).toBeInTheDocument();
  });

  it('marks the fields a curator set by hand', async () => {
    const item = makeContentItem({ title: 'Typed title', editedFields: ['title'] });
    editorApi(item);
    renderEditor(item);

    expect(await screen.findByLabelText('Title')).toHaveAccessibleDescription(/Set by hand/);
    expect(screen.getByLabelText('Summary')).not.toHaveAccessibleDescription(/Set by hand/);
  });

  it('refuses an expiry before the publish time', async () => {
    const item = makeContentItem();
    editorApi(item);
    renderEditor(item);

    fireEvent.change(await screen.findByLabelText('Publish at'), {
      target: { value: '2026-05-02T09:00' },
    });
    fireEvent.change(screen.getByLabelText('Expires at'), {
      target: { value: '2026-05-01T09:00' },
    });

    expect(screen.getByText('Must be later than the publish time')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('creates a topic on the spot and tags the item with it', async () => {
    const item = makeContentItem();
    const hiring = {
      id: '00000000-0000-4000-a100-000000009999',
      name: 'Hiring',
      names: {},
      itemCount: 0,
    };
    let topics = [sustainability];
    const api = editorApi(item, {
      'GET /api/topics': () => ok(topics),
      'POST /api/topics': () => {
        topics = [sustainability, hiring];
        return reply(201, hiring);
      },
      'PATCH /api/content/{id}': () => ok(item),
    });
    const { user } = renderEditor(item);

    await user.type(await screen.findByLabelText('New topic'), 'Hiring');
    await user.click(screen.getByRole('button', { name: 'Create topic' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/topics')).toHaveLength(1));
    expect(api.requestsTo('POST', '/api/topics')[0]?.body).toEqual({ name: 'Hiring' });
    await waitFor(() => expect(screen.getByLabelText('New topic')).toHaveValue(''));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(api.requestsTo('PATCH', itemPath(item))[0]?.body).toEqual({
        topicIds: [hiring.id],
      }),
    );
  });

  it("shows on the new topic the API's refusal of its name, and keeps what was typed", async () => {
    const item = makeContentItem();
    const message = 'There is already a topic named "Hiring".';
    const api = editorApi(item, {
      'POST /api/topics': () => apiError(409, message),
    });
    const { user } = renderEditor(item);

    const topic = await screen.findByLabelText('New topic');
    await user.type(topic, 'Hiring{Enter}');

    await waitFor(() => expect(topic).toHaveAccessibleDescription(message));
    expect(topic).toHaveValue('Hiring');
    expect(api.requestsTo('POST', '/api/topics')).toHaveLength(1);
    expect(api.requestsTo('PATCH', itemPath(item))).toHaveLength(0);
  });

  it("shows the API's message when saving fails", async () => {
    const item = makeContentItem();
    editorApi(item, {
      'PATCH /api/content/{id}': () =>
        apiError(409, 'This item is approved: its text and suggested posts cannot change.'),
    });
    const { user } = renderEditor(item);

    await user.type(await screen.findByLabelText('Title'), '!');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This item is approved: its text and suggested posts cannot change.',
    );
  });

  it('keeps the text of an approved item read-only, and its schedule editable', async () => {
    const item = makeContentItem({ status: 'approved' });
    editorApi(item);
    renderEditor(item);

    expect(await screen.findByLabelText('Title')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Summary')).toHaveAttribute('readonly');
    expect(screen.getByText(/This item is approved: what it says/)).toBeInTheDocument();
    expect(screen.getByLabelText('Publish at')).not.toHaveAttribute('readonly');
    expect(screen.getByRole('switch', { name: 'Pinned' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });

  it('keeps an archived item entirely read-only', async () => {
    const item = makeContentItem({ status: 'archived' });
    editorApi(item);
    renderEditor(item);

    expect(await screen.findByLabelText('Title')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Publish at')).toHaveAttribute('readonly');
    expect(screen.getByRole('switch', { name: 'Pinned' })).toBeDisabled();
    expect(screen.getByText('This item is archived: it can no longer change.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('shows who added and who approved the item, and when', async () => {
    const item = makeContentItem({
      status: 'approved',
      author: { id: curator.id, name: 'Grace Hopper' },
      approver: { id: '00000000-0000-4000-8000-000000000777', name: 'Alan Turing' },
      approvedAt: '2024-05-02T10:00:00.000Z',
    });
    editorApi(item);
    renderEditor(item);

    // A fact is a label above its value, in a box with no role of its own.
    // eslint-disable-next-line testing-library/no-node-access
    const fact = (label: string) => screen.getByText(label).parentElement;
    expect(await screen.findByText('Approved by')).toBeInTheDocument();
    expect(fact('Approved by')).toHaveTextContent('Alan Turing');
    expect(fact('Added by')).toHaveTextContent('Grace Hopper');
    expect(fact('Approved on')).toHaveTextContent('2024');
    expect(screen.queryByText('Suggested by')).not.toBeInTheDocument();
  });

  it('credits the colleague who suggested the page', async () => {
    const item = makeContentItem({
      author: { id: curator.id, name: 'Grace Hopper' },
      suggestedBy: { id: '00000000-0000-4000-8000-000000000778', name: 'Ana Silva' },
    });
    editorApi(item);
    renderEditor(item);

    // eslint-disable-next-line testing-library/no-node-access
    const fact = (label: string) => screen.getByText(label).parentElement;
    expect(await screen.findByText('Suggested by')).toBeInTheDocument();
    expect(fact('Suggested by')).toHaveTextContent('Ana Silva');
  });

  it('says so when the item does not exist', async () => {
    const id = '00000000-0000-4000-a400-000000000404';
    editorApi(makeContentItem({ id }), {
      'GET /api/content/{id}': () => apiError(404, `No content item with id ${id}.`),
    });
    renderEditor({ id });

    expect(await screen.findByText(`No content item with id ${id}.`)).toBeInTheDocument();
  });
});

describe('reading the page', () => {
  // The poll runs on fake timers: it asks again only when the test lets the time pass.
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const userEvent = { advanceTimers: vi.advanceTimersByTime };

  it('asks again every 1.5 s while the page is read, fills in the fields, then stops', async () => {
    const pending = makeContentItem({ title: null, unfurlState: 'pending' });
    const done = { ...pending, title: 'Our new office', unfurlState: 'done' as const };
    let reads = 0;
    const api = editorApi(pending, {
      'GET /api/content/{id}': () => {
        reads += 1;
        return ok(reads < 2 ? pending : done);
      },
    });
    renderEditor(pending, { userEvent });

    expect(await screen.findByText(/Chorus is reading the page/)).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('');
    await timePasses(UNFURL_POLL_MS);

    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Our new office'));
    expect(screen.queryByText(/Chorus is reading the page/)).not.toBeInTheDocument();
    expect(api.requestsTo('GET', itemPath(pending))).toHaveLength(2);
    await timePasses(3 * UNFURL_POLL_MS);
    expect(api.requestsTo('GET', itemPath(pending))).toHaveLength(2);
  });

  it('keeps what the curator types while the page is being read', async () => {
    const pending = makeContentItem({ title: null, summary: null, unfurlState: 'pending' });
    const done = {
      ...pending,
      title: 'Read title',
      summary: 'Read summary',
      unfurlState: 'done' as const,
    };
    // The page is read only once the curator has typed: until then, every poll finds it pending.
    let read = false;
    editorApi(pending, {
      'GET /api/content/{id}': () => ok(read ? done : pending),
    });
    const { user } = renderEditor(pending, { userEvent });

    await user.type(await screen.findByLabelText('Title'), 'My own title');
    read = true;
    await timePasses(UNFURL_POLL_MS);

    await waitFor(() => expect(screen.getByLabelText('Summary')).toHaveValue('Read summary'));
    expect(screen.getByLabelText('Title')).toHaveValue('My own title');
  });

  it('says when the page is already another item, with a link to that item', async () => {
    const duplicate = makeContentItem({
      unfurlState: 'done',
      duplicateOfId: '7b0c6e0e-4d0a-4f55-9c1d-2f1f8f2f0a11',
      unfurlError:
        'This page is the same as another item ("Annual report"): archive this one and use that one.',
    });
    editorApi(duplicate);
    renderEditor(duplicate);

    expect(await screen.findByText('This page is already another item')).toBeInTheDocument();
    expect(screen.getByText(/the same as another item \("Annual report"\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the existing item' })).toHaveAttribute(
      'href',
      '/content/7b0c6e0e-4d0a-4f55-9c1d-2f1f8f2f0a11',
    );
  });

  it('shows why the page could not be read, and reads it again on request', async () => {
    const failed = makeContentItem({
      title: null,
      unfurlState: 'failed',
      unfurlError: 'refused: private address (10.0.0.5)',
    });
    let state = failed;
    const api = editorApi(failed, {
      'GET /api/content/{id}': () => ok(state),
      'POST /api/content/{id}/unfurl': () => {
        state = { ...failed, unfurlState: 'done', unfurlError: null, title: 'Read at last' };
        return ok({ ...failed, unfurlState: 'pending', unfurlError: null });
      },
    });
    const { user } = renderEditor(failed, { userEvent });

    expect(await screen.findByText('The page could not be read')).toBeInTheDocument();
    expect(screen.getByText('refused: private address (10.0.0.5)')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).not.toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Read the page again' }));

    expect(await screen.findByText(/Chorus is reading the page/)).toBeInTheDocument();
    expect(
      api.requestsTo('POST', `${itemPath(failed)}/unfurl`)[0]?.headers.get('X-XSRF-TOKEN'),
    ).toBe('token-123');
    await timePasses(UNFURL_POLL_MS);
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Read at last'));
    expect(screen.queryByText('The page could not be read')).not.toBeInTheDocument();
  });
});
