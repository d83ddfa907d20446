import { Alert, Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../lib/forms';
import { useUnsavedChanges } from './UnsavedChangesGuard';

interface FormModalProps<Values, Output> {
  /** The form, from `useSchemaForm`: its values, problems, pending state and form-level error. */
  form: SchemaForm<Values, Output>;
  title: ReactNode;
  size?: ModalProps['size'];
  /**
   * Saves the checked values. The modal closes once it resolves (at once when it returns
   * nothing, e.g. for a form without changes); when it rejects, the error goes on the form.
   */
  onSubmit: (values: Output) => Promise<unknown> | void;
  onClose: () => void;
  /** Title of the alert above the buttons when the save failed. */
  errorTitle: string;
  submitLabel?: string;
  cancelLabel?: string;
  /**
   * Names the form to the page's `UnsavedChangesGuard` while it has changes; left out, the
   * modal closes without asking, as a modal's cancel does.
   */
  unsavedName?: string;
  children: ReactNode;
}

/** A modal holding one form: its fields, the form-level error, and cancel and save buttons. */
export function FormModal<Values, Output>({
  form,
  title,
  size,
  onSubmit,
  onClose,
  errorTitle,
  submitLabel,
  cancelLabel,
  unsavedName,
  children,
}: FormModalProps<Values, Output>) {
  const { t } = useTranslation();
  useUnsavedChanges(unsavedName ?? '', unsavedName !== undefined && form.isDirty());

  const save = async (values: Output) => {
    await onSubmit(values);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size={size}
      title={title}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {children}
          {form.formError !== undefined && (
            <Alert color="red" title={errorTitle}>
              {form.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel ?? t('forms.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {submitLabel ?? t('forms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
