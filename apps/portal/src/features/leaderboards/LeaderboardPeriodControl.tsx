import { LEADERBOARD_PERIODS, type LeaderboardPeriod } from '@chorus/core';
import { useTranslation } from 'react-i18next';
import { ChoiceControl } from '../../components/ChoiceControl';

/**
 * The periods leaderboards rank, as a choice that changes what the page below shows (not tabs,
 * which would need panels of their own).
 */
export function LeaderboardPeriodControl({
  value,
  onChange,
}: {
  value: LeaderboardPeriod;
  onChange: (period: LeaderboardPeriod) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceControl
      choices={LEADERBOARD_PERIODS}
      value={value}
      onChange={onChange}
      label={t('leaderboards.period.label')}
      labelOf={(period) => t(`leaderboards.period.${period}`)}
      style={{ alignSelf: 'flex-start' }}
    />
  );
}
