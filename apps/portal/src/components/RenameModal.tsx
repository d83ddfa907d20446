import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error';

interface RenameModalProps {
  /** The current name, which the field starts with. */
  currentName: string;
  title: string;
  /** Label of the name field. */
  label: string;
  /** Shown under the field when it is submitted empty. */
  requiredMessage: string;
  /** Title of the alert shown when the mutation failed. */
  failedTitle: string;
  cancelLabel: string;
  saveLabel: string;
  /** Accessible name of the modal's close button; Mantine's default when left out. */
  closeLabel?: string;
  maxLength: number;
  /** The mutation's pending and error state. */
  pending: boolean;
  error: unknown;
  /** Called with the trimmed name when it is non-empty and differs from the current one. */
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** A modal with one name field: validates, closes when unchanged, shows the mutation's state. */
export function RenameModal({
  currentName,
  title,
  label,
  requiredMessage,
  failedTitle,
  cancelLabel,
  saveLabel,
  closeLabel,
  maxLength,
  pending,
  error,
  onSubmit,
  onClose,
}: RenameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(currentName);
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    if (trimmed === currentName) return onClose();
    onSubmit(trimmed);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={closeLabel === undefined ? undefined : { 'aria-label': closeLabel }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error != null && (
            <Alert color="red" title={failedTitle}>
              {describeError(error, t)}
            </Alert>
          )}
          <TextInput
            label={label}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? requiredMessage : undefined}
            maxLength={maxLength}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={pending}>
              {saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
