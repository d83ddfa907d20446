import { screen, within } from '@testing-library/react';
import { makeTopic, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { TopicsPage } from './TopicsPage';
import type { Topic } from './api/topic-queries';

const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });

function topicsApi(list: { topics: Topic[] }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/topics': () => ok(list.topics),
    ...routes,
  });
}

describe('topics', () => {
  it('lists the topics with how many items carry each', async () => {
    topicsApi({
      topics: [
        makeTopic({ name: 'Hiring', itemCount: 0 }),
        makeTopic({ name: 'Sustainability', itemCount: 4 }),
      ],
    });
    renderPage(TopicsPage, { path: '/topics', user: curator });

    const table = await screen.findByRole('table', { name: 'Topics' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...within(row).getAllByRole('cell')].slice(0, 2).map((c) => c.textContent)),
    ).toEqual([
      ['Hiring', '0'],
      ['Sustainability', '4'],
    ]);
  });

  it('adds a topic and shows it', async () => {
    const list = { topics: [] as Topic[] };
    const hiring = makeTopic({ name: 'Hiring' });
    const api = topicsApi(list, {
      'POST /api/topics': () => {
        list.topics = [hiring];
        return reply(201, hiring);
      },
    });
    const { user } = renderPage(TopicsPage, { path: '/topics', user: curator });
    expect(await screen.findByText('No topics yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('New topic'), ' Hiring ');
    await user.click(screen.getByRole('button', { name: 'Add topic' }));

    expect(await screen.findByText('Hiring was added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/topics')[0]?.body).toEqual({ name: 'Hiring' });
    expect(await screen.findByRole('cell', { name: 'Hiring' })).toBeInTheDocument();
    expect(screen.getByLabelText('New topic')).toHaveValue('');
  });

  it("shows the API's message when the name is taken", async () => {
    topicsApi(
      { topics: [makeTopic({ name: 'Hiring' })] },
      { 'POST /api/topics': () => apiError(409, 'There is already a topic Hiring.') },
    );
    const { user } = renderPage(TopicsPage, { path: '/topics', user: curator });
    await screen.findByRole('table', { name: 'Topics' });

    await user.type(screen.getByLabelText('New topic'), 'Hiring');
    await user.click(screen.getByRole('button', { name: 'Add topic' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('There is already a topic Hiring.');
  });

  it('renames a topic', async () => {
    const hiring = makeTopic({ name: 'Hiring' });
    const list = { topics: [hiring] };
    const api = topicsApi(list, {
      'PATCH /api/topics/{id}': ({ body }) => {
        list.topics = [{ ...hiring, ...body }];
        return ok(list.topics[0]);
      },
    });
    const { user } = renderPage(TopicsPage, { path: '/topics', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Rename Hiring' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Hiring' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Careers');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Hiring is now called Careers.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/topics/${hiring.id}`)[0]?.body).toEqual({
      name: 'Careers',
    });
    expect(await screen.findByRole('cell', { name: 'Careers' })).toBeInTheDocument();
  });

  it('keeps a name per language, each field written in its language', async () => {
    const climate = makeTopic({ name: 'Climate', names: { da: 'Klima' } });
    const list = { topics: [climate] };
    const api = topicsApi(list, {
      'PATCH /api/topics/{id}': () => {
        list.topics = [{ ...climate, names: { da: 'Klima', el: 'Κλίμα' } }];
        return ok(list.topics[0]);
      },
    });
    const { user } = renderPage(TopicsPage, { path: '/topics', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Translate Climate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Climate in other languages' });
    expect(within(dialog).getByLabelText('Dansk')).toHaveValue('Klima');
    const greek = within(dialog).getByLabelText('Ελληνικά');
    expect(greek).toHaveAttribute('lang', 'el');
    expect(greek).toHaveAttribute('placeholder', 'Climate');
    await user.type(greek, ' Κλίμα ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Names of Climate saved.')).toBeInTheDocument();
    const [request] = api.requestsTo('PATCH', `/api/topics/${climate.id}`);
    expect(request?.body).toEqual({
      names: { en: '', nl: '', da: 'Klima', sv: '', nb: '', el: 'Κλίμα', de: '', fr: '' },
    });
    // The list shows each translation under the main name.
    // Under the main name, after the language's own name, marked with its language.
    expect(await screen.findByText('Ελληνικά: Κλίμα')).toHaveAttribute('lang', 'el');
  });

  it('deletes a topic after saying how many items lose it', async () => {
    const hiring = makeTopic({ name: 'Hiring', itemCount: 3 });
    const list = { topics: [hiring] };
    const api = topicsApi(list, {
      'DELETE /api/topics/{id}': () => {
        list.topics = [];
        return reply(204);
      },
    });
    const { user } = renderPage(TopicsPage, { path: '/topics', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Delete Hiring' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Hiring?' });
    expect(dialog).toHaveTextContent('3 items have this topic and will lose it.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Hiring was deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/topics/${hiring.id}`)).toHaveLength(1);
    expect(await screen.findByText('No topics yet.')).toBeInTheDocument();
  });
});
