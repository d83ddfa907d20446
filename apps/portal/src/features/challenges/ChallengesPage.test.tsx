import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../api/client';
import { makeCampaign, makeGroup, makeTopic, makeUser } from '../../test/factories';
import { mockApi, ok, reply, undocumented, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { ChallengesPage } from './ChallengesPage';
import type { Challenge } from './api/challenge-queries';

const employee = makeUser({ name: 'Ada Lovelace', roles: ['employee'] });
const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });

let sequence = 0;
function makeChallenge(overrides: Partial<Challenge> = {}): Challenge {
  sequence += 1;
  return {
    id: `00000000-0000-4000-a300-${String(sequence).padStart(12, '0')}`,
    title: `Challenge ${sequence}`,
    description: null,
    metric: 'shares',
    target: 100,
    campaign: { id: '00000000-0000-4000-a200-000000000001', name: 'Winter launch' },
    topic: null,
    departments: [],
    startsOn: '2026-12-01',
    endsOn: '2026-12-20',
    state: 'active',
    progress: { count: 0, target: 100, reached: false },
    endedAt: null,
    ...overrides,
  };
}

function challengesApi(routes: Routes) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi(routes);
}

describe('challenges', () => {
  it('shows an employee the challenges that concern them, with their progress and results', async () => {
    challengesApi({
      'GET /api/challenges/mine': () =>
        ok([
          makeChallenge({
            title: '100 verified shares by 20 December',
            metric: 'verified-shares',
            progress: { count: 42, target: 100, reached: false },
          }),
          makeChallenge({
            title: 'Careers week',
            metric: 'clicks',
            target: 1000,
            campaign: null,
            topic: { id: '00000000-0000-4000-a100-000000000009', name: 'Careers', names: {} },
            departments: [{ id: '00000000-0000-4000-9000-000000000001', name: 'Sales' }],
            state: 'ended',
            progress: { count: 1200, target: 1000, reached: true },
          }),
        ]),
    });
    renderPage(ChallengesPage, { path: '/challenges', user: employee });

    const running = await screen.findByRole('article', {
      name: '100 verified shares by 20 December',
    });
    expect(running).toHaveTextContent('100 verified shares · campaign Winter launch');
    expect(running).toHaveTextContent('For everyone');
    expect(running).toHaveTextContent('42 of 100 so far');
    expect(
      within(running).getByRole('progressbar', {
        name: 'Progress of 100 verified shares by 20 December',
      }),
    ).toHaveAttribute('aria-valuenow', '42');

    const ended = screen.getByRole('article', { name: 'Careers week' });
    expect(ended).toHaveTextContent('1,000 clicks · topic Careers');
    expect(ended).toHaveTextContent('For Sales');
    expect(ended).toHaveTextContent('Ended');
    expect(ended).toHaveTextContent('Result: 1,200 of 1,000, goal reached');
    expect(screen.queryByRole('button', { name: 'New challenge' })).not.toBeInTheDocument();
  });

  it('lets a curator set a challenge for a campaign and some departments', async () => {
    const campaign = makeCampaign({ name: 'Winter launch' });
    const sales = makeGroup({ name: 'Sales' });
    const list: Challenge[] = [];
    const api = challengesApi({
      'GET /api/challenges': () => ok(list),
      'GET /api/campaigns': () => ok([campaign]),
      'GET /api/topics': () => ok([makeTopic({ name: 'Careers' })]),
      'GET /api/groups/{kind}': () => ok([sales]),
      'POST /api/challenges': ({ body }) => {
        const created = makeChallenge({ title: body.title, state: 'upcoming' });
        list.push(created);
        return reply(201, created);
      },
    });
    const { user } = renderPage(ChallengesPage, { path: '/challenges', user: curator });
    await screen.findByText('No challenges yet.');

    await user.click(screen.getByRole('button', { name: 'New challenge' }));
    const dialog = await screen.findByRole('dialog', { name: 'New challenge' });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Sales shares the launch');
    const goal = within(dialog).getByRole('textbox', { name: /^Goal/ });
    await user.clear(goal);
    await user.type(goal, '50');
    await user.click(within(dialog).getByRole('combobox', { name: /^Campaign/ }));
    await user.click(await screen.findByRole('option', { name: 'Winter launch' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Departments' }));
    await user.click(await screen.findByRole('option', { name: 'Sales' }));
    await user.type(within(dialog).getByLabelText(/^First day/), '2026-12-01');
    await user.type(within(dialog).getByLabelText(/^Last day/), '2026-12-20');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Sales shares the launch was set.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/challenges')[0]?.body).toEqual({
      title: 'Sales shares the launch',
      description: null,
      metric: 'shares',
      target: 50,
      campaignId: campaign.id,
      topicId: null,
      departmentIds: [sales.id],
      startsOn: '2026-12-01',
      endsOn: '2026-12-20',
    } satisfies Schemas['CreateChallengeDto']);
    expect(
      await screen.findByRole('article', { name: 'Sales shares the launch' }),
    ).toBeInTheDocument();
    // A curator's page lists every challenge: their own are never asked for.
    expect(api.requestsTo('GET', '/api/challenges/mine')).toEqual([]);
  });

  it('checks the goal, the campaign and the days before sending anything', async () => {
    const api = challengesApi({
      'GET /api/challenges': () => ok([]),
      'GET /api/campaigns': () => ok([]),
      'GET /api/topics': () => ok([]),
      'GET /api/groups/{kind}': () => ok([]),
    });
    const { user } = renderPage(ChallengesPage, { path: '/challenges', user: curator });
    await user.click(await screen.findByRole('button', { name: 'New challenge' }));
    const dialog = await screen.findByRole('dialog', { name: 'New challenge' });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Too soon');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Goal/ }));
    await user.type(within(dialog).getByLabelText(/^First day/), '2026-12-10');
    await user.type(within(dialog).getByLabelText(/^Last day/), '2026-12-09');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText('The goal is a whole number from 1 to 1,000,000'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Choose a campaign')).toBeInTheDocument();
    expect(within(dialog).getByText('The last day cannot be before the first')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/challenges')).toEqual([]);
  });

  it('says in its field when the campaigns could not be loaded, and waits for the departments', async () => {
    challengesApi({
      'GET /api/challenges': () => ok([]),
      'GET /api/campaigns': () => undocumented(500, 'The server is down'),
      'GET /api/topics': () => ok([]),
      // Still on its way when the test ends.
      'GET /api/groups/{kind}': () => new Promise(() => {}),
    });
    const { user, i18n } = renderPage(ChallengesPage, { path: '/challenges', user: curator });
    await user.click(await screen.findByRole('button', { name: 'New challenge' }));
    const dialog = await screen.findByRole('dialog', { name: 'New challenge' });

    const campaign = within(dialog).getByRole('combobox', { name: /^Campaign/ });
    await waitFor(() =>
      expect(campaign).toHaveAccessibleDescription(i18n.t('challenges.fields.campaignsFailed')),
    );
    expect(campaign).toBeDisabled();
    const departments = within(dialog).getByRole('combobox', { name: 'Departments' });
    expect(departments).toBeDisabled();
    expect(departments).toHaveAttribute(
      'placeholder',
      i18n.t('challenges.fields.departmentsLoading'),
    );
  });

  it('names topics in the reader’s language, on the cards and in the form', async () => {
    const careers = makeTopic({ name: 'Careers', names: { fr: 'Carrières' } });
    challengesApi({
      'GET /api/challenges': () =>
        ok([
          makeChallenge({
            title: 'Careers week',
            campaign: null,
            topic: { id: careers.id, name: careers.name, names: careers.names },
          }),
        ]),
      'GET /api/campaigns': () => ok([]),
      'GET /api/topics': () => ok([careers]),
      'GET /api/groups/{kind}': () => ok([]),
    });
    const { user, i18n } = renderPage(ChallengesPage, {
      path: '/challenges',
      user: curator,
      language: 'fr',
    });

    const card = await screen.findByRole('article', { name: 'Careers week' });
    expect(card).toHaveTextContent(i18n.t('challenges.ofTopic', { name: 'Carrières' }));

    await user.click(
      within(card).getByRole('button', {
        name: i18n.t('challenges.editNamed', { title: 'Careers week' }),
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const topic = within(dialog).getByRole('combobox', {
      name: new RegExp(`^${i18n.t('challenges.fields.topic')}`),
    });
    await waitFor(() => expect(topic).toBeEnabled());
    expect(topic).toHaveValue('Carrières');
  });

  it('names each challenge under the page heading, one level down', async () => {
    challengesApi({ 'GET /api/challenges': () => ok([makeChallenge({ title: 'Running' })]) });
    renderPage(ChallengesPage, { path: '/challenges', user: curator });

    expect(await screen.findByRole('heading', { level: 2, name: 'Running' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Challenges' })).toBeInTheDocument();
  });

  it('offers to edit running challenges, to delete only those not started, and neither once ended', async () => {
    challengesApi({
      'GET /api/challenges': () =>
        ok([
          makeChallenge({ title: 'Running' }),
          makeChallenge({ title: 'Soon', state: 'upcoming' }),
          makeChallenge({ title: 'Over', state: 'ended' }),
        ]),
    });
    renderPage(ChallengesPage, { path: '/challenges', user: curator });

    expect(await screen.findByRole('button', { name: 'Edit Running' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Running' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Soon' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Over' })).not.toBeInTheDocument();
  });
});
