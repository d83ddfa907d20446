import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeUser } from '../../test/factories';
import { type Answer, apiError, mockApi, ok } from '../../test/mock-api';
import { makePreferences } from '../../test/notification-factories';
import { renderPage } from '../../test/render-page';
import type { NotificationPreferences } from './api/notification-queries';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';

const employee = makeUser({ roles: ['employee'] });
/**
 * The page lists every notification kind, and these tests pick from the long time zone list:
 * on a machine shared with other work they take longer than the suite's usual limit.
 */
const SLOW_FORM_MS = 30_000;

/** A fake of the preferences API that keeps what it is sent, or refuses it with `refusal`. */
function preferencesApi(
  initial: NotificationPreferences,
  refusal?: () => Answer<'PUT /api/me/notification-preferences'>,
) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  let preferences = initial;
  const api = mockApi({
    'GET /api/me/notification-preferences': () => ok(preferences),
    'PUT /api/me/notification-preferences': ({ body }) => {
      if (refusal) return refusal();
      preferences = { ...preferences, ...body };
      return ok(preferences);
    },
  });
  return {
    ...api,
    saved: () => api.requestsTo('PUT', '/api/me/notification-preferences').map((r) => r.body),
  };
}

// The page offers every time zone the browser knows: hundreds of options, which make a slow
// page in a test DOM. This browser knows a few.
beforeEach(() => {
  const original = Intl.supportedValuesOf.bind(Intl);
  const known: Record<string, string[]> = {
    timeZone: ['America/New_York', 'Asia/Tokyo', 'Europe/Copenhagen'],
  };
  vi.spyOn(Intl, 'supportedValuesOf').mockImplementation((key) => known[key] ?? original(key));
});

const kind = (name: string) => screen.getByRole('radiogroup', { name });
const channel = (kindName: string, channelName: string) =>
  within(kind(kindName)).getByRole('radio', { name: channelName });
const timeZone = () => screen.getByRole('combobox', { name: 'Time zone' });
const save = () => screen.getByRole('button', { name: 'Save preferences' });

async function choose(user: UserEvent, field: HTMLElement, option: string) {
  await user.click(field);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('notification preferences', () => {
  it('offers each kind of my audience, with what it is about; kinds turned off are disabled', async () => {
    preferencesApi(makePreferences(['employee'], { off: ['reminder.share'] }));
    renderPage(NotificationPreferencesPage, { path: '/profile/notifications', user: employee });

    expect(
      await screen.findByRole('radiogroup', { name: 'New posts to share' }),
    ).toHaveAccessibleDescription(
      'Approved posts for you, gathered into one notification an hour at most.',
    );
    // An employee does not review content.
    expect(screen.queryByRole('radiogroup', { name: 'Items to review' })).not.toBeInTheDocument();
    expect(kind('Sharing reminders')).toHaveAccessibleDescription(
      'Your administrator has turned this off for everyone.',
    );
    expect(channel('Sharing reminders', 'Off')).toBeChecked();
    expect(channel('Sharing reminders', 'In Chorus')).toBeDisabled();
    expect(channel('New posts to share', 'In Chorus')).toBeChecked();
  });

  it(
    'saves my choices together',
    async () => {
      const api = preferencesApi(makePreferences(['employee']));
      const { user } = renderPage(NotificationPreferencesPage, {
        path: '/profile/notifications',
        user: employee,
      });
      await screen.findByRole('radiogroup', { name: 'New posts to share' });

      await user.click(channel('New posts to share', 'In Chorus and by e-mail'));
      await user.click(screen.getByRole('radio', { name: 'Daily' }));
      await choose(user, screen.getByRole('combobox', { name: 'Time' }), '7:00 AM');
      await user.click(screen.getByRole('switch', { name: 'Use quiet hours' }));
      await choose(user, timeZone(), 'Europe/Copenhagen');
      await user.click(save());

      expect(await screen.findByText('Your preferences are saved')).toBeInTheDocument();
      expect(api.saved()).toEqual([
        {
          channels: expect.objectContaining({ 'content.new': 'email', 'policy.sign': 'email' }),
          digest: { frequency: 'daily', weekday: 1, hour: 7 },
          quietHours: { start: 22, end: 7 },
          timeZone: 'Europe/Copenhagen',
        },
      ]);
    },
    SLOW_FORM_MS,
  );

  it(
    'does not let quiet hours start and end at the same hour',
    async () => {
      const api = preferencesApi(makePreferences(['employee']));
      const { user } = renderPage(NotificationPreferencesPage, {
        path: '/profile/notifications',
        user: employee,
      });
      await screen.findByRole('radiogroup', { name: 'New posts to share' });
      await user.click(screen.getByRole('switch', { name: 'Use quiet hours' }));
      await choose(user, screen.getByRole('combobox', { name: 'Until' }), '10:00 PM');

      await user.click(save());

      expect(screen.getByRole('combobox', { name: 'Until' })).toHaveAccessibleDescription(
        'Quiet hours must start and end at different times.',
      );
      expect(api.saved()).toEqual([]);
    },
    SLOW_FORM_MS,
  );

  it('shows what the server refused on its field', async () => {
    preferencesApi(makePreferences(['employee'], { timeZone: 'Asia/Tokyo' }), () =>
      apiError(422, 'The server words it; the portal says it by key.', {
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
    const { user } = renderPage(NotificationPreferencesPage, {
      path: '/profile/notifications',
      user: employee,
    });
    await screen.findByRole('radiogroup', { name: 'New posts to share' });

    await user.click(save());

    await waitFor(() => expect(timeZone()).toBeInvalid());
    expect(timeZone()).toHaveAccessibleDescription(expect.stringContaining('Asia/Tokyo'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('links back to the notifications', async () => {
    preferencesApi(makePreferences(['employee']));
    renderPage(NotificationPreferencesPage, { path: '/profile/notifications', user: employee });

    expect(await screen.findByRole('link', { name: 'Back to notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );
  });
});
