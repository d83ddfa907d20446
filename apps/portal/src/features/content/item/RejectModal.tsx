import { INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { useContentAction } from './use-content-action';

/** Sends an item in review back to its author, with the reason they will read. */
export function RejectModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useContentAction(itemId);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = checked && reason.trim() === '';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (reason.trim() === '') return;
    reject.mutate(
      { action: 'reject', reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('contentItem.workflow.done.reject') });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('contentItem.reject.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {reject.isError && (
            <Alert color="red" title={t('contentItem.workflow.failed')}>
              {describeError(reject.error, t)}
            </Alert>
          )}
          <Textarea
            label={t('contentItem.reject.reason')}
            description={t('contentItem.reject.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={missing ? t('contentItem.reject.reasonRequired') : undefined}
            maxLength={INPUT_LIMITS.rejectionReason}
            rows={3}
            resize="vertical"
            required
            withAsterisk
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('contentItem.reject.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={reject.isPending}>
              {t('contentItem.reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
