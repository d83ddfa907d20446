import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { PolicyAdminPage } from './PolicyAdminPage';
import type { PolicyVersion, PolicyVersionSummary } from '../api/policy-version-queries';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

const version1: PolicyVersion = {
  version: 1,
  title: 'Social media policy',
  body: '## Be kind\n\nThink before you post.',
  changeSummary: '',
  requiresAcknowledgment: true,
  publishedAt: '2024-03-15T09:30:00.000Z',
};

const summaryOf = (version: PolicyVersion, acknowledgments: number): PolicyVersionSummary => ({
  version: version.version,
  title: version.title,
  changeSummary: version.changeSummary,
  requiresAcknowledgment: version.requiresAcknowledgment,
  publishedAt: version.publishedAt,
  acknowledgments,
});

/** Pastes at the end of a field, as an administrator does with text written elsewhere. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

function policyApi(list: { versions: PolicyVersionSummary[] }, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/policy/versions': () => ok(list.versions),
    'GET /api/policy/versions/{version}': () => ok(version1),
    'POST /api/policy': ({ body }) => {
      const published = {
        ...body,
        changeSummary: '',
        version: list.versions.length + 1,
        publishedAt: '2024-06-01T09:30:00.000Z',
      };
      list.versions = [summaryOf(published, 0), ...list.versions];
      return reply(201, published);
    },
    ...routes,
  });
}

describe('policy versions', () => {
  it('lists the versions with their date, whether everyone re-acknowledges, and the count', async () => {
    policyApi({
      versions: [
        summaryOf(
          {
            ...version1,
            version: 2,
            title: 'Social media policy',
            changeSummary: 'Typo fixed.',
            requiresAcknowledgment: false,
            publishedAt: '2024-05-02T09:30:00.000Z',
          },
          3,
        ),
        summaryOf(version1, 41),
      ],
    });
    renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    const table = await screen.findByRole('table', { name: 'Policy versions' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .slice(0, 5)
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['2', 'Social media policyTypo fixed.', 'May 2, 2024', 'No', '3'],
      ['1', 'Social media policy', 'Mar 15, 2024', 'Yes', '41'],
    ]);
  });

  it('shows a version as published', async () => {
    policyApi({ versions: [summaryOf(version1, 41)] });
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'View version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Version 1: Social media policy' });
    expect(
      await within(dialog).findByRole('heading', { name: 'Be kind', level: 2 }),
    ).toBeInTheDocument();
  });

  it('publishes a new version from the current one, previewed, after confirming everyone re-acknowledges', async () => {
    const list = { versions: [summaryOf(version1, 41)] };
    const api = policyApi(list);
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2' });
    const body = await within(dialog).findByRole('textbox', { name: /^Policy \(Markdown\)/ });
    expect(body).toHaveValue(version1.body);
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Social media policy');
    const again = within(dialog).getByRole('checkbox', {
      name: 'Everyone must acknowledge this version again before sharing',
    });
    expect(again).toBeChecked();

    await paste(user, body, '\n\n## No politics');
    await user.click(within(dialog).getByRole('tab', { name: 'Preview' }));
    expect(within(dialog).getByRole('heading', { name: 'No politics', level: 2 })).toBeVisible();
    await user.click(within(dialog).getByRole('tab', { name: 'Write' }));
    await paste(user, within(dialog).getByLabelText(/^What changed/), 'A rule on politics.');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(
      within(dialog).getByText(/including the people who acknowledged an earlier version/),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/policy')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 2' }));

    expect(
      await screen.findByText(
        'Version 2 of the policy is published. Everyone must acknowledge it before sharing.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/policy')[0]?.body).toEqual({
      title: 'Social media policy',
      body: `${version1.body}\n\n## No politics`,
      changeSummary: 'A rule on politics.',
      requiresAcknowledgment: true,
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Publish version 2' })).not.toBeInTheDocument(),
    );
    const table = screen.getByRole('table', { name: 'Policy versions' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
  });

  it('publishes a small fix without sending everyone back to acknowledge', async () => {
    const api = policyApi({ versions: [summaryOf(version1, 41)] });
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2' });
    await within(dialog).findByRole('textbox', { name: /^Policy \(Markdown\)/ });
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Everyone must acknowledge this version again before sharing',
      }),
    );
    expect(within(dialog).getByText(/right for a small fix/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText('Version 2 of the policy is published.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/policy')[0]?.body).toEqual({
      title: 'Social media policy',
      body: version1.body,
      requiresAcknowledgment: false,
    });
  });

  it('publishes version 1, which everyone must acknowledge', async () => {
    const api = policyApi({ versions: [] });
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });
    expect(await screen.findByText('No policy has been published yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 1' });
    const again = within(dialog).getByRole('checkbox', {
      name: 'Everyone must acknowledge this version again before sharing',
    });
    expect(again).toBeChecked();
    expect(again).toBeDisabled();
    expect(within(dialog).getByText('Version 1 always needs acknowledging.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(within(dialog).getByText('Enter a title')).toBeInTheDocument();
    expect(within(dialog).getByText('Write the policy')).toBeInTheDocument();

    await paste(user, within(dialog).getByLabelText(/^Title/), 'Social media policy');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Policy \(Markdown\)/ }),
      'Be kind.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(within(dialog).getByText(/nobody can share until/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 1' }));

    await screen.findByText(/Version 1 of the policy is published/);
    expect(api.requestsTo('POST', '/api/policy')[0]?.body).toEqual({
      title: 'Social media policy',
      body: 'Be kind.',
      requiresAcknowledgment: true,
    });
  });

  it("shows the API's message when publishing fails", async () => {
    policyApi(
      { versions: [summaryOf(version1, 41)] },
      { 'POST /api/policy': () => apiError(400, 'title must be at most 200 characters') },
    );
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2' });
    await within(dialog).findByRole('textbox', { name: /^Policy \(Markdown\)/ });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 2' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'title must be at most 200 characters',
    );
  });
});
