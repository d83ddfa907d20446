import { screen, waitFor, within } from '@testing-library/react';
import { makeSettings, makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import type { Settings } from './api/settings-queries';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { NotificationSettings } from './NotificationSettings';
import { SettingsPage as WholeSettingsPage } from './SettingsPage';
import { useSettings } from './use-settings';

/** The settings page with this section alone (the others have their own tests). */
function NotificationsSection() {
  const settings = useSettings();
  return settings.data ? (
    <UnsavedChangesGuard>
      <NotificationSettings settings={settings.data} />
    </UnsavedChangesGuard>
  ) : null;
}

const admin = makeUser({ name: 'Grace Hopper', roles: ['admin'] });

/** A fake of the settings API that keeps what it is sent. */
function settingsApi(initial: Partial<Settings>) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let settings: Settings = makeSettings(initial);
  const api = mockApi({
    'GET /api/settings': () => ok(settings),
    'PATCH /api/settings': ({ body }) => {
      settings = { ...settings, ...body };
      return ok(settings);
    },
  });
  return { ...api, patches: () => api.requestsTo('PATCH', '/api/settings').map((r) => r.body) };
}

beforeEach(() => {
  const original = Intl.supportedValuesOf.bind(Intl);
  const known: Record<string, string[]> = { timeZone: ['Europe/Amsterdam'], currency: ['EUR'] };
  vi.spyOn(Intl, 'supportedValuesOf').mockImplementation((key) => known[key] ?? original(key));
});

const section = () => screen.findByRole('form', { name: 'Notifications' });
const kind = (name: string) => screen.getByRole('combobox', { name });
const offForEveryone = (kindName: string) =>
  screen.getByRole('checkbox', { name: `Turn off “${kindName}” for everyone` });

describe('settings: notifications', () => {
  it('saves the default channels and the kinds turned off for everyone', async () => {
    const api = settingsApi({ notificationsOff: [] });
    const { user } = renderPage(NotificationsSection, { path: '/settings', user: admin });
    const form = await section();
    expect(within(form).getByText('Every kind of notification is on.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Choose per kind' }));
    expect(kind('New posts to share')).toHaveDisplayValue('In Chorus');

    await user.selectOptions(kind('Policy to sign'), 'In Chorus');
    await user.click(offForEveryone('Sharing reminders'));
    expect(kind('Sharing reminders')).toBeDisabled();
    expect(
      within(form).getByText('Turned off for everyone: Sharing reminders.'),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.patches()).toEqual([
        {
          notificationDefaults: expect.objectContaining({
            'policy.sign': 'app',
            'content.new': 'app',
            'reminder.share': 'email',
          }),
          notificationsOff: ['reminder.share'],
        },
      ]),
    );
    expect(await within(form).findByText('Changes saved')).toBeInTheDocument();
  });

  it('sets after how many days without sharing an employee is reminded', async () => {
    const api = settingsApi({ reminderInactiveDays: 14 });
    const { user } = renderPage(NotificationsSection, { path: '/settings', user: admin });
    const form = await section();
    const days = within(form).getByRole('textbox', { name: 'Sharing reminder after (days)' });

    await user.clear(days);
    await user.type(days, '21');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.patches()).toEqual([{ reminderInactiveDays: 21 }]));
  });

  it('keeps the reminder within the days the API allows', async () => {
    const api = settingsApi({ reminderInactiveDays: 14 });
    const { user } = renderPage(NotificationsSection, { path: '/settings', user: admin });
    const form = await section();
    const days = within(form).getByRole('textbox', { name: 'Sharing reminder after (days)' });

    await user.clear(days);
    await user.type(days, '2');

    expect(days).toHaveAccessibleDescription(expect.stringContaining('days from 3 to 90'));
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(api.patches()).toEqual([]);
  });

  it('is a section of the settings page', async () => {
    settingsApi({});
    renderPage(WholeSettingsPage, { path: '/settings', user: admin });

    expect(await section()).toBeInTheDocument();
  });
});
