import { Badge, Button, Menu, Text, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NotificationTime } from './NotificationTime';
import { currentLanguage } from '../../i18n';
import { BellIcon } from './BellIcon';
import type { Notification } from './api/notification-queries';
import { NOTIFICATIONS_PATH, notificationTarget } from './notification-links';
import { notificationText } from './notification-text';
import { isMoreThanShown, unreadBadge } from './unread-badge';
import { useMarkRead } from './use-mark-read';
import { useNotifications } from './use-notifications';
import { useUnreadCount } from './use-unread-count';

/** How many of the latest notifications the bell's menu shows. */
const LATEST = 5;

/**
 * The header's bell: how many notifications I have not read, and a menu with the latest few,
 * "Mark all as read" and "See all". The count is asked every minute and when the window comes
 * back into focus.
 */
export function NotificationBell({ size }: { size?: ButtonProps['size'] }) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  const formatNumber = (value: number) =>
    new Intl.NumberFormat(currentLanguage(i18n)).format(value);
  const label =
    count === 0
      ? t('notifications.bell.labelNone')
      : isMoreThanShown(count)
        ? t('notifications.bell.labelMany', { count: 99 })
        : t('notifications.bell.label', { count });

  return (
    <Menu
      position="bottom-end"
      withinPortal
      width="min(22rem, calc(100vw - 1rem))"
      opened={opened}
      onOpen={open}
      onClose={close}
    >
      <Menu.Target>
        <Button variant="default" size={size} aria-label={label} px={size === 'sm' ? 'sm' : 6}>
          <BellIcon size={size === 'sm' ? 18 : 16} />
          {count > 0 && (
            <Badge component="span" size="sm" circle={count < 10} ml={4} aria-hidden="true">
              {unreadBadge(count, formatNumber)}
            </Badge>
          )}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {opened && <LatestNotifications onChosen={close} hasUnread={count > 0} />}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The menu's content, asked for only while it is open. */
function LatestNotifications({
  onChosen,
  hasUnread,
}: {
  onChosen: () => void;
  hasUnread: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const latest = useNotifications(1, LATEST);
  const markRead = useMarkRead();

  const follow = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
    onChosen();
    void navigate(notificationTarget(notification.link));
  };

  return (
    <>
      <Menu.Label>{t('notifications.bell.latest')}</Menu.Label>
      {latest.isPending && (
        <Text size="sm" c="dimmed" px="sm" py="xs">
          {t('notifications.loading')}
        </Text>
      )}
      {latest.isError && (
        <Text size="sm" c="red.8" px="sm" py="xs">
          {t('notifications.loadFailed')}
        </Text>
      )}
      {latest.data?.items.length === 0 && (
        <Text size="sm" c="dimmed" px="sm" py="xs">
          {t('notifications.empty.title')}
        </Text>
      )}
      {latest.data?.items.map((notification) => (
        <Menu.Item key={notification.id} onClick={() => follow(notification)}>
          <Text size="sm" fw={notification.readAt === null ? 600 : 400} lineClamp={2}>
            {notification.readAt === null && (
              <VisuallyHidden>{t('notifications.unread')} </VisuallyHidden>
            )}
            {notificationText(t, notification)}
          </Text>
          <Text size="xs" c="dimmed">
            <NotificationTime value={notification.createdAt} />
          </Text>
        </Menu.Item>
      ))}
      <Menu.Divider />
      <Menu.Item
        disabled={!hasUnread || markRead.isPending}
        closeMenuOnClick={false}
        onClick={() => markRead.mutate({ all: true })}
      >
        {t('notifications.markAllRead')}
      </Menu.Item>
      <Menu.Item component={Link} to={NOTIFICATIONS_PATH}>
        {t('notifications.seeAll')}
      </Menu.Item>
    </>
  );
}
