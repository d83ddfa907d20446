import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';

interface ConfirmDeleteModalProps {
  title: string;
  /** What deleting does. */
  message: string;
  /** Title of the alert shown when deleting failed. */
  failedTitle: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting a lesson or a question, and shows why it failed. */
export function ConfirmDeleteModal({
  title,
  message,
  failedTitle,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {error != null && (
          <Alert color="red" title={failedTitle}>
            {describeError(error, t)}
          </Alert>
        )}
        <Text>{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('trainingEditor.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending} data-autofocus>
            {t('trainingEditor.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
