import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useLastPageFallback } from '../../components/use-last-page-fallback';
import type { Notification } from './api/notification-queries';
import { NotificationItem } from './NotificationItem';
import { NOTIFICATION_PREFERENCES_PATH, notificationTarget } from './notification-links';
import { useMarkRead } from './use-mark-read';
import { useNotifications } from './use-notifications';
import { useUnreadCount } from './use-unread-count';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Everything Chorus told me, newest first: open one to read it, or mark them all read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const notifications = useNotifications(page, NOTIFICATIONS_PAGE_SIZE);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const pastTheEnd = useLastPageFallback(
    notifications.isPlaceholderData ? undefined : notifications.data,
    setPage,
  );

  const open = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
    void navigate(notificationTarget(notification.link));
  };

  return (
    <Stack maw={760}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('notifications.title')}</Title>
          <Anchor component={Link} to={NOTIFICATION_PREFERENCES_PATH} size="sm">
            {t('notifications.preferencesLink')}
          </Anchor>
        </div>
        <Button
          variant="default"
          onClick={() => markRead.mutate({ all: true })}
          loading={markRead.isPending}
          disabled={(unread.data?.count ?? 0) === 0}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {notifications.isPending || pastTheEnd ? (
        <PageLoader label={t('notifications.loading')} />
      ) : notifications.isError ? (
        <QueryError
          title={t('notifications.loadFailed')}
          error={notifications.error}
          onRetry={() => void notifications.refetch()}
        />
      ) : notifications.data.items.length === 0 ? (
        <Stack gap={4}>
          <Text fw={500}>{t('notifications.empty.title')}</Text>
          <Text c="dimmed">{t('notifications.empty.description')}</Text>
        </Stack>
      ) : (
        <>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {notifications.data.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onOpen={open} />
            ))}
          </Stack>
          <Pager
            page={notifications.data.page}
            pageSize={notifications.data.pageSize}
            total={notifications.data.total}
            shown={notifications.data.items.length}
            onPageChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}
