import {
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type NotificationKind,
} from '@chorus/core';
import { Group, Radio } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NotificationChannelChoiceProps {
  kind: NotificationKind;
  value: NotificationChannel;
  onChange: (channel: NotificationChannel) => void;
  /** Shown in place of the kind's explanation (why it cannot be chosen, when disabled). */
  description?: ReactNode;
  disabled?: boolean;
  error?: ReactNode;
}

/**
 * How one kind of notification reaches me: in the portal, in the portal and by e-mail, or not at
 * all; the kind named and explained in a line.
 */
export function NotificationChannelChoice({
  kind,
  value,
  onChange,
  description,
  disabled = false,
  error,
}: NotificationChannelChoiceProps) {
  const { t } = useTranslation();
  const choose = (next: string) => {
    const channel = NOTIFICATION_CHANNELS.find((known) => known === next);
    if (channel) onChange(channel);
  };

  return (
    <Radio.Group
      label={t(`notificationKinds.${kind}.label`)}
      description={description ?? t(`notificationKinds.${kind}.description`)}
      value={value}
      onChange={choose}
      error={error}
    >
      <Group gap="md" mt={6}>
        {NOTIFICATION_CHANNELS.map((channel) => (
          <Radio
            key={channel}
            value={channel}
            label={t(`notificationChannels.${channel}`)}
            disabled={disabled}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
