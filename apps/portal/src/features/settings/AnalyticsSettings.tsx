import { ADVOCATE_NAME_STYLES, type AdvocateNameStyle } from '@chorus/core';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { EarnedMediaSettings } from './EarnedMediaSettings';
import type { Settings } from './use-settings';
import { useUpdateSettings, type UpdateSettingsBody } from './use-update-settings';

/** Every time zone this browser knows, UTC first. */
const TIME_ZONES = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];

/** How long raw click events may be kept, in months (as the API takes it). */
const RETENTION_MONTHS = { min: 1, max: 120 } as const;

const isNameStyle = (value: unknown): value is AdvocateNameStyle =>
  (ADVOCATE_NAME_STYLES as readonly unknown[]).includes(value);

/** How analytics counts and shows: its time zone, how long clicks are kept, names, value. */
export function AnalyticsSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [retention, setRetention] = useState<number | string>(settings.clickRetentionMonths);
  const timeZones = TIME_ZONES.includes(settings.timeZone)
    ? TIME_ZONES
    : [settings.timeZone, ...TIME_ZONES];
  const retentionValid =
    typeof retention === 'number' &&
    Number.isInteger(retention) &&
    retention >= RETENTION_MONTHS.min &&
    retention <= RETENTION_MONTHS.max;

  const save = (body: UpdateSettingsBody, message: (saved: Settings) => string) =>
    update.mutate(body, {
      onSuccess: (saved) => notifications.show({ color: 'green', message: message(saved) }),
    });

  // While saving, a control shows what was asked for.
  const asked = update.isPending ? update.variables : {};

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('settings.analytics.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.analytics.intro')}
      </Text>
      {update.isError && (
        <Alert color="red" title={t('settings.saveFailed')}>
          {describeError(update.error, t)}
        </Alert>
      )}
      <Select
        label={t('settings.analytics.timeZone.label')}
        description={t('settings.analytics.timeZone.description')}
        data={timeZones}
        value={asked.timeZone ?? settings.timeZone}
        onChange={(timeZone) => {
          if (timeZone && timeZone !== settings.timeZone) {
            save({ timeZone }, (saved) =>
              t('settings.analytics.timeZone.saved', { timeZone: saved.timeZone }),
            );
          }
        }}
        searchable
        allowDeselect={false}
        disabled={update.isPending}
        maw={360}
      />
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('settings.analytics.retention.label')}
          description={t('settings.analytics.retention.description')}
          value={retention}
          onChange={setRetention}
          min={RETENTION_MONTHS.min}
          max={RETENTION_MONTHS.max}
          allowDecimal={false}
          allowNegative={false}
          error={retentionValid ? undefined : t('settings.analytics.retention.invalid')}
          maw={360}
        />
        <Button
          variant="light"
          disabled={!retentionValid || retention === settings.clickRetentionMonths}
          loading={update.isPending && asked.clickRetentionMonths !== undefined}
          onClick={() =>
            retentionValid &&
            save({ clickRetentionMonths: retention }, (saved) =>
              t('settings.analytics.retention.saved', { count: saved.clickRetentionMonths }),
            )
          }
        >
          {t('settings.analytics.retention.save')}
        </Button>
      </Group>
      <Radio.Group
        label={t('settings.analytics.names.label')}
        description={t('settings.analytics.names.description')}
        value={asked.advocateNames ?? settings.advocateNames}
        onChange={(value) => {
          if (isNameStyle(value) && value !== settings.advocateNames) {
            save({ advocateNames: value }, (saved) =>
              t(`settings.analytics.names.saved.${saved.advocateNames}`),
            );
          }
        }}
      >
        <Group mt="xs">
          {ADVOCATE_NAME_STYLES.map((style) => (
            <Radio
              key={style}
              value={style}
              label={t(`settings.analytics.names.${style}`)}
              disabled={update.isPending}
            />
          ))}
        </Group>
      </Radio.Group>
      <EarnedMediaSettings settings={settings} />
    </Stack>
  );
}
