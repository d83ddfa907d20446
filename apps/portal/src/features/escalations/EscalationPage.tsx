import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { EscalationControls } from './EscalationControls';
import { EscalationStatusBadge } from './EscalationStatusBadge';
import { EscalationSummary } from './EscalationSummary';
import { EscalationTimeline } from './EscalationTimeline';
import { inboxListPath } from './inbox-filters';
import { NoteForm } from './NoteForm';
import { useEscalation } from './use-escalation';
import type { EscalationDetail } from './api/escalation-queries';

/** One reported comment, for the social media team: who answers it, how far, and their notes. */
export function EscalationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const escalation = useEscalation(id);

  return (
    <Stack maw={880}>
      <Anchor component={Link} to={inboxListPath(state)} size="sm">
        {t('escalations.detail.back')}
      </Anchor>
      {escalation.isPending ? (
        <PageLoader label={t('escalations.detail.loading')} />
      ) : escalation.isError ? (
        <QueryError
          title={t('escalations.detail.loadFailed')}
          error={escalation.error}
          onRetry={() => void escalation.refetch()}
        />
      ) : (
        <EscalationDetails escalation={escalation.data} />
      )}
    </Stack>
  );
}

function EscalationDetails({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('escalations.detail.title')}</Title>
          <Text c="dimmed">{t('escalations.detail.intro')}</Text>
        </div>
        <EscalationStatusBadge status={escalation.status} />
      </Group>
      <EscalationSummary escalation={escalation} />
      <Paper withBorder p="lg">
        <Stack>
          <EscalationControls escalation={escalation} />
          <NoteForm escalationId={escalation.id} />
        </Stack>
      </Paper>
      <EscalationTimeline escalation={escalation} />
    </>
  );
}
