import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_RULES,
  REMINDER_INACTIVE_DAYS,
  type NotificationKind,
} from '@chorus/core';
import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currentLanguage } from '../../i18n';
import type { FormMessage } from '../../lib/forms';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

const notificationSchema = z.object({
  notificationDefaults: z.record(z.string(), z.enum(NOTIFICATION_CHANNELS)),
  notificationsOff: z.array(z.enum(NOTIFICATION_KINDS)),
  /** A whole number of days within the API's limits; '' while the field is empty. */
  reminderInactiveDays: z
    .union([z.number(), z.string()])
    .refine(
      (days) =>
        typeof days === 'number' &&
        Number.isInteger(days) &&
        days >= REMINDER_INACTIVE_DAYS.min &&
        days <= REMINDER_INACTIVE_DAYS.max,
      {
        error: 'settings.notifications.reminderDays.invalid' satisfies FormMessage,
        params: REMINDER_INACTIVE_DAYS,
      },
    )
    .transform(Number),
});

/**
 * How Chorus tells people things, for everyone: each kind's channel until a person chooses
 * their own, the kinds turned off for everyone, and after how many days without sharing an
 * employee is reminded.
 */
export function NotificationSettings({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const [kindsShown, { toggle: toggleKinds }] = useDisclosure(false);
  const kindsId = useId();
  const form = useSettingsForm({
    name: t('settings.notifications.title'),
    settings,
    valuesOf: (current) => ({
      notificationDefaults: current.notificationDefaults,
      notificationsOff: current.notificationsOff,
      reminderInactiveDays: current.reminderInactiveDays as number | string,
    }),
    schema: notificationSchema,
  });
  const { notificationDefaults, notificationsOff, reminderInactiveDays } = form.values;
  const kindLabel = (kind: NotificationKind) => t(`notificationKinds.${kind}.label`);
  const list = new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' });
  const isOff = (kind: NotificationKind) => notificationsOff.includes(kind);
  const channels = NOTIFICATION_CHANNELS.map((channel) => ({
    value: channel,
    label: t(`notificationChannels.${channel}`),
  }));
  const choose = (kind: NotificationKind, value: string) => {
    const channel = NOTIFICATION_CHANNELS.find((known) => known === value);
    if (channel)
      form.setField('notificationDefaults', { ...notificationDefaults, [kind]: channel });
  };
  const turnOff = (kind: NotificationKind, off: boolean) =>
    form.setField(
      'notificationsOff',
      off ? [...notificationsOff, kind] : notificationsOff.filter((other) => other !== kind),
    );

  return (
    <SettingsSection
      title={t('settings.notifications.title')}
      intro={t('settings.notifications.intro')}
      form={form}
    >
      {[form.errors.notificationDefaults, form.errors.notificationsOff].map(
        (error, index) =>
          error && (
            <Text key={index} c="red.8" size="sm">
              {error}
            </Text>
          ),
      )}
      <NumberInput
        label={t('settings.notifications.reminderDays.label')}
        description={t('settings.notifications.reminderDays.description')}
        value={reminderInactiveDays}
        onChange={(days) => form.setField('reminderInactiveDays', days)}
        min={REMINDER_INACTIVE_DAYS.min}
        max={REMINDER_INACTIVE_DAYS.max}
        allowDecimal={false}
        allowNegative={false}
        error={form.errors.reminderInactiveDays}
        maw={360}
      />
      <Text size="sm">
        {notificationsOff.length === 0
          ? t('settings.notifications.noneOff')
          : t('settings.notifications.offSummary', {
              kinds: list.format(notificationsOff.map(kindLabel)),
            })}
      </Text>
      <Button
        variant="light"
        onClick={toggleKinds}
        aria-expanded={kindsShown}
        aria-controls={kindsId}
        style={{ alignSelf: 'flex-start' }}
      >
        {kindsShown ? t('settings.notifications.hideKinds') : t('settings.notifications.showKinds')}
      </Button>
      {/* Fifteen kinds, each with two controls: shown when asked for. */}
      {kindsShown && (
        <Stack id={kindsId} gap="md">
          {NOTIFICATION_KINDS.map((kind) => (
            <Group key={kind} align="flex-end" gap="md" wrap="wrap">
              <NativeSelect
                label={kindLabel(kind)}
                description={t(`notificationKinds.${kind}.description`)}
                data={channels}
                value={notificationDefaults[kind] ?? NOTIFICATION_KIND_RULES[kind].defaultChannel}
                onChange={(event) => choose(kind, event.currentTarget.value)}
                disabled={isOff(kind)}
                w={{ base: '100%', xs: 420 }}
              />
              <Checkbox
                label={t('settings.notifications.turnOff', {
                  kind: kindLabel(kind),
                })}
                checked={isOff(kind)}
                onChange={(event) => turnOff(kind, event.currentTarget.checked)}
                mb={8}
              />
            </Group>
          ))}
        </Stack>
      )}
    </SettingsSection>
  );
}
