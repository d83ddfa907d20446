import { ACTIVITY_PERIODS, type ActivityPeriod } from '@chorus/core';
import { useTranslation } from 'react-i18next';
import { ChoiceControl } from '../../components/ChoiceControl';

/** The periods My activity offers, in order. */
export function ActivityPeriodControl({
  value,
  onChange,
}: {
  value: ActivityPeriod;
  onChange: (period: ActivityPeriod) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceControl
      choices={ACTIVITY_PERIODS}
      value={value}
      onChange={onChange}
      label={t('activity.period.label')}
      labelOf={(period) => t(`activity.period.${period}`)}
    />
  );
}
