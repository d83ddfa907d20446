import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error';

interface ConfirmModalProps {
  title: string;
  /** What confirming does, in a sentence or two. */
  message: ReactNode;
  /** Label of the confirm button; "Delete" when left out. */
  confirmLabel?: string;
  cancelLabel?: string;
  /** Whether confirming destroys something (a red button); true unless told otherwise. */
  danger?: boolean;
  /** The mutation's pending and error state. */
  pending: boolean;
  error: unknown;
  /** Title of the alert shown when the mutation failed. */
  errorTitle: string;
  /** Runs the mutation; the caller closes the modal when it succeeds. */
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before doing something that cannot be undone, and shows why it failed. */
export function ConfirmModal({
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger = true,
  pending,
  error,
  errorTitle,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
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
          <Alert color="red" title={errorTitle}>
            {describeError(error, t)}
          </Alert>
        )}
        {typeof message === 'string' ? <Text>{message}</Text> : message}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {cancelLabel ?? t('forms.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            onClick={onConfirm}
            loading={pending}
            data-autofocus
          >
            {confirmLabel ?? t('forms.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
