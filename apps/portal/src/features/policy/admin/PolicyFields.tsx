import { INPUT_LIMITS } from '@chorus/core';
import { Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import type { SchemaForm } from '../../../lib/forms';
import type { z } from 'zod';
import type { PolicyValues, policySchema } from './policy-schema';

interface PolicyFieldsProps {
  form: SchemaForm<PolicyValues, z.output<typeof policySchema>>;
  /** Version 1: it always needs acknowledging, so the box cannot be cleared. */
  first: boolean;
}

/** The title, text, change summary and acknowledgment choice of a new version. */
export function PolicyFields({ form, first }: PolicyFieldsProps) {
  const { t } = useTranslation();

  return (
    <Stack>
      <TextInput
        label={t('policyAdmin.fields.title')}
        {...form.getInputProps('title')}
        maxLength={INPUT_LIMITS.policyTitle}
        required
        withAsterisk
        data-autofocus
      />
      <MarkdownEditor
        label={t('policyAdmin.fields.body')}
        description={t('policyAdmin.fields.bodyHint')}
        value={form.values.body}
        onChange={(body) => form.setFieldValue('body', body)}
        error={form.errors.body}
        maxLength={INPUT_LIMITS.policyBody}
        required
        withAsterisk
        tabsLabel={t('policyAdmin.fields.bodyTabs')}
        writeLabel={t('policyAdmin.write')}
        previewLabel={t('policyAdmin.preview')}
        emptyPreview={t('policyAdmin.emptyPreview')}
      />
      <Textarea
        label={t('policyAdmin.fields.changeSummary')}
        description={t('policyAdmin.fields.changeSummaryHint')}
        {...form.getInputProps('changeSummary')}
        maxLength={INPUT_LIMITS.policyChangeSummary}
        rows={2}
        resize="vertical"
      />
      <Checkbox
        label={t('policyAdmin.fields.requiresAcknowledgment')}
        description={t(
          first
            ? 'policyAdmin.fields.firstAlwaysAcknowledged'
            : form.values.requiresAcknowledgment
              ? 'policyAdmin.fields.acknowledgeAgainHint'
              : 'policyAdmin.fields.noAcknowledgmentHint',
        )}
        {...form.getInputProps('requiresAcknowledgment', { type: 'checkbox' })}
        checked={first || form.values.requiresAcknowledgment}
        disabled={first}
      />
    </Stack>
  );
}
