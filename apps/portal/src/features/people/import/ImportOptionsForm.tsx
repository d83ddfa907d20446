import { Button, Checkbox, FileInput, Group, Radio, Stack } from '@mantine/core';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FormMessage, SchemaForm } from '../../../lib/forms';
import { MAX_IMPORT_BYTES } from './use-import-people';

/** The file and how to treat it, as the preview and the import take them. */
export const importOptionsSchema = z.object({
  file: z
    .instanceof(File)
    .nullable()
    .transform((file, context) => {
      if (file !== null) return file;
      context.addIssue({
        code: 'custom',
        message: 'peopleImport.fileRequired' satisfies FormMessage,
      });
      return z.NEVER;
    })
    .refine((file) => file.size <= MAX_IMPORT_BYTES, {
      error: 'peopleImport.fileTooLarge' satisfies FormMessage,
    }),
  unknownGroups: z.enum(['create', 'reject']),
  invite: z.boolean(),
});

export type ImportOptions = z.input<typeof importOptionsSchema>;

export type ImportOptionsSchemaForm = SchemaForm<
  ImportOptions,
  z.output<typeof importOptionsSchema>
>;

interface ImportOptionsFormProps {
  form: ImportOptionsSchemaForm;
  /** Before any option changes: what was previewed for the old ones no longer holds. */
  onEdit: () => void;
  /** "Preview": the form's submit handler. */
  onPreview: (event: SyntheticEvent<HTMLFormElement>) => void;
  previewing: boolean;
  /** While the import runs: nothing can be changed, and nothing previewed. */
  disabled: boolean;
}

/** The file and how to treat it; "Preview" asks the server what importing it would do. */
export function ImportOptionsForm({
  form,
  onEdit,
  onPreview,
  previewing,
  disabled,
}: ImportOptionsFormProps) {
  const { t } = useTranslation();
  // The form is disabled while importing: what the server reports then must stay on screen.
  const edit = (change: () => void) => {
    if (disabled) return;
    onEdit();
    change();
  };

  return (
    <form
      onSubmit={(event) => {
        if (disabled) event.preventDefault();
        else onPreview(event);
      }}
      noValidate
    >
      <Stack>
        <FileInput
          label={t('peopleImport.file')}
          placeholder={t('peopleImport.filePlaceholder')}
          accept=".csv,text/csv"
          value={form.values.file}
          onChange={(file) => edit(() => form.setFieldValue('file', file))}
          error={form.errors.file}
          clearable
          clearButtonProps={{ 'aria-label': t('peopleImport.clearFile') }}
          disabled={disabled}
        />
        <Radio.Group
          label={t('peopleImport.unknownGroups.label')}
          value={form.values.unknownGroups}
          onChange={(unknownGroups) =>
            edit(() =>
              form.setFieldValue('unknownGroups', unknownGroups === 'reject' ? 'reject' : 'create'),
            )
          }
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="create"
              label={t('peopleImport.unknownGroups.create')}
              disabled={disabled}
            />
            <Radio
              value="reject"
              label={t('peopleImport.unknownGroups.reject')}
              disabled={disabled}
            />
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('peopleImport.invite')}
          checked={form.values.invite}
          onChange={(event) => {
            const invite = event.currentTarget.checked;
            edit(() => form.setFieldValue('invite', invite));
          }}
          disabled={disabled}
        />
        <Group>
          <Button type="submit" loading={previewing} disabled={disabled}>
            {t('peopleImport.preview')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
