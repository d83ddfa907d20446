import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { Channel } from './api/channel-queries';
import { useDeleteChannel } from './use-channels';

/** Asks before a channel is disconnected: nothing more is posted to it. */
export function DeleteChannelModal({
  channel,
  onClose,
}: {
  channel: Channel;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteChannel();
  const name = channel.name;
  const confirm = () =>
    remove.mutate(channel.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('channels.remove.removed', { name }) });
        onClose();
      },
    });
  return (
    <ConfirmModal
      title={t('channels.remove.title', { name })}
      message={t('channels.remove.message')}
      confirmLabel={t('channels.remove.confirm')}
      pending={remove.isPending}
      error={remove.error}
      errorTitle={t('channels.remove.failed')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
