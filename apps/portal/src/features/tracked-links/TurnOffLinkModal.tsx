import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
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
    <Modal
      opened
      onClose={onClose}
      title={t('trackedLinks.confirm.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {update.isError && (
          <Alert color="red" title={t('trackedLinks.updateFailed')}>
            {describeError(update.error, t)}
          </Alert>
        )}
        <Text style={{ overflowWrap: 'anywhere' }}>
          {t('trackedLinks.confirm.body', { url: link.trackedUrl })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('trackedLinks.confirm.stays')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('trackedLinks.confirm.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={update.isPending} data-autofocus>
            {t('trackedLinks.confirm.turnOff')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
