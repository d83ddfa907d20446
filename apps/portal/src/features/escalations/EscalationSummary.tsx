import { Anchor, Blockquote, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { Fact } from './Fact';
import type { EscalationDetail } from './api/escalation-queries';

/** What was reported: the comment, the reporter's words, where and when, and by whom. */
export function EscalationSummary({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Blockquote
          p="md"
          color="gray"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {escalation.excerpt}
        </Blockquote>
        <Anchor href={escalation.url} target="_blank" rel="noopener noreferrer">
          {t('escalations.detail.openComment')}
        </Anchor>
        {escalation.description !== '' && (
          <Fact label={t('escalations.detail.description')}>
            <Text span style={{ whiteSpace: 'pre-wrap' }}>
              {escalation.description}
            </Text>
          </Fact>
        )}
        <Group gap="xl">
          <Fact label={t('escalations.detail.network')}>{t(`networks.${escalation.network}`)}</Fact>
          <Fact label={t('escalations.detail.reporter')}>
            {escalation.reporter?.name ?? t('escalations.deletedAccount')}
          </Fact>
          <Fact label={t('escalations.detail.reportedAt')}>
            <FormattedDate value={escalation.createdAt} withTime />
          </Fact>
          {escalation.resolvedAt && (
            <Fact label={t('escalations.detail.resolvedAt')}>
              <FormattedDate value={escalation.resolvedAt} withTime />
            </Fact>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
