import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeSettings, makeUser } from '../../test/factories';
import { type Answer, apiError, mockApi, ok, undocumented } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { renderPage } from '../../test/render-page';
import { SettingsPage } from './SettingsPage';
import { makePointRules } from '../points/points-factories';
import type { Settings } from './api/settings-queries';

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

/** A fake of the settings API that keeps what it is sent, or refuses it with `refusal`. */
function settingsApi(initial: Partial<Settings>, refusal?: () => Answer<'PATCH /api/settings'>) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let settings = makeSettings(initial);
  const api = mockApi({
    'GET /api/settings': () => ok(settings),
    'GET /api/points/rules': () => ok(makePointRules()),
    'PATCH /api/settings': ({ body }) => {
      if (refusal) return refusal();
      settings = { ...settings, ...body };
      return ok(settings);
    },
  });
  return { ...api, patches: () => api.requestsTo('PATCH', '/api/settings').map((r) => r.body) };
}

// The page offers every time zone and currency the browser knows: hundreds of options, which
// make a slow page in a test DOM. This browser knows a few.
beforeEach(() => {
  const original = Intl.supportedValuesOf.bind(Intl);
  const known: Record<string, string[]> = {
    timeZone: ['America/New_York', 'Asia/Tokyo', 'Europe/Amsterdam', 'Europe/Berlin'],
    currency: ['EUR', 'GBP', 'JPY', 'USD'],
  };
  vi.spyOn(Intl, 'supportedValuesOf').mockImplementation((key) => known[key] ?? original(key));
});

const section = (name: string) => screen.getByRole('form', { name });
const button = (sectionName: string, name: 'Save' | 'Discard changes') =>
  within(section(sectionName)).getByRole('button', { name });

const organisationName = () => screen.getByRole('textbox', { name: 'Organisation name' });
const fourEyes = () => screen.getByRole('switch', { name: 'Four-eyes approval' });
const shareStage = () => screen.getByRole('combobox', { name: 'Training stage needed to share' });
const networks = () => screen.getByRole('group', { name: 'Networks offered to employees' });
const network = (name: string) => within(networks()).getByRole('checkbox', { name });
const checkedNetworks = () =>
  within(networks())
    .getAllByRole('checkbox')
    .filter((checkbox) => (checkbox as HTMLInputElement).checked)
    .map((checkbox) => checkbox.getAttribute('value'));
const timeZone = () => screen.getByRole('combobox', { name: 'Time zone' });
const retention = () => screen.getByRole('textbox', { name: 'Keep click events for (months)' });
const costs = () => screen.getByRole('group', { name: /^Cost per click/ });
const cost = (name: string) => within(costs()).getByRole('textbox', { name });

async function chooseShareStage(user: UserEvent, stage: string) {
  await user.click(shareStage());
  await user.click(await screen.findByRole('option', { name: stage }));
}

async function typeInto(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

const typeRetention = (user: UserEvent, months: string) => typeInto(user, retention(), months);

async function chooseTimeZone(user: UserEvent, zone: string) {
  await user.clear(timeZone());
  await user.type(timeZone(), zone.split('/').at(-1) ?? zone);
  await user.click(await screen.findByRole('option', { name: zone }));
}

/** One change per section, how it reads on the page, and the body its Save sends. */
const SECTIONS = [
  {
    name: 'Organisation',
    settings: { organisationName: '' },
    change: (user: UserEvent) => user.type(organisationName(), '  Kestrel & Finch '),
    shown: () => (organisationName() as HTMLInputElement).value,
    before: '',
    after: '  Kestrel & Finch ',
    body: { organisationName: 'Kestrel & Finch' },
  },
  {
    name: 'Content',
    settings: { fourEyesApproval: true },
    change: (user: UserEvent) => user.click(fourEyes()),
    shown: () => (fourEyes() as HTMLInputElement).checked,
    before: true,
    after: false,
    body: { fourEyesApproval: false },
  },
  {
    name: 'Training',
    settings: { shareRequiresStage: 1 },
    change: (user: UserEvent) => chooseShareStage(user, 'Stage 2: Social media at work'),
    shown: () => (shareStage() as HTMLInputElement).value,
    before: 'Stage 1: Foundations',
    after: 'Stage 2: Social media at work',
    body: { shareRequiresStage: 2 },
  },
  {
    name: 'Sharing',
    settings: { enabledNetworks: ['x', 'linkedin'] as Settings['enabledNetworks'] },
    change: (user: UserEvent) => user.click(network('X')),
    shown: checkedNetworks,
    before: ['linkedin', 'x'],
    after: ['linkedin'],
    body: { enabledNetworks: ['linkedin'] },
  },
  {
    name: 'Analytics',
    settings: { clickRetentionMonths: 13 },
    change: (user: UserEvent) => typeRetention(user, '6'),
    shown: () => (retention() as HTMLInputElement).value,
    before: '13',
    after: '6',
    body: { clickRetentionMonths: 6 },
  },
  {
    name: 'Earned media value',
    settings: { costPerClick: { x: 0.5 } },
    change: (user: UserEvent) => user.type(cost('LinkedIn'), '2.4'),
    shown: () => (cost('LinkedIn') as HTMLInputElement).value,
    before: '',
    after: '2.4',
    body: { costPerClick: { x: 0.5, linkedin: 2.4 } },
  },
];

describe('settings: every section saves with its own Save', () => {
  it.each(SECTIONS)(
    '$name: saves nothing until Save, then sends its change alone and confirms',
    async ({ name, settings, change, shown, before, after, body }) => {
      const api = settingsApi(settings);
      const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
      await screen.findByRole('form', { name });
      expect(shown()).toEqual(before);
      expect(button(name, 'Save')).toBeDisabled();
      expect(button(name, 'Discard changes')).toBeDisabled();

      // Discard changes puts back the setting as saved.
      await change(user);
      expect(shown()).toEqual(after);
      await user.click(button(name, 'Discard changes'));
      expect(shown()).toEqual(before);
      expect(button(name, 'Save')).toBeDisabled();

      await change(user);

      expect(shown()).toEqual(after);
      expect(button(name, 'Save')).toBeEnabled();
      expect(api.patches()).toEqual([]);
      // Only the section changed has something to save.
      for (const other of SECTIONS.filter((each) => each.name !== name)) {
        expect(button(other.name, 'Save')).toBeDisabled();
      }

      await user.click(button(name, 'Save'));

      expect(await within(section(name)).findByRole('status')).toHaveTextContent('Changes saved');
      expect(api.patches()).toEqual([body]);
      expect(api.requestsTo('PATCH', '/api/settings')[0]?.headers.get('X-XSRF-TOKEN')).toBe(
        'token-123',
      );
      expect(shown()).toEqual(after);
      expect(button(name, 'Save')).toBeDisabled();
      expect(button(name, 'Discard changes')).toBeDisabled();
    },
  );

  it('has nothing to save once a change is undone by hand', async () => {
    settingsApi({ fourEyesApproval: true, clickRetentionMonths: 13 });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));
    expect(button('Content', 'Save')).toBeEnabled();
    await user.click(fourEyes());
    expect(button('Content', 'Save')).toBeDisabled();

    await typeRetention(user, '6');
    expect(button('Analytics', 'Save')).toBeEnabled();
    await typeRetention(user, '13');
    expect(button('Analytics', 'Save')).toBeDisabled();
  });

  it("saves one section without another's unsaved change, which stays to be saved", async () => {
    const api = settingsApi({ shareRequiresStage: 1, clickRetentionMonths: 13 });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Training' });
    await chooseShareStage(user, 'Stage 3: Ambassador');
    await typeRetention(user, '24');

    await user.click(button('Analytics', 'Save'));

    expect(await within(section('Analytics')).findByRole('status')).toHaveTextContent(
      'Changes saved',
    );
    expect(api.patches()).toEqual([{ clickRetentionMonths: 24 }]);
    expect(shareStage()).toHaveValue('Stage 3: Ambassador');
    expect(button('Training', 'Save')).toBeEnabled();

    await user.click(button('Training', 'Save'));

    await waitFor(() => expect(button('Training', 'Save')).toBeDisabled());
    expect(api.patches()).toEqual([{ clickRetentionMonths: 24 }, { shareRequiresStage: 3 }]);
    expect(retention()).toHaveValue('24');
  });

  it('offers no Save for a value outside the limits, and says what is allowed', async () => {
    const api = settingsApi({ clickRetentionMonths: 13 });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Analytics' });

    await user.clear(retention());

    expect(retention()).toBeInvalid();
    expect(retention()).toHaveAccessibleDescription(expect.stringContaining('from 1 to 120'));
    expect(button('Analytics', 'Save')).toBeDisabled();
    // Unsaved all the same: it can be discarded.
    await user.click(button('Analytics', 'Discard changes'));
    expect(retention()).toHaveValue('13');
    expect(retention()).toBeValid();
    expect(api.patches()).toEqual([]);
  });
});

describe('settings: a refused change', () => {
  it('shows a 400 on the field the API refused, keeping what was typed', async () => {
    const message = 'clickRetentionMonths must be a whole number from 1 to 60';
    const api = settingsApi({ clickRetentionMonths: 13 }, () => apiError(400, message));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Analytics' });
    await typeRetention(user, '72');

    await user.click(button('Analytics', 'Save'));

    await waitFor(() => expect(retention()).toBeInvalid());
    expect(retention()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(retention()).toHaveValue('72');
    expect(within(section('Analytics')).getByRole('status')).toHaveTextContent('');
    expect(api.patches()).toEqual([{ clickRetentionMonths: 72 }]);

    // Typing again clears the refusal until the next Save.
    await typeRetention(user, '48');
    expect(retention()).toBeValid();
  });

  it('puts each refused setting of a section on its own field', async () => {
    const message =
      'timeZone Asia/Tokyo is not a time zone the database knows; choose another name for it';
    settingsApi({ timeZone: 'UTC', clickRetentionMonths: 13 }, () =>
      apiError(400, 'The server words it; the portal says it by key.', {
        code: 'invalid_input',
        details: {
          key: 'errors:input.invalid',
          params: { count: 1 },
          problems: [
            {
              key: 'errors:settings.unknownTimeZone',
              params: { timeZone: 'Asia/Tokyo' },
              field: 'timeZone',
            },
          ],
        },
      }),
    );
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Analytics' });
    await chooseTimeZone(user, 'Asia/Tokyo');
    await typeRetention(user, '6');

    await user.click(button('Analytics', 'Save'));

    await waitFor(() => expect(timeZone()).toBeInvalid());
    expect(timeZone()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(retention()).toBeValid();
    expect(within(section('Analytics')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a 422 on the costs per click', async () => {
    const message = 'costPerClick must be an object of networks to a cost per click from 0 to 5';
    settingsApi({ costPerClick: {} }, () => undocumented(422, message));
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Earned media value' });
    await user.type(cost('Facebook'), '7');

    await user.click(button('Earned media value', 'Save'));

    await waitFor(() => expect(costs()).toHaveAccessibleDescription(message));
    expect(cost('Facebook')).toBeInvalid();
  });

  it("shows a refusal that is about no field above the section's fields", async () => {
    const api = settingsApi({ fourEyesApproval: true }, () =>
      apiError(403, 'Only administrators can change settings.'),
    );
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));

    await user.click(button('Content', 'Save'));

    expect(await within(section('Content')).findByRole('alert')).toHaveTextContent(
      'Only administrators can change settings.',
    );
    // The change is still there to try again or discard.
    expect(fourEyes()).not.toBeChecked();
    expect(button('Content', 'Save')).toBeEnabled();
    expect(api.patches()).toEqual([{ fourEyesApproval: false }]);
  });
});

describe('settings: leaving with unsaved changes', () => {
  it('asks first, naming the sections; stays, or leaves the changes unsaved', async () => {
    const api = settingsApi({ shareRequiresStage: 1, clickRetentionMonths: 13 });
    const { user, router } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Training' });
    await chooseShareStage(user, 'Stage 2: Social media at work');
    await typeRetention(user, '6');

    act(() => void router.navigate('/people'));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('Training and Analytics');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/settings');
    expect(shareStage()).toHaveValue('Stage 2: Social media at work');
    expect(retention()).toHaveValue('6');

    act(() => void router.navigate('/people'));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole(
        'button',
        { name: 'Leave without saving' },
      ),
    );

    await waitFor(() => expect(router.state.location.pathname).toBe('/people'));
    expect(api.patches()).toEqual([]);
  });

  it('names the sections in the language of the portal', async () => {
    settingsApi({ fourEyesApproval: true, clickRetentionMonths: 13 });
    const { user, router } = renderPage(SettingsPage, {
      path: '/settings',
      user: admin,
      language: 'nl',
    });
    await user.click(
      await screen.findByRole('switch', { name: 'Vierogenprincipe bij goedkeuren' }),
    );
    await typeInto(
      user,
      screen.getByRole('textbox', { name: 'Klikgebeurtenissen bewaren (maanden)' }),
      '6',
    );

    act(() => void router.navigate('/people'));

    const dialog = await screen.findByRole('dialog', { name: 'Weggaan zonder op te slaan?' });
    expect(dialog).toHaveTextContent('Content en Analyse');
    expect(within(dialog).getByRole('button', { name: 'Verder bewerken' })).toBeInTheDocument();
  });

  it('leaves without asking once everything is saved or discarded', async () => {
    settingsApi({ fourEyesApproval: true, clickRetentionMonths: 13 });
    const { user, router } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await user.click(await screen.findByRole('switch', { name: 'Four-eyes approval' }));
    await user.click(button('Content', 'Save'));
    await within(section('Content')).findByText('Changes saved');
    await typeRetention(user, '6');
    await user.click(button('Analytics', 'Discard changes'));

    act(() => void router.navigate('/people'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/people'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks the browser to confirm closing the tab only while there are unsaved changes', async () => {
    settingsApi({ fourEyesApproval: true });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    await screen.findByRole('form', { name: 'Content' });
    expect(closing()).toBe(false);

    await user.click(fourEyes());
    expect(closing()).toBe(true);

    await user.click(button('Content', 'Discard changes'));
    expect(closing()).toBe(false);
  });
});

describe('settings: the controls', () => {
  it('offers every training stage, or none', async () => {
    settingsApi({ shareRequiresStage: 1, editRequiresStage: 2 });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });

    const edit = await screen.findByRole('combobox', {
      name: 'Training stage needed to edit suggested text',
    });
    expect(edit).toHaveValue('Stage 2: Social media at work');
    await user.click(edit);
    const options = await screen.findByRole('listbox');
    expect(
      within(options)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No training needed',
      'Stage 1: Foundations',
      'Stage 2: Social media at work',
      'Stage 3: Ambassador',
    ]);
    await user.click(within(options).getByRole('option', { name: 'No training needed' }));
    expect(edit).toHaveValue('No training needed');
    expect(shareStage()).toHaveValue('Stage 1: Foundations');
  });

  it('always keeps one network offered', async () => {
    const api = settingsApi({ enabledNetworks: ['x', 'linkedin'] });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('group', { name: 'Networks offered to employees' });
    expect(network('Facebook')).not.toBeChecked();

    await user.click(network('X'));

    // The last network offered cannot be turned off.
    expect(network('LinkedIn')).toBeChecked();
    expect(network('LinkedIn')).toBeDisabled();
    expect(network('Facebook')).toBeEnabled();

    await user.click(network('E-mail'));
    expect(network('LinkedIn')).toBeEnabled();
    await user.click(button('Sharing', 'Save'));

    await waitFor(() =>
      expect(api.patches()).toEqual([{ enabledNetworks: ['linkedin', 'email'] }]),
    );
  });

  it('offers Threads and Mastodon among the networks, in the usual order', async () => {
    settingsApi({ enabledNetworks: ['linkedin'] });
    renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('group', { name: 'Networks offered to employees' });

    expect(
      within(networks())
        .getAllByRole('checkbox')
        .map((checkbox) => checkbox.getAttribute('value')),
    ).toEqual([
      'linkedin',
      'x',
      'facebook',
      'xing',
      'reddit',
      'bluesky',
      'threads',
      'mastodon',
      'whatsapp',
      'telegram',
      'email',
    ]);
    expect(network('Threads')).not.toBeChecked();
    expect(network('Mastodon')).not.toBeChecked();
  });

  it('chooses how LinkedIn opens: its composer with the text, or its documented share page', async () => {
    const api = settingsApi({ linkedinComposer: true });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    const composer = await screen.findByRole('switch', {
      name: 'Open LinkedIn with the text filled in',
    });
    expect(composer).toBeChecked();
    expect(composer).toHaveAccessibleDescription(
      "Uses LinkedIn's post box, which is not part of its documented share page and could stop working; when off, the text is copied for employees to paste.",
    );

    await user.click(composer);
    await user.click(button('Sharing', 'Save'));

    expect(await within(section('Sharing')).findByRole('status')).toHaveTextContent(
      'Changes saved',
    );
    expect(api.patches()).toEqual([{ linkedinComposer: false }]);
    expect(composer).not.toBeChecked();
  });

  it('finds a time zone by typing part of its name', async () => {
    const api = settingsApi({ timeZone: 'UTC' });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    await screen.findByRole('form', { name: 'Analytics' });
    expect(timeZone()).toHaveValue('UTC');

    await chooseTimeZone(user, 'Europe/Amsterdam');
    await user.click(screen.getByRole('radio', { name: 'Initials only' }));
    await user.click(button('Analytics', 'Save'));

    await waitFor(() =>
      expect(api.patches()).toEqual([{ timeZone: 'Europe/Amsterdam', advocateNames: 'initials' }]),
    );
  });

  it('values earned media in the currency chosen, a network left empty not being valued', async () => {
    const api = settingsApi({ costPerClick: { x: 0.5 }, currency: 'EUR' });
    const { user } = renderPage(SettingsPage, { path: '/settings', user: admin });
    const currency = await screen.findByRole('combobox', { name: 'Currency' });
    expect(currency).toHaveValue('EUR – Euro');
    expect(cost('X')).toHaveValue('0.5');

    await user.clear(currency);
    await user.type(currency, 'USD');
    await user.click(await screen.findByRole('option', { name: 'USD – US Dollar' }));
    await user.clear(cost('X'));
    await user.click(button('Earned media value', 'Save'));

    await waitFor(() => expect(button('Earned media value', 'Save')).toBeDisabled());
    expect(api.patches()).toEqual([{ currency: 'USD', costPerClick: {} }]);
    expect(screen.getByRole('group', { name: 'Cost per click (USD)' })).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['curator'] })),
    });
    renderApp('/settings');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/settings')).toHaveLength(0);
  });
});
