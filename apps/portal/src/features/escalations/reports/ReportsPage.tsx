import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MyReports } from './MyReports';
import { ReportForm } from './ReportForm';

/** Where anyone reports a hostile comment instead of answering it, and follows their reports. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('page'));
  const page = Number.isInteger(requested) && requested > 1 ? requested : 1;
  const goToPage = (next: number, options?: { replace?: boolean }) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next > 1) updated.set('page', String(next));
      else updated.delete('page');
      return updated;
    }, options);

  return (
    <Stack maw={880}>
      <Title order={1}>{t('reports.title')}</Title>
      <Alert color="orange" variant="outline" title={t('reports.dontAnswerTitle')}>
        {t('reports.dontAnswer')}
      </Alert>
      <Text>{t('reports.intro')}</Text>
      <Paper withBorder p="lg">
        {/* A new report is open, so it is listed first. */}
        <ReportForm onReported={() => goToPage(1)} />
      </Paper>
      <MyReports page={page} onPageChange={goToPage} />
    </Stack>
  );
}
