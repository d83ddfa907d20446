import { screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { mockApi, ok, reply } from '../../test/mock-api';
import { rowAround } from '../../test/surroundings';
import { renderPage } from '../../test/render-page';
import type { Channel } from './api/channel-queries';
import { ChannelsPage } from './ChannelsPage';

const admin = makeUser({ name: 'Ada Admin', roles: ['admin'] });

const working: Channel = {
  id: '00000000-0000-4000-a000-000000000001',
  name: '#advocacy',
  kind: 'slack',
  webhookHint: 'https://hooks.slack.com/…/Ab12',
  language: 'en',
  receivesItems: true,
  receivesReports: false,
  topics: [],
  departments: [],
  languages: [],
  consecutiveFailures: 0,
  failingSince: null,
  lastError: null,
  lastDeliveredAt: '2026-12-01T09:00:00.000Z',
  createdAt: '2026-11-01T09:00:00.000Z',
};

const failing: Channel = {
  ...working,
  id: '00000000-0000-4000-a000-000000000002',
  name: 'Social media team',
  kind: 'teams',
  webhookHint: 'https://prod-12.westeurope.logic.azure.com/…/Zz99',
  receivesItems: false,
  receivesReports: true,
  consecutiveFailures: 7,
  failingSince: '2026-12-02T10:00:00.000Z',
  lastError: 'HTTP 404: no_service',
};

function channelsApi(channels: () => Channel[], routes: Parameters<typeof mockApi>[0] = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/channels': () => ok(channels()),
    'GET /api/topics': () => ok([]),
    'GET /api/groups/{kind}': () => ok([]),
    ...routes,
  });
}

const renderChannels = () => renderPage(ChannelsPage, { path: '/settings/channels', user: admin });

async function channelRow(name: string) {
  const table = await screen.findByRole('table', { name: 'Channels' });
  return rowAround(within(table).getByRole('cell', { name }));
}

describe('the Slack and Teams channels page', () => {
  it('shows each channel with what it receives and how it fares, a failing one clearly', async () => {
    channelsApi(() => [working, failing]);
    renderChannels();

    const healthy = await channelRow('#advocacy');
    expect(healthy).toHaveTextContent('Slack');
    expect(healthy).toHaveTextContent('https://hooks.slack.com/…/Ab12');
    expect(healthy).toHaveTextContent('All approved items');
    expect(within(healthy).getByText('Working')).toBeInTheDocument();

    const broken = await channelRow('Social media team');
    expect(broken).toHaveTextContent('Microsoft Teams');
    expect(broken).toHaveTextContent('New reports');
    expect(within(broken).getByText('Failing')).toBeInTheDocument();
    expect(broken).toHaveTextContent('Last error: HTTP 404: no_service');
  });

  it('connects a channel from the form, sending what the API expects', async () => {
    let channels: Channel[] = [];
    const api = channelsApi(() => channels, {
      'POST /api/channels': ({ body }) => {
        const added = { ...working, id: '00000000-0000-4000-a000-000000000009', name: body.name };
        channels = [added];
        return reply(201, added);
      },
    });
    const { user } = renderChannels();
    expect(await screen.findByText(/No channel yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a channel' });
    await user.type(within(dialog).getByLabelText(/^Name/), '#news');
    await user.click(within(dialog).getByLabelText(/^Webhook address/));
    await user.paste('https://hooks.slack.com/services/T000/B000/XXXX');
    await user.click(within(dialog).getByLabelText('New reports of hostile comments'));
    await user.click(within(dialog).getByRole('button', { name: 'Add channel' }));

    expect(
      await screen.findByText('#news is connected. Send a test to check it.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/channels')[0]?.body).toEqual({
      name: '#news',
      kind: 'slack',
      webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXX',
      language: 'en',
      receivesItems: true,
      receivesReports: true,
      topicIds: [],
      departmentIds: [],
      languages: [],
    });
  });

  it('asks for something to receive before sending the form', async () => {
    const api = channelsApi(() => []);
    const { user } = renderChannels();
    await user.click(await screen.findByRole('button', { name: 'Add a channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a channel' });
    await user.type(within(dialog).getByLabelText(/^Name/), '#news');
    await user.click(within(dialog).getByLabelText(/^Webhook address/));
    await user.paste('https://hooks.slack.com/services/T000/B000/XXXX');
    await user.click(within(dialog).getByLabelText('Newly approved items'));
    await user.click(within(dialog).getByRole('button', { name: 'Add channel' }));

    expect(
      await within(dialog).findByText('Choose at least one thing the channel receives.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/channels')).toHaveLength(0);
  });

  it('sends a test message and says whether it arrived', async () => {
    const api = channelsApi(() => [failing], {
      'POST /api/channels/{id}/test': () => ok({ delivered: false, error: 'HTTP 404: no_service' }),
    });
    const { user } = renderChannels();
    const row = await channelRow('Social media team');
    await user.click(
      within(row).getByRole('button', { name: 'Send a test message to Social media team' }),
    );

    expect(
      await screen.findByText('The test message did not reach Social media team'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', `/api/channels/${failing.id}/test`)).toHaveLength(1);
  });

  it('keeps the webhook address unless a new one is pasted when editing', async () => {
    const api = channelsApi(() => [working], {
      'PATCH /api/channels/{id}': () => ok({ ...working, language: 'da' }),
    });
    const { user } = renderChannels();
    const row = await channelRow('#advocacy');
    await user.click(within(row).getByRole('button', { name: 'Edit #advocacy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit #advocacy' });
    expect(
      within(dialog).getByText(
        'Leave empty to keep the current address (https://hooks.slack.com/…/Ab12).',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /^Language of the messages/ }));
    await user.click(await screen.findByRole('option', { name: 'Dansk' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('#advocacy is saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/channels/${working.id}`)[0]?.body).toEqual({
      language: 'da',
    });
  });

  it('deletes a channel once confirmed', async () => {
    let channels = [working];
    const api = channelsApi(() => channels, {
      'DELETE /api/channels/{id}': () => {
        channels = [];
        return reply(204);
      },
    });
    const { user } = renderChannels();
    const row = await channelRow('#advocacy');
    await user.click(within(row).getByRole('button', { name: 'Delete #advocacy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete #advocacy?' });
    expect(api.requestsTo('DELETE', `/api/channels/${working.id}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete channel' }));

    expect(await screen.findByText('#advocacy is deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/channels/${working.id}`)).toHaveLength(1);
  });
});
