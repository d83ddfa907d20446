import {
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { FormattedDate } from '../../components/FormattedDate';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import type { MailDelivery, MailDeliveryStatus } from './api/outbox-queries';
import { useMailDeliveries, useRetryDelivery } from './use-mail-deliveries';

export const DELIVERIES_PAGE_SIZE = 25;

const STATUS_COLORS: Record<MailDeliveryStatus, string> = {
  queued: 'gray',
  sending: 'blue',
  sent: 'green',
  kept: 'teal',
  failed: 'red',
};

/** The mail queue: where each mail stands, and a way to send a failed one again. */
export function MailDeliveries() {
  const { t } = useTranslation();
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [page, setPage] = useState(1);
  const deliveries = useMailDeliveries(page, DELIVERIES_PAGE_SIZE, onlyFailed);
  const retry = useRetryDelivery();

  const choose = (value: string) => {
    setOnlyFailed(value === 'failed');
    setPage(1);
  };
  const sendAgain = (delivery: MailDelivery) =>
    retry.mutate(delivery.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('outbox.queue.retried') }),
    });

  return (
    <Stack component="section" aria-labelledby="mail-queue-title">
      <Title order={2} id="mail-queue-title">
        {t('outbox.queue.title')}
      </Title>
      <Text c="dimmed">{t('outbox.queue.intro')}</Text>
      <SegmentedControl
        aria-label={t('outbox.queue.filter')}
        value={onlyFailed ? 'failed' : 'all'}
        onChange={choose}
        data={[
          { value: 'all', label: t('outbox.queue.all') },
          { value: 'failed', label: t('outbox.queue.failed') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {retry.isError && (
        <Alert color="red" title={t('outbox.queue.retryFailed')}>
          {describeError(retry.error, t)}
        </Alert>
      )}
      {deliveries.isPending ? (
        <PageLoader label={t('outbox.queue.loading')} />
      ) : deliveries.isError ? (
        <QueryError
          title={t('outbox.queue.loadFailed')}
          error={deliveries.error}
          onRetry={() => void deliveries.refetch()}
        />
      ) : deliveries.data.items.length === 0 ? (
        <EmptyState title={t(onlyFailed ? 'outbox.queue.noneFailed' : 'outbox.queue.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('outbox.queue.title')} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.columns.subject')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.columns.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.queue.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.queue.columns.attempts')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.queue.columns.queuedAt')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.queue.columns.lastError')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('outbox.queue.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data.items.map((delivery) => (
                  <Table.Tr key={delivery.id}>
                    <Table.Td fw={600}>{delivery.subject}</Table.Td>
                    <Table.Td>{delivery.recipient}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[delivery.status]} variant="light">
                        {t(`outbox.queue.status.${delivery.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{delivery.attempts}</Table.Td>
                    <Table.Td>
                      <FormattedDate value={delivery.createdAt} withTime />
                    </Table.Td>
                    <Table.Td>
                      {delivery.lastError && (
                        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {delivery.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {delivery.status === 'failed' && (
                        <Group justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            loading={retry.isPending && retry.variables === delivery.id}
                            onClick={() => sendAgain(delivery)}
                            aria-label={t('outbox.queue.retryLabel', {
                              subject: delivery.subject,
                              recipient: delivery.recipient,
                            })}
                          >
                            {t('outbox.queue.retry')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={deliveries.data.page}
            pageSize={deliveries.data.pageSize}
            total={deliveries.data.total}
            shown={deliveries.data.items.length}
            onPageChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}
