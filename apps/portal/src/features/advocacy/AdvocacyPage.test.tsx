import { screen, waitFor, within } from '@testing-library/react';
import type { AdvocacyStatus } from './api/advocacy-queries';
import {
  makeAdvocacyStatus,
  makeReadyStatus,
  makeStanding,
  SIGNED_AT,
} from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { AdvocacyPage } from './AdvocacyPage';

const employee = makeUser({ name: 'Ada Lovelace' });

function advocacyApi(state: { status: AdvocacyStatus }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me/advocacy': () => ok(state.status),
    ...routes,
  });
}

function renderAdvocacy() {
  return renderPage(AdvocacyPage, { path: '/advocacy', user: employee });
}

/** Each item of "Before you share", as its text (label, state, link). */
async function checklist() {
  const list = await screen.findByRole('list', { name: 'Before you share' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('advocacy programme', () => {
  it('explains that taking part is voluntary, and joins', async () => {
    const state = { status: makeAdvocacyStatus() };
    const api = advocacyApi(state, {
      'POST /api/me/enrollment': () => {
        state.status = makeAdvocacyStatus({ enrolled: true, enrolledAt: SIGNED_AT });
        return reply(201, state.status);
      },
    });
    const { user } = renderAdvocacy();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Advocacy programme' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is voluntary/)).toBeInTheDocument();
    expect(screen.getByText(/You can leave at any time/)).toHaveTextContent(
      'What you shared then stays only in anonymous totals.',
    );
    await user.click(await screen.findByRole('button', { name: 'Join the programme' }));

    expect(await screen.findByText('You joined the advocacy programme.')).toBeInTheDocument();
    expect(await screen.findByText(/You joined on/)).toHaveTextContent(
      'You joined on Mar 15, 2024.',
    );
    const [join] = api.requestsTo('POST', '/api/me/enrollment');
    expect(join?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(screen.queryByRole('button', { name: 'Join the programme' })).not.toBeInTheDocument();
    expect(await checklist()).toContain('Joined the programmeDone');
  });

  it('leaves only after confirming, explaining what leaving means', async () => {
    const state = { status: makeReadyStatus() };
    const api = advocacyApi(state, {
      'DELETE /api/me/enrollment': () => {
        state.status = makeAdvocacyStatus({ policy: state.status.policy, reachedStage: 1 });
        return reply(204);
      },
    });
    const { user } = renderAdvocacy();

    await user.click(await screen.findByRole('button', { name: 'Leave the programme' }));
    let dialog = await screen.findByRole('dialog', { name: 'Leave the advocacy programme?' });
    expect(dialog).toHaveTextContent('You disappear from every leaderboard');
    expect(dialog).toHaveTextContent('What you shared stays only in anonymous totals.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('DELETE', '/api/me/enrollment')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Leave the programme' }));
    dialog = await screen.findByRole('dialog', { name: 'Leave the advocacy programme?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));

    expect(await screen.findByText('You left the advocacy programme.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', '/api/me/enrollment')).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Join the programme' })).toBeInTheDocument();
    expect(screen.queryByText('You are ready to share.')).not.toBeInTheDocument();
  });

  it('shows what is done and what is still to do before sharing, with the way to it', async () => {
    advocacyApi({
      status: makeAdvocacyStatus({
        enrolled: true,
        enrolledAt: SIGNED_AT,
        policy: makeStanding({ upToDate: false }),
        reachedStage: 1,
        requiredToShare: 2,
      }),
    });
    renderAdvocacy();

    expect(await checklist()).toEqual([
      'Joined the programmeDone',
      'Acknowledged the social media policyNot done yetRead the policy',
      'Passed training stage 2Not done yetGo to training',
    ]);
    expect(screen.getByRole('link', { name: 'Read the policy' })).toHaveAttribute(
      'href',
      '/policy',
    );
    expect(screen.getByRole('link', { name: 'Go to training' })).toHaveAttribute(
      'href',
      '/training',
    );
    expect(screen.queryByText('You are ready to share.')).not.toBeInTheDocument();
  });

  it('says so when everything is done, leaving training out when sharing needs none', async () => {
    advocacyApi({ status: makeReadyStatus({ reachedStage: 0, requiredToShare: 0 }) });
    renderAdvocacy();

    expect(await screen.findByRole('alert')).toHaveTextContent('You are ready to share.');
    expect(await checklist()).toEqual([
      'Joined the programmeDone',
      'Acknowledged the social media policyDoneRead the policy',
    ]);
    expect(screen.getByText(/pass training stage 2/)).toBeInTheDocument();
  });

  it('shows me on leaderboards only when I switch it on, and hides me again', async () => {
    const state = { status: makeReadyStatus() };
    const api = advocacyApi(state, {
      'PUT /api/me/leaderboard': ({ body }) => {
        state.status = makeReadyStatus({ shownOnLeaderboards: body.shown });
        return ok(state.status);
      },
    });
    const { user, i18n } = renderAdvocacy();

    const toggle = await screen.findByRole('switch', { name: /^Show me on leaderboards/ });
    expect(toggle).not.toBeChecked();
    // What the choice means is said with the switch itself, to whoever reaches it.
    expect(toggle).toHaveAccessibleDescription(i18n.t('advocacy.leaderboard.description'));

    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());

    expect(api.requestsTo('PUT', '/api/me/leaderboard').map((request) => request.body)).toEqual([
      { shown: true },
      { shown: false },
    ]);
  });

  it('offers no leaderboard switch before I join', async () => {
    advocacyApi({ status: makeAdvocacyStatus() });
    renderAdvocacy();

    expect(await screen.findByRole('button', { name: 'Join the programme' })).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
