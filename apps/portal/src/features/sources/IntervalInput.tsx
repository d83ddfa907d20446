import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './feed-schema';

interface IntervalInputProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'error'> {
  value: string | number;
  onChange: (value: string | number) => void;
  invalid: boolean;
}

/** How often a feed is read, in whole minutes from 5 to 1440. */
export function IntervalInput({ value, onChange, invalid, ...props }: IntervalInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('sources.form.interval')}
      min={MIN_INTERVAL_MINUTES}
      max={MAX_INTERVAL_MINUTES}
      allowNegative={false}
      allowDecimal={false}
      thousandSeparator={false}
      value={value}
      onChange={onChange}
      error={
        invalid
          ? t('sources.form.intervalInvalid', {
              min: MIN_INTERVAL_MINUTES,
              max: MAX_INTERVAL_MINUTES,
            })
          : undefined
      }
      {...props}
    />
  );
}
