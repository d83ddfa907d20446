import { Alert, Anchor, EmptyState, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { MailDeliveries } from './MailDeliveries';
import { OutboxTable } from './OutboxTable';
import { useOutbox } from './use-outbox';

export const OUTBOX_PAGE_SIZE = 25;

/**
 * The mail queue (where each mail stands, failures to retry), and the mail kept when no SMTP
 * server is configured, so that its links can be passed on by hand.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page, OUTBOX_PAGE_SIZE);

  return (
    <Stack maw={960}>
      <Title order={1}>{t('outbox.title')}</Title>
      <Anchor component={Link} to="/outbox/digest-preview" w="fit-content">
        {t('outbox.digestPreview')}
      </Anchor>
      {outbox.isPending ? (
        <PageLoader label={t('outbox.loading')} />
      ) : outbox.isError ? (
        <QueryError
          title={t('outbox.loadFailed')}
          error={outbox.error}
          onRetry={() => void outbox.refetch()}
        />
      ) : (
        <>
          {outbox.data.delivering ? (
            <Alert color="green" title={t('outbox.deliveringTitle')}>
              {t('outbox.delivering')}
            </Alert>
          ) : (
            <Alert color="blue" title={t('outbox.keepingTitle')}>
              {t('outbox.keeping')}
            </Alert>
          )}
          <MailDeliveries />
          <Title order={2}>{t('outbox.keptTitle')}</Title>
          {outbox.data.items.length === 0 ? (
            <EmptyState title={t('outbox.empty')} />
          ) : (
            <>
              <OutboxTable messages={outbox.data.items} />
              <Pager
                page={outbox.data.page}
                pageSize={outbox.data.pageSize}
                total={outbox.data.total}
                shown={outbox.data.items.length}
                onPageChange={setPage}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
