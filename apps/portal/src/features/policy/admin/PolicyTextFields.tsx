import { INPUT_LIMITS } from '@chorus/core';
import { TextInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import { useTranslation } from 'react-i18next';

interface PolicyTextFieldsProps {
  /** The form's props for the text's title, body and change summary. */
  field: (name: 'title' | 'body' | 'changeSummary') => GetInputPropsReturnType;
  /** Focus the title when the form opens. */
  focusTitle?: boolean;
}

/** A version's text in one language: its title, the policy in Markdown, what changed. */
export function PolicyTextFields({ field, focusTitle = false }: PolicyTextFieldsProps) {
  const { t } = useTranslation();
  const body = field('body');

  return (
    <>
      <TextInput
        label={t('policyAdmin.fields.title')}
        {...field('title')}
        error={field('title').error as string | undefined}
        value={String(field('title').value ?? '')}
        maxLength={INPUT_LIMITS.policyTitle}
        required
        withAsterisk
        data-autofocus={focusTitle || undefined}
      />
      <MarkdownField
        value={String(body.value ?? '')}
        onChange={(value) => body.onChange(value)}
        error={body.error as string | undefined}
      />
      <Textarea
        label={t('policyAdmin.fields.changeSummary')}
        description={t('policyAdmin.fields.changeSummaryHint')}
        {...field('changeSummary')}
        error={field('changeSummary').error as string | undefined}
        value={String(field('changeSummary').value ?? '')}
        maxLength={INPUT_LIMITS.policyChangeSummary}
        rows={2}
        resize="vertical"
      />
    </>
  );
}

function MarkdownField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <MarkdownEditor
      label={t('policyAdmin.fields.body')}
      description={t('policyAdmin.fields.bodyHint')}
      {...props}
      maxLength={INPUT_LIMITS.policyBody}
      required
      withAsterisk
      tabsLabel={t('policyAdmin.fields.bodyTabs')}
      writeLabel={t('policyAdmin.write')}
      previewLabel={t('policyAdmin.preview')}
      emptyPreview={t('policyAdmin.emptyPreview')}
    />
  );
}
