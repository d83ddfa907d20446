import { DIGEST_FREQUENCIES } from '@chorus/core';
import { Button, Group, Paper, Radio, Select, Stack, Switch, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { NotificationChannelChoice } from './NotificationChannelChoice';
import { currentLanguage } from '../../i18n';
import { useSchemaForm } from '../../lib/forms';
import { knownTimeZones, timeZonesWith } from '../../lib/time-zones';
import type { NotificationPreferences } from './api/notification-queries';
import {
  HOURS,
  ORGANISATION_ZONE,
  WEEKDAYS,
  fieldOfError,
  kindsOf,
  preferencesSchema,
  preferencesValues,
} from './preferences-form';
import { useUpdateNotificationPreferences } from './use-notification-preferences';

/** Monday 1 January 2024: the weekdays' names are read from the week it starts. */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The weekdays and the hours of the day, named in the reader's language. */
function useCalendarNames() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(language, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    return {
      weekdays: WEEKDAYS.map((day) => ({
        value: String(day),
        label: weekday.format(A_MONDAY + (day - 1) * DAY_MS),
      })),
      hours: HOURS.map((hour) => ({
        value: String(hour),
        label: time.format(Date.UTC(2024, 0, 1, hour)),
      })),
    };
  }, [language]);
}

/** My preferences as a form, saved together. */
export function PreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const save = useUpdateNotificationPreferences();
  const form = useSchemaForm(preferencesSchema, preferencesValues(preferences), { fieldOfError });
  const { values, setFieldValue } = form;
  const { weekdays, hours } = useCalendarNames();
  const known = useMemo(() => knownTimeZones(), []);
  const zones = [
    { value: ORGANISATION_ZONE, label: t('notifications.preferences.timeZone.organisation') },
    ...timeZonesWith(known, values.timeZone === ORGANISATION_ZONE ? null : values.timeZone).map(
      (zone) => ({
        value: zone,
        label: zone,
      }),
    ),
  ];

  const handleSubmit = form.onSubmit((body) =>
    save.mutateAsync(body).then((saved) => {
      form.setValues(preferencesValues(saved));
      form.resetDirty(preferencesValues(saved));
      notifications.show({ color: 'green', message: t('notifications.preferences.saved') });
    }),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormErrorAlert form={form} title={t('notifications.preferences.saveFailed')} />
        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('notifications.preferences.kinds.title')}
            </Title>
            {kindsOf(values.channels, preferences.off).map(({ kind, channel, turnedOff }) => (
              <NotificationChannelChoice
                key={kind}
                kind={kind}
                value={channel}
                // A kind's name has a dot: the form would read it as a path.
                onChange={(next) => setFieldValue('channels', { ...values.channels, [kind]: next })}
                disabled={turnedOff}
                description={turnedOff ? t('notifications.preferences.kinds.turnedOff') : undefined}
              />
            ))}
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('notifications.preferences.digest.title')}
            </Title>
            <Radio.Group
              label={t('notifications.preferences.digest.frequency')}
              description={t('notifications.preferences.digest.description')}
              {...form.getInputProps('digestFrequency')}
            >
              <Group gap="md" mt={6}>
                {DIGEST_FREQUENCIES.map((frequency) => (
                  <Radio
                    key={frequency}
                    value={frequency}
                    label={t(`notifications.preferences.digest.frequencies.${frequency}`)}
                  />
                ))}
              </Group>
            </Radio.Group>
            <Group grow align="flex-start">
              <Select
                label={t('notifications.preferences.digest.weekday')}
                data={weekdays}
                allowDeselect={false}
                disabled={values.digestFrequency !== 'weekly'}
                {...form.getInputProps('digestWeekday')}
              />
              <Select
                label={t('notifications.preferences.digest.hour')}
                data={hours}
                allowDeselect={false}
                disabled={values.digestFrequency === 'never'}
                {...form.getInputProps('digestHour')}
              />
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack>
            <Title order={2} size="h4">
              {t('notifications.preferences.quietHours.title')}
            </Title>
            <Switch
              label={t('notifications.preferences.quietHours.enabled')}
              // The label wraps the description too; the name is the label alone.
              aria-label={t('notifications.preferences.quietHours.enabled')}
              description={t('notifications.preferences.quietHours.description')}
              {...form.getInputProps('quiet', { type: 'checkbox' })}
            />
            {values.quiet && (
              <Group grow align="flex-start">
                <Select
                  label={t('notifications.preferences.quietHours.from')}
                  data={hours}
                  allowDeselect={false}
                  {...form.getInputProps('quietStart')}
                />
                <Select
                  label={t('notifications.preferences.quietHours.to')}
                  data={hours}
                  allowDeselect={false}
                  {...form.getInputProps('quietEnd')}
                />
              </Group>
            )}
            <Select
              label={t('notifications.preferences.timeZone.label')}
              description={t('notifications.preferences.timeZone.description')}
              data={zones}
              searchable
              allowDeselect={false}
              maw={360}
              {...form.getInputProps('timeZone')}
            />
          </Stack>
        </Paper>

        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('notifications.preferences.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
