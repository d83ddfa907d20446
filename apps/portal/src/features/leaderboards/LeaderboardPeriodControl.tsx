import { LEADERBOARD_PERIODS, type LeaderboardPeriod } from '@chorus/core';
import { NativeSelect, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhoneLayout } from '../../components/use-phone-layout';

interface LeaderboardPeriodControlProps {
  value: LeaderboardPeriod;
  onChange: (period: LeaderboardPeriod) => void;
}

/**
 * The periods leaderboards rank, as a choice that changes what the page below shows (not tabs,
 * which would need panels of their own): side by side on a wide screen, the phone's own picker
 * on a phone.
 */
export function LeaderboardPeriodControl({ value, onChange }: LeaderboardPeriodControlProps) {
  const { t } = useTranslation();
  const data = LEADERBOARD_PERIODS.map((period) => ({
    value: period,
    label: t(`leaderboards.period.${period}`),
  }));
  const choose = (chosen: string) => {
    const period = LEADERBOARD_PERIODS.find((candidate) => candidate === chosen);
    if (period) onChange(period);
  };
  return usePhoneLayout() ? (
    <NativeSelect
      label={t('leaderboards.period.label')}
      value={value}
      onChange={(event) => choose(event.currentTarget.value)}
      data={data}
    />
  ) : (
    <SegmentedControl
      aria-label={t('leaderboards.period.label')}
      value={value}
      onChange={choose}
      data={data}
      style={{ alignSelf: 'flex-start' }}
    />
  );
}
