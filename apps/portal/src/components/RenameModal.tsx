import { TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { z } from 'zod';
import { requiredText, useSchemaForm, type FormMessage } from '../lib/forms';
import { FormModal } from './FormModal';

interface RenameModalProps {
  /** The current name, which the field starts with. */
  currentName: string;
  title: string;
  /** Label of the name field. */
  label: string;
  maxLength: number;
  /** The i18n key of the problem shown when the name is left empty. */
  requiredMessage: FormMessage;
  /** Title of the alert shown when renaming failed. */
  errorTitle: string;
  /**
   * Renames to the trimmed name, which is non-empty and differs from the current one; the
   * modal closes when it resolves and shows why when it rejects.
   */
  onRename: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** A modal with one name field: checks it, closes when unchanged, shows why a rename failed. */
export function RenameModal({
  currentName,
  title,
  label,
  maxLength,
  requiredMessage,
  errorTitle,
  onRename,
  onClose,
}: RenameModalProps) {
  const schema = useMemo(
    () => z.object({ name: requiredText(maxLength, requiredMessage) }),
    [maxLength, requiredMessage],
  );
  const form = useSchemaForm(schema, { name: currentName });

  return (
    <FormModal
      form={form}
      title={title}
      errorTitle={errorTitle}
      onSubmit={({ name }) => (name === currentName ? undefined : onRename(name))}
      onClose={onClose}
    >
      <TextInput
        label={label}
        {...form.getInputProps('name')}
        maxLength={maxLength}
        data-autofocus
      />
    </FormModal>
  );
}
