import { ACTIVITY_PERIODS, type ActivityPeriod } from '@chorus/core';
import { NativeSelect, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhoneLayout } from '../../components/use-phone-layout';

interface ActivityPeriodControlProps {
  value: ActivityPeriod;
  onChange: (period: ActivityPeriod) => void;
}

/**
 * The periods My activity offers, in order: side by side on a wide screen, and on a phone the
 * phone's own picker, which no translation of the four names can overflow.
 */
export function ActivityPeriodControl({ value, onChange }: ActivityPeriodControlProps) {
  const { t } = useTranslation();
  const data = ACTIVITY_PERIODS.map((period) => ({
    value: period,
    label: t(`activity.period.${period}`),
  }));
  const choose = (chosen: string) => {
    const period = ACTIVITY_PERIODS.find((candidate) => candidate === chosen);
    if (period) onChange(period);
  };
  return usePhoneLayout() ? (
    <NativeSelect
      label={t('activity.period.label')}
      value={value}
      onChange={(event) => choose(event.currentTarget.value)}
      data={data}
    />
  ) : (
    <SegmentedControl
      aria-label={t('activity.period.label')}
      value={value}
      onChange={choose}
      data={data}
    />
  );
}
