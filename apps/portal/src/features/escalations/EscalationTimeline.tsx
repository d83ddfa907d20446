import { Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import type { EscalationDetail, EscalationEvent } from './api/escalation-queries';

/** What happened to a report since it came in, oldest first, in words. */
export function EscalationTimeline({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const reporter = escalation.reporter?.name ?? t('escalations.deletedAccount');
  const headingId = useId();

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" mb="md" id={headingId}>
        {t('escalations.history.title')}
      </Title>
      <Timeline bulletSize={22} lineWidth={2} role="list" aria-labelledby={headingId}>
        <Timeline.Item role="listitem" title={t('escalations.history.reported', { reporter })}>
          <Moment value={escalation.createdAt} />
        </Timeline.Item>
        {escalation.events.map((event) => (
          <Timeline.Item key={event.id} role="listitem" title={describeEvent(event, t)}>
            {event.kind === 'note' && event.body !== null && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {event.body}
              </Text>
            )}
            <Moment value={event.createdAt} />
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}

function Moment({ value }: { value: string }) {
  return (
    <Text size="xs" c="dimmed" mt={4}>
      <FormattedDate value={value} withTime />
    </Text>
  );
}

/** "Carl Curator assigned it to Lotte Bakker", "… set the status to Resolved". */
export function describeEvent(event: EscalationEvent, t: TFunction): string {
  const author = event.author?.name ?? t('escalations.deletedAccount');
  if (event.kind === 'note') return t('escalations.history.note', { author });
  if (event.kind === 'status' && event.status !== null) {
    return t('escalations.history.status', {
      author,
      status: t(`escalations.statuses.${event.status}`),
    });
  }
  return event.assignee
    ? t('escalations.history.assigned', { author, assignee: event.assignee.name })
    : t('escalations.history.unassigned', { author });
}
