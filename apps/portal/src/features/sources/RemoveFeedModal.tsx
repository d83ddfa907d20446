import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useDeleteSource } from './use-delete-source';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';

/** Asks before a feed is no longer followed, saying that its waiting suggestions go too. */
export function RemoveFeedModal({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteSource();
  const name = sourceName(source);

  const confirm = () =>
    remove.mutate(source.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('sources.remove.removed', { name }) });
        onClose();
      },
    });

  return (
    <ConfirmModal
      title={t('sources.remove.title', { name })}
      message={
        source.newEntries === 0
          ? t('sources.remove.noEntries')
          : t('sources.remove.withEntries', { count: source.newEntries })
      }
      confirmLabel={t('sources.remove.confirm')}
      cancelLabel={t('sources.remove.cancel')}
      pending={remove.isPending}
      error={remove.error}
      errorTitle={t('sources.remove.failed')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
