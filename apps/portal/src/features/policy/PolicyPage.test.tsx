import type { PreferredLanguage } from '@chorus/core';
import { screen } from '@testing-library/react';
import {
  makeAcknowledgment,
  makeCurrentPolicy,
  makeStanding,
  SIGNED_AT,
} from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { PolicyPage } from './PolicyPage';
import type { CurrentPolicy } from './api/policy-queries';

const employee = makeUser({ name: 'Ada Lovelace' });

function policyApi(state: { policy: CurrentPolicy }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/policy/current': () => ok(state.policy),
    ...routes,
  });
}

describe('social media policy', () => {
  it('shows the policy in force, rendered from markdown, with its version', async () => {
    policyApi({ policy: makeCurrentPolicy({ version: 3, title: 'Speaking online' }) });
    renderPage(PolicyPage, { path: '/policy', user: employee });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Speaking online' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Social media policy' })).toBeVisible();
    expect(screen.getByText(/^Version 3, published/)).toHaveTextContent(
      'Version 3, published Mar 1, 2024',
    );
    expect(screen.getByRole('heading', { name: 'Be yourself' })).toBeInTheDocument();
    expect(screen.getByText('Speak for yourself, not for the company.')).toBeInTheDocument();
  });

  it("shows the API's message when the name typed is not the account's", async () => {
    const api = policyApi(
      { policy: makeCurrentPolicy() },
      {
        'POST /api/policy/current/acknowledgments': () =>
          apiError(
            422,
            'Type your full name as it is on your account (Ada Lovelace) to sign the policy.',
          ),
      },
    );
    const { user } = renderPage(PolicyPage, { path: '/policy', user: employee });

    const name = await screen.findByRole('textbox', { name: 'Your full name' });
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Type your full name.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/policy/current/acknowledgments')).toHaveLength(0);

    await user.type(name, 'Ada');
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Type your full name as it is on your account (Ada Lovelace) to sign the policy.',
    );
    expect(api.requestsTo('POST', '/api/policy/current/acknowledgments')[0]?.body).toEqual({
      fullName: 'Ada',
      language: 'en',
    });
  });

  it('signs the policy with the full name and then shows it signed', async () => {
    const state = { policy: makeCurrentPolicy({ version: 3 }) };
    const api = policyApi(state, {
      'POST /api/policy/current/acknowledgments': ({ body }) => {
        const signed = makeAcknowledgment({
          version: 3,
          typedName: body.fullName,
          acknowledgedAt: SIGNED_AT,
        });
        state.policy = {
          ...state.policy,
          standing: makeStanding({ upToDate: true, requiredVersion: 3, acknowledged: signed }),
        };
        return reply(201, signed);
      },
    });
    const { user } = renderPage(PolicyPage, { path: '/policy', user: employee });

    await user.type(
      await screen.findByRole('textbox', { name: 'Your full name' }),
      ' Ada Lovelace ',
    );
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));

    expect(
      await screen.findByText('You acknowledged version 3 of the policy.'),
    ).toBeInTheDocument();
    const [request] = api.requestsTo('POST', '/api/policy/current/acknowledgments');
    expect(request?.body).toEqual({ fullName: 'Ada Lovelace', language: 'en' });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(await screen.findByText(/You acknowledged version 3 on/)).toHaveTextContent(
      'You acknowledged version 3 on Mar 15, 2024 as “Ada Lovelace”.',
    );
    expect(screen.queryByRole('textbox', { name: 'Your full name' })).not.toBeInTheDocument();
  });

  it('asks to acknowledge a new version, saying what changed', async () => {
    policyApi({
      policy: makeCurrentPolicy({
        version: 2,
        changeSummary: 'Added a section on confidential projects.',
        standing: makeStanding({
          upToDate: false,
          requiredVersion: 2,
          acknowledged: makeAcknowledgment({ version: 1 }),
        }),
      }),
    });
    renderPage(PolicyPage, { path: '/policy', user: employee });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Version 2 needs your acknowledgment');
    expect(alert).toHaveTextContent('You acknowledged version 1.');
    expect(alert).toHaveTextContent('What changed: Added a section on confidential projects.');
    expect(screen.getByRole('textbox', { name: 'Your full name' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeInTheDocument();
  });

  it('leaves the form out once the policy in force is acknowledged', async () => {
    policyApi({
      policy: makeCurrentPolicy({
        version: 2,
        standing: makeStanding({
          upToDate: true,
          requiredVersion: 2,
          acknowledged: makeAcknowledgment({ version: 2, typedName: 'Ada Lovelace' }),
        }),
      }),
    });
    renderPage(PolicyPage, { path: '/policy', user: employee });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You acknowledged version 2 on Mar 15, 2024 as “Ada Lovelace”.',
    );
    expect(screen.queryByRole('textbox', { name: 'Your full name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
  });

  it('says when the policy is not in my language, offers the others, and signs the one I read', async () => {
    const swede = makeUser({ name: 'Lars Andersson', language: 'sv' });
    const texts = {
      en: { title: 'Social media policy', body: 'If in doubt, leave it out.' },
      nl: { title: 'Socialemediabeleid', body: 'Twijfel je? Dan niet.' },
    };
    const api = policyApi(
      { policy: makeCurrentPolicy() },
      {
        'GET /api/policy/current': ({ query }) => {
          const language = (query.language ?? 'sv') as PreferredLanguage;
          const shown = language === 'nl' ? 'nl' : 'en';
          return ok(
            makeCurrentPolicy({
              ...texts[shown],
              language: shown,
              requestedLanguage: language,
              fellBack: shown !== language,
              languages: ['en', 'nl'],
            }),
          );
        },
        'POST /api/policy/current/acknowledgments': ({ body }) =>
          reply(201, makeAcknowledgment({ language: body.language, typedName: body.fullName })),
      },
    );
    const { user } = renderPage(PolicyPage, { path: '/policy', user: swede });

    expect(
      await screen.findByText(
        'This policy is not available in Svenska yet, so you are reading the English text.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Social media policy' })).toBeVisible();

    await user.click(screen.getByRole('combobox', { name: 'Read in' }));
    await user.click(await screen.findByRole('option', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Socialemediabeleid' }),
    ).toBeVisible();
    expect(screen.getByText('Twijfel je? Dan niet.')).toBeInTheDocument();
    expect(screen.queryByText(/not available in Svenska/)).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Your full name' }), 'Lars Andersson');
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(
      await screen.findByText('You acknowledged version 1 of the policy.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/policy/current/acknowledgments')[0]?.body).toEqual({
      fullName: 'Lars Andersson',
      language: 'nl',
    });
  });

  it('shows no note and no language choice when the policy is in my language only', async () => {
    policyApi({ policy: makeCurrentPolicy() });
    renderPage(PolicyPage, { path: '/policy', user: employee });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Social media policy' }),
    ).toBeVisible();
    expect(screen.queryByText(/not available in/)).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Read in' })).not.toBeInTheDocument();
  });

  it('says when no policy has been published yet', async () => {
    mockApi({
      'GET /api/policy/current': () =>
        apiError(404, 'No social media policy has been published yet.'),
    });
    renderPage(PolicyPage, { path: '/policy', user: employee });

    expect(await screen.findByText('No policy has been published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
