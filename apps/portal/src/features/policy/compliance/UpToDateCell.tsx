import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { share } from './compliance-figures';

interface UpToDateCellProps {
  /** How many are up to date, of how many. */
  count: number;
  of: number;
  /** With a bar that fills with the share, named so. */
  barLabel?: string;
}

/** "12 of 15 · 80%", and optionally a bar; the share of nobody is "–". */
export function UpToDateCell({ count, of, barLabel }: UpToDateCellProps) {
  const { t, i18n } = useTranslation();
  const fraction = share(count, of);
  const percent = new Intl.NumberFormat(currentLanguage(i18n), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return (
    <Stack gap={4} miw={140}>
      <Text size="sm">
        {t('compliance.countOf', {
          part: count,
          whole: of,
          percent: fraction === null ? '–' : percent.format(fraction),
        })}
      </Text>
      {barLabel !== undefined && (
        <Progress
          value={Math.round((fraction ?? 0) * 100)}
          color={fraction !== null && fraction >= 1 ? 'green' : 'blue'}
          size="sm"
          aria-label={barLabel}
        />
      )}
    </Stack>
  );
}
