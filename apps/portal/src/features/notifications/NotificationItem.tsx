import { Box, Group, Paper, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationTime } from './NotificationTime';
import type { Notification } from './api/notification-queries';
import { notificationText } from './notification-text';

interface NotificationItemProps {
  notification: Notification;
  /** Marks it read (when it is not) and goes where it leads. */
  onOpen: (notification: Notification) => void;
}

/** One notification of the list: what it says, when, and a dot while it is unread. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = notification.readAt === null;

  return (
    <Paper
      withBorder
      p="sm"
      bg={unread ? 'var(--mantine-primary-color-light)' : undefined}
      component="li"
    >
      <UnstyledButton onClick={() => onOpen(notification)} w="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Box
            mt={6}
            w={8}
            h={8}
            style={{
              borderRadius: '50%',
              flexShrink: 0,
              background: unread ? 'var(--mantine-primary-color-filled)' : 'transparent',
            }}
            aria-hidden="true"
          />
          <div>
            <Text fw={unread ? 600 : 400}>
              {unread && <VisuallyHidden>{t('notifications.unread')} </VisuallyHidden>}
              {notificationText(t, notification)}
            </Text>
            <Text size="sm" c="dimmed">
              <NotificationTime value={notification.createdAt} />
            </Text>
          </div>
        </Group>
      </UnstyledButton>
    </Paper>
  );
}
