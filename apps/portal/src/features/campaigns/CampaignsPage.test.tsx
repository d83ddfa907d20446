import { screen, within } from '@testing-library/react';
import { makeCampaign, makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { CampaignsPage } from './CampaignsPage';
import type { Campaign } from './api/campaign-queries';

const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });

function campaignsApi(list: { campaigns: Campaign[] }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/campaigns': () => ok(list.campaigns),
    ...routes,
  });
}

function renderCampaigns() {
  return renderPage(CampaignsPage, { path: '/campaigns', user: curator });
}

function rowOf(name: string) {
  const table = screen.getByRole('table', { name: 'Campaigns' });
  return within(table).getByText(name).closest('tr')!;
}

describe('campaigns', () => {
  it('lists campaigns with their slug, dates and item count', async () => {
    campaignsApi({
      campaigns: [
        makeCampaign({
          name: 'Spring Launch',
          slug: 'spring-launch',
          startsAt: '2026-03-01T00:00:00.000Z',
          endsAt: '2026-04-01T00:00:00.000Z',
          itemCount: 5,
        }),
      ],
    });
    renderCampaigns();

    await screen.findByRole('table', { name: 'Campaigns' });
    const row = rowOf('Spring Launch');
    expect(row).toHaveTextContent('spring-launch');
    expect(row).toHaveTextContent('Mar 1, 2026');
    expect(row).toHaveTextContent('Apr 1, 2026');
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('5');
  });

  it('adds a campaign without a slug and shows the slug the API made', async () => {
    const list = { campaigns: [] as Campaign[] };
    const api = campaignsApi(list, {
      'POST /api/campaigns': ({ body }) => {
        const created = makeCampaign({ ...body, slug: 'autumn-fair-2026' });
        list.campaigns = [created];
        return reply(201, created);
      },
    });
    const { user } = renderCampaigns();
    await screen.findByText('No campaigns yet.');

    await user.click(screen.getByRole('button', { name: 'New campaign' }));
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Autumn Fair 2026');
    await user.type(within(dialog).getByLabelText('Starts on'), '2026-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Autumn Fair 2026 was added, with the slug autumn-fair-2026.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/campaigns')[0]?.body).toEqual({
      name: 'Autumn Fair 2026',
      description: null,
      startsAt: '2026-09-01',
      endsAt: null,
    });
    expect(await screen.findByText('autumn-fair-2026')).toBeInTheDocument();
  });

  it('checks the slug and the dates before sending anything', async () => {
    const api = campaignsApi({ campaigns: [] });
    const { user } = renderCampaigns();
    await user.click(await screen.findByRole('button', { name: 'New campaign' }));
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });

    await user.type(within(dialog).getByLabelText(/^Name/), 'Fair');
    await user.type(within(dialog).getByLabelText('Slug'), 'Not A Slug');
    await user.type(within(dialog).getByLabelText('Starts on'), '2026-09-10');
    await user.type(within(dialog).getByLabelText('Ends on'), '2026-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText(
        'Use lowercase letters and digits, with single hyphens between them',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Must be after the start')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/campaigns')).toHaveLength(0);
  });

  it('edits a campaign, sending only what changed', async () => {
    const launch = makeCampaign({ name: 'Spring Launch', slug: 'spring-launch' });
    const list = { campaigns: [launch] };
    const api = campaignsApi(list, {
      'PATCH /api/campaigns/{id}': ({ body }) => {
        list.campaigns = [{ ...launch, ...body }];
        return ok(list.campaigns[0]);
      },
    });
    const { user } = renderCampaigns();

    await user.click(await screen.findByRole('button', { name: 'Edit Spring Launch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Spring Launch' });
    expect(within(dialog).getByLabelText('Slug')).toHaveValue('spring-launch');
    await user.type(within(dialog).getByLabelText('Description'), 'Our spring push.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Spring Launch was saved, with the slug spring-launch.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/campaigns/${launch.id}`)[0]?.body).toEqual({
      description: 'Our spring push.',
    });
  });

  it("shows the API's message when the slug is taken", async () => {
    campaignsApi(
      { campaigns: [] },
      {
        'POST /api/campaigns': () =>
          apiError(409, 'There is already a campaign with the slug fair.'),
      },
    );
    const { user } = renderCampaigns();
    await user.click(await screen.findByRole('button', { name: 'New campaign' }));
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });

    await user.type(within(dialog).getByLabelText(/^Name/), 'Fair');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'There is already a campaign with the slug fair.',
    );
  });

  it('deletes a campaign after confirmation', async () => {
    const launch = makeCampaign({ name: 'Spring Launch', itemCount: 1 });
    const list = { campaigns: [launch] };
    const api = campaignsApi(list, {
      'DELETE /api/campaigns/{id}': () => {
        list.campaigns = [];
        return reply(204);
      },
    });
    const { user } = renderCampaigns();

    await user.click(await screen.findByRole('button', { name: 'Delete Spring Launch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Spring Launch?' });
    expect(dialog).toHaveTextContent('1 item is in this campaign; it stays, in no campaign.');
    expect(api.requestsTo('DELETE', `/api/campaigns/${launch.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Spring Launch was deleted.')).toBeInTheDocument();
    expect(await screen.findByText('No campaigns yet.')).toBeInTheDocument();
  });
});
