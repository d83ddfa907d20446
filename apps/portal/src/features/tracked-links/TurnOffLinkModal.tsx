import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { TrackedLink } from './api/tracked-link-queries';
import { useUpdateTrackedLink } from './use-update-tracked-link';

/** Asks before turning a link off, saying what its visitors will see instead. */
export function TurnOffLinkModal({ link, onClose }: { link: TrackedLink; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTrackedLink();

  const confirm = () =>
    update.mutate(
      { id: link.id, disabled: true },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('trackedLinks.turnedOffDone') });
          onClose();
        },
      },
    );

  return (
    <ConfirmModal
      title={t('trackedLinks.confirm.title')}
      message={
        <Stack>
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('trackedLinks.confirm.body', { url: link.trackedUrl })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('trackedLinks.confirm.stays')}
          </Text>
        </Stack>
      }
      confirmLabel={t('trackedLinks.confirm.turnOff')}
      cancelLabel={t('trackedLinks.confirm.cancel')}
      pending={update.isPending}
      error={update.error}
      errorTitle={t('trackedLinks.updateFailed')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
