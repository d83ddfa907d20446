import { ADVOCATE_NAME_STYLES, CLICK_RETENTION_MONTHS } from '@chorus/core';
import { Group, NumberInput, Radio, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FormMessage } from '../../lib/forms';
import { knownTimeZones, timeZonesWith } from '../../lib/time-zones';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

const analyticsSchema = z.object({
  timeZone: z.string(),
  /** A whole number of months within the API's limits; '' while the field is empty. */
  clickRetentionMonths: z
    .union([z.number(), z.string()])
    .refine(
      (months) =>
        typeof months === 'number' &&
        Number.isInteger(months) &&
        months >= CLICK_RETENTION_MONTHS.min &&
        months <= CLICK_RETENTION_MONTHS.max,
      {
        error: 'settings.analytics.retention.invalid' satisfies FormMessage,
        params: CLICK_RETENTION_MONTHS,
      },
    )
    .transform(Number),
  advocateNames: z.enum(ADVOCATE_NAME_STYLES),
});

/** How analytics counts and shows: its time zone, how long clicks are kept, names. */
export function AnalyticsSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    name: t('settings.analytics.title'),
    settings,
    valuesOf: ({ timeZone, clickRetentionMonths, advocateNames }) => ({
      timeZone,
      clickRetentionMonths: clickRetentionMonths as number | string,
      advocateNames,
    }),
    schema: analyticsSchema,
  });
  const { timeZone } = form.values;
  const known = useMemo(() => knownTimeZones(), []);
  const timeZones = timeZonesWith(known, timeZone);

  return (
    <SettingsSection
      title={t('settings.analytics.title')}
      intro={t('settings.analytics.intro')}
      form={form}
    >
      <Select
        label={t('settings.analytics.timeZone.label')}
        description={t('settings.analytics.timeZone.description')}
        data={timeZones}
        value={timeZone}
        onChange={(zone) => zone && form.setField('timeZone', zone)}
        error={form.errors.timeZone}
        searchable
        allowDeselect={false}
        maw={360}
      />
      <NumberInput
        label={t('settings.analytics.retention.label')}
        description={t('settings.analytics.retention.description')}
        value={form.values.clickRetentionMonths}
        onChange={(months) => form.setField('clickRetentionMonths', months)}
        min={CLICK_RETENTION_MONTHS.min}
        max={CLICK_RETENTION_MONTHS.max}
        allowDecimal={false}
        allowNegative={false}
        error={form.errors.clickRetentionMonths}
        maw={360}
      />
      <Radio.Group
        label={t('settings.analytics.names.label')}
        description={t('settings.analytics.names.description')}
        value={form.values.advocateNames}
        onChange={(picked) => {
          const style = analyticsSchema.shape.advocateNames.safeParse(picked);
          if (style.success) form.setField('advocateNames', style.data);
        }}
        error={form.errors.advocateNames}
      >
        <Group mt="xs">
          {ADVOCATE_NAME_STYLES.map((style) => (
            <Radio key={style} value={style} label={t(`settings.analytics.names.${style}`)} />
          ))}
        </Group>
      </Radio.Group>
    </SettingsSection>
  );
}
