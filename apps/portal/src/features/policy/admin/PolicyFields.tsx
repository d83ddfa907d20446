import { Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import {
  MAX_BODY_LENGTH,
  MAX_CHANGE_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  type PolicyProblem,
  type PolicyValues,
} from './policy-form';

interface PolicyFieldsProps {
  value: PolicyValues;
  onChange: (change: Partial<PolicyValues>) => void;
  /** Problems to show, field by field. */
  problems: Partial<Record<'title' | 'body', PolicyProblem>>;
  /** Version 1: it always needs acknowledging, so the box cannot be cleared. */
  first: boolean;
}

/** The title, text, change summary and acknowledgment choice of a new version. */
export function PolicyFields({ value, onChange, problems, first }: PolicyFieldsProps) {
  const { t } = useTranslation();
  const problem = (field: 'title' | 'body') => {
    const found = problems[field];
    return found ? t(`policyAdmin.problems.${found}`) : null;
  };

  return (
    <Stack>
      <TextInput
        label={t('policyAdmin.fields.title')}
        value={value.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={problem('title')}
        maxLength={MAX_TITLE_LENGTH}
        required
        withAsterisk
        data-autofocus
      />
      <MarkdownEditor
        label={t('policyAdmin.fields.body')}
        description={t('policyAdmin.fields.bodyHint')}
        value={value.body}
        onChange={(body) => onChange({ body })}
        error={problem('body')}
        maxLength={MAX_BODY_LENGTH}
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
        value={value.changeSummary}
        onChange={(event) => onChange({ changeSummary: event.currentTarget.value })}
        maxLength={MAX_CHANGE_SUMMARY_LENGTH}
        rows={2}
        resize="vertical"
      />
      <Checkbox
        label={t('policyAdmin.fields.requiresAcknowledgment')}
        description={t(
          first
            ? 'policyAdmin.fields.firstAlwaysAcknowledged'
            : value.requiresAcknowledgment
              ? 'policyAdmin.fields.acknowledgeAgainHint'
              : 'policyAdmin.fields.noAcknowledgmentHint',
        )}
        checked={first || value.requiresAcknowledgment}
        onChange={(event) => onChange({ requiresAcknowledgment: event.currentTarget.checked })}
        disabled={first}
      />
    </Stack>
  );
}
