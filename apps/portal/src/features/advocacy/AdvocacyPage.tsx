import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { EnrollmentSection } from './EnrollmentSection';
import { ReadinessChecklist } from './ReadinessChecklist';
import { useAdvocacyStatus } from './use-advocacy-status';

/** The voluntary advocacy programme: what it means, joining or leaving, and what sharing needs. */
export function AdvocacyPage() {
  const { t } = useTranslation();
  const status = useAdvocacyStatus();

  return (
    <Stack maw={760}>
      <Title order={1}>{t('advocacy.title')}</Title>
      <Text>{t('advocacy.intro')}</Text>
      <List spacing="xs">
        <List.Item>{t('advocacy.meansSharing')}</List.Item>
        <List.Item>{t('advocacy.meansLeaderboards')}</List.Item>
        <List.Item>{t('advocacy.meansReminders')}</List.Item>
      </List>
      <Text>{t('advocacy.leaveAnyTime')}</Text>
      {status.isPending ? (
        <PageLoader label={t('advocacy.loading')} />
      ) : status.isError ? (
        <QueryError
          title={t('advocacy.loadFailed')}
          error={status.error}
          onRetry={() => void status.refetch()}
        />
      ) : (
        <>
          <Paper withBorder p="lg">
            <EnrollmentSection status={status.data} />
          </Paper>
          <Paper withBorder p="lg">
            <ReadinessChecklist status={status.data} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
