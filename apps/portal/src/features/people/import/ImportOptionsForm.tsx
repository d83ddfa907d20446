import { Button, Checkbox, FileInput, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnknownGroups } from './use-import-people';

export interface ImportOptions {
  file: File | null;
  unknownGroups: UnknownGroups;
  invite: boolean;
}

interface ImportOptionsFormProps {
  value: ImportOptions;
  onChange: (change: Partial<ImportOptions>) => void;
  onPreview: () => void;
  previewing: boolean;
  /** While the import runs: nothing can be changed, and nothing previewed. */
  disabled: boolean;
  fileError?: string;
}

/** The file and how to treat it; "Preview" asks the server what importing it would do. */
export function ImportOptionsForm({
  value,
  onChange,
  onPreview,
  previewing,
  disabled,
  fileError,
}: ImportOptionsFormProps) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!disabled) onPreview();
      }}
      noValidate
    >
      <Stack>
        <FileInput
          label={t('peopleImport.file')}
          placeholder={t('peopleImport.filePlaceholder')}
          accept=".csv,text/csv"
          value={value.file}
          onChange={(file) => onChange({ file })}
          error={fileError}
          clearable
          clearButtonProps={{ 'aria-label': t('peopleImport.clearFile') }}
          disabled={disabled}
        />
        <Radio.Group
          label={t('peopleImport.unknownGroups.label')}
          value={value.unknownGroups}
          onChange={(unknownGroups) =>
            onChange({ unknownGroups: unknownGroups === 'reject' ? 'reject' : 'create' })
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
          checked={value.invite}
          onChange={(event) => onChange({ invite: event.currentTarget.checked })}
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
