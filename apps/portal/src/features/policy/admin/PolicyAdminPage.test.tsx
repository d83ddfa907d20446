import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { PolicyAdminPage } from './PolicyAdminPage';
import type { PolicyVersion, PolicyVersionSummary } from '../api/policy-version-queries';
import type { PreferredLanguage } from '@chorus/core';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

const version1: PolicyVersion = {
  version: 1,
  language: 'en',
  requestedLanguage: 'en',
  fellBack: false,
  mainLanguage: 'en',
  languages: ['en'],
  title: 'Social media policy',
  body: '## Be kind\n\nThink before you post.',
  changeSummary: '',
  requiresAcknowledgment: true,
  publishedAt: '2024-03-15T09:30:00.000Z',
};

const textOf = (version: PolicyVersion, language: PreferredLanguage, title = version.title) => ({
  language,
  title,
  addedBy: 'Grace Hopper',
  addedAt: version.publishedAt,
  updatedBy: 'Grace Hopper',
  updatedAt: version.publishedAt,
});

const summaryOf = (
  version: PolicyVersion,
  acknowledgments: number,
  texts = version.languages.map((language) => textOf(version, language)),
): PolicyVersionSummary => ({
  version: version.version,
  title: version.title,
  changeSummary: version.changeSummary,
  mainLanguage: version.mainLanguage,
  texts,
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
      const main = body.texts.find((text) => text.language === body.mainLanguage)!;
      const published: PolicyVersion = {
        ...version1,
        title: main.title,
        body: main.body,
        language: body.mainLanguage,
        requestedLanguage: body.mainLanguage,
        mainLanguage: body.mainLanguage,
        languages: body.texts.map((text) => text.language).sort(),
        requiresAcknowledgment: body.requiresAcknowledgment,
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
        summaryOf({ ...version1, languages: ['en', 'nl', 'sv'] }, 41),
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
            .slice(0, 6)
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['2', 'Social media policyTypo fixed.', 'en', 'May 2, 2024', 'No', '3'],
      ['1', 'Social media policy', 'ennlsv', 'Mar 15, 2024', 'Yes', '41'],
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
      mainLanguage: 'en',
      texts: [
        {
          language: 'en',
          title: 'Social media policy',
          body: `${version1.body}\n\n## No politics`,
          changeSummary: 'A rule on politics.',
        },
      ],
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
      mainLanguage: 'en',
      texts: [{ language: 'en', title: 'Social media policy', body: version1.body }],
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
      mainLanguage: 'en',
      texts: [{ language: 'en', title: 'Social media policy', body: 'Be kind.' }],
      requiresAcknowledgment: true,
    });
  });

  it('publishes a version with texts in several languages, one of them the main one', async () => {
    const api = policyApi({ versions: [] });
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 1' });
    await paste(user, within(dialog).getByLabelText(/^Title/), 'Social media policy');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Policy \(Markdown\)/ }),
      'Be kind.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add a language' }));
    expect(within(dialog).getByRole('tab', { name: 'Nederlands', selected: true })).toBeVisible();
    // The new text starts empty, and must be written before publishing.
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(within(dialog).getByText('Enter a title')).toBeInTheDocument();
    await paste(user, within(dialog).getByLabelText(/^Title/), 'Socialemediabeleid');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Policy \(Markdown\)/ }),
      'Wees aardig.',
    );
    await user.click(within(dialog).getByRole('tab', { name: 'English' }));
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Social media policy');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 1' }));

    await screen.findByText(/Version 1 of the policy is published/);
    expect(api.requestsTo('POST', '/api/policy')[0]?.body).toEqual({
      mainLanguage: 'en',
      texts: [
        { language: 'en', title: 'Social media policy', body: 'Be kind.' },
        { language: 'nl', title: 'Socialemediabeleid', body: 'Wees aardig.' },
      ],
      requiresAcknowledgment: true,
    });
  });

  it('starts the next version from every text of the one in force, the main one first', async () => {
    const bilingual: PolicyVersion = { ...version1, mainLanguage: 'nl', languages: ['en', 'nl'] };
    const api = policyApi(
      { versions: [summaryOf(bilingual, 41)] },
      {
        'GET /api/policy/versions/{version}': ({ query }) =>
          ok(
            query.language === 'nl'
              ? { ...bilingual, language: 'nl', title: 'Socialemediabeleid', body: 'Wees aardig.' }
              : bilingual,
          ),
      },
    );
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2' });
    const tabs = await within(dialog).findByRole('tablist', { name: 'Texts by language' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Nederlands', 'English']);
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Socialemediabeleid');
    expect(within(dialog).getByRole('combobox', { name: /^Main language/ })).toHaveValue(
      'Nederlands',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 2' }));

    await screen.findByText(/Version 2 of the policy is published/);
    expect(api.requestsTo('POST', '/api/policy')[0]?.body).toEqual({
      mainLanguage: 'nl',
      texts: [
        { language: 'nl', title: 'Socialemediabeleid', body: 'Wees aardig.' },
        { language: 'en', title: 'Social media policy', body: version1.body },
      ],
      requiresAcknowledgment: true,
    });
  });

  it('adds a translation to an older version, which asks nobody to acknowledge again', async () => {
    const list = {
      versions: [
        summaryOf({ ...version1, version: 2, publishedAt: '2024-05-02T09:30:00.000Z' }, 3),
        summaryOf(version1, 41),
      ],
    };
    const api = policyApi(list, {
      'PUT /api/policy/versions/{version}/texts/{language}': ({ params, body }) => {
        const older = list.versions[1]!;
        list.versions[1] = {
          ...older,
          texts: [...older.texts, textOf(version1, params.language, body.title)],
        };
        return ok({ ...version1, ...body, language: params.language });
      },
    });
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'View version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Version 1: Social media policy' });
    const texts = within(dialog).getByRole('table', { name: 'Texts of version 1' });
    expect(within(texts).getAllByRole('row')).toHaveLength(2);
    expect(within(texts).getByText('Main language')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add a translation' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add translation' }));
    expect(within(dialog).getByText('Choose a language.')).toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/policy/versions/1/texts/sv')).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: /^Language/ }));
    await user.click(await screen.findByRole('option', { name: 'Svenska' }));
    await paste(user, within(dialog).getByLabelText(/^Title/), 'Policy för sociala medier');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Policy \(Markdown\)/ }),
      'Var vänlig.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add translation' }));

    expect(
      await screen.findByText(
        'The Svenska text of version 1 is added. Nobody needs to acknowledge it again.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/policy/versions/1/texts/sv')[0]?.body).toEqual({
      title: 'Policy för sociala medier',
      body: 'Var vänlig.',
    });
    expect(api.requestsTo('POST', '/api/policy')).toHaveLength(0);
    const updated = await within(dialog).findByRole('table', { name: 'Texts of version 1' });
    await waitFor(() => expect(within(updated).getAllByRole('row')).toHaveLength(3));
    expect(within(updated).getByText('Policy för sociala medier')).toBeInTheDocument();
  });

  it('corrects a translation from its current text, but never the main one', async () => {
    const withDutch = { ...version1, languages: ['en', 'nl'] as PreferredLanguage[] };
    const api = policyApi(
      { versions: [summaryOf(withDutch, 41)] },
      {
        'GET /api/policy/versions/{version}': ({ query }) =>
          ok(
            query.language === 'nl'
              ? { ...withDutch, language: 'nl', title: 'Socialemediabeleid', body: 'Wees aaridg.' }
              : withDutch,
          ),
        'PUT /api/policy/versions/{version}/texts/{language}': ({ body }) =>
          ok({ ...withDutch, ...body, language: 'nl' }),
      },
    );
    const { user } = renderPage(PolicyAdminPage, { path: '/policy/versions', user: admin });

    await user.click(await screen.findByRole('button', { name: 'View version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Version 1: Social media policy' });
    expect(
      within(dialog).queryByRole('button', { name: 'Correct the English text' }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Correct the Nederlands text' }));

    const body = await within(dialog).findByRole('textbox', { name: /^Policy \(Markdown\)/ });
    expect(body).toHaveValue('Wees aaridg.');
    expect(within(dialog).getByRole('combobox', { name: /^Language/ })).toBeDisabled();
    await user.clear(body);
    await paste(user, body, 'Wees aardig.');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));

    expect(
      await screen.findByText(
        'The Nederlands text of version 1 is corrected. Nobody needs to acknowledge it again.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/policy/versions/1/texts/nl')[0]?.body).toEqual({
      title: 'Socialemediabeleid',
      body: 'Wees aardig.',
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
