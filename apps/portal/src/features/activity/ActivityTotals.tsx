import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { ShareTotals } from './use-my-shares';

/** The figures, in the order DESIGN.md "Counting honestly" defines them. */
const FIGURES = ['shares', 'verified', 'clicks', 'uniqueVisitors', 'declaredReach'] as const;
type Figure = (typeof FIGURES)[number];

/** My totals over all my shares, each with its definition in a sentence. */
export function ActivityTotals({ totals }: { totals: ShareTotals }) {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(currentLanguage(i18n));
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 1, '440px': 2, '720px': 3, '1100px': 5 }}
      spacing="sm"
    >
      {FIGURES.map((figure) => (
        <FigureCard key={figure} figure={figure} value={format.format(totals[figure])} />
      ))}
    </SimpleGrid>
  );
}

function FigureCard({ figure, value }: { figure: Figure; value: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Text id={titleId} size="sm" fw={600} c="dimmed">
        {t(`activity.totals.${figure}.title`)}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`activity.totals.${figure}.help`)}
      </Text>
    </Paper>
  );
}
