import { INPUT_LIMITS } from '@chorus/core';
import { RESTRICTED_TERM_CATEGORIES, SEVERITIES } from '@chorus/guardrails';
import { Input, SegmentedControl, Select, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { TranslationsFields } from '../../../components/TranslationsFields';
import { changedValues, requiredText, text, useSchemaForm } from '../../../lib/forms';
import { translationsSchema, translationValues } from '../../../lib/translations-form';
import { isTermCategory } from './term-filters';
import { useCreateRestrictedTerm } from './use-create-restricted-term';
import type { RestrictedTerm } from '../api/restricted-term-queries';
import { useUpdateRestrictedTerm } from './use-update-restricted-term';

/** What keeps the form from being sent; the API checks the same, and for duplicates. */
const termSchema = z.object({
  term: requiredText(INPUT_LIMITS.restrictedTerm, 'restrictedTerms.problems.termRequired').regex(
    /[\p{L}\p{N}]/u,
    { error: 'restrictedTerms.problems.termNoLetters' },
  ),
  category: z.enum(RESTRICTED_TERM_CATEGORIES),
  severity: z.enum(SEVERITIES),
  note: text(INPUT_LIMITS.restrictedTermNote),
  notes: translationsSchema(INPUT_LIMITS.restrictedTermNote),
});

type TermValues = z.output<typeof termSchema>;

/** A new term is confidential and blocks sharing until the admin says otherwise. */
const termValues = (term: RestrictedTerm | null): TermValues => ({
  term: term?.term ?? '',
  category: term?.category ?? 'confidential',
  severity: term?.severity ?? 'block',
  note: term?.note ?? '',
  notes: translationValues(term?.notes),
});

interface TermModalProps {
  /** The term to edit; null for a new one. */
  term: RestrictedTerm | null;
  onClose: () => void;
}

/** Adds a restricted term, or edits one; the API's refusal (a duplicate, say) shows inside. */
export function TermModal({ term, onClose }: TermModalProps) {
  const { t } = useTranslation();
  const severityId = useId();
  const create = useCreateRestrictedTerm();
  const update = useUpdateRestrictedTerm();
  const form = useSchemaForm(termSchema, termValues(term));

  const save = async (values: TermValues) => {
    let saved: RestrictedTerm;
    if (term) {
      // Only what differs from the term as loaded.
      const body = changedValues(termValues(term), values);
      if (Object.keys(body).length === 0) return;
      saved = await update.mutateAsync({ id: term.id, body });
    } else {
      saved = await create.mutateAsync(values);
    }
    notifications.show({
      color: 'green',
      message: t(term ? 'restrictedTerms.saved' : 'restrictedTerms.added', { term: saved.term }),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        term ? t('restrictedTerms.editTitle', { term: term.term }) : t('restrictedTerms.addTitle')
      }
      errorTitle={t('restrictedTerms.saveFailed')}
      onSubmit={save}
      onClose={onClose}
    >
      <TextInput
        label={t('restrictedTerms.fields.term')}
        description={t('restrictedTerms.fields.termHint')}
        {...form.getInputProps('term')}
        maxLength={INPUT_LIMITS.restrictedTerm}
        required
        withAsterisk
        data-autofocus
      />
      <Select
        label={t('restrictedTerms.fields.category')}
        data={RESTRICTED_TERM_CATEGORIES.map((category) => ({
          value: category,
          label: t(`restrictedTerms.categories.${category}`),
        }))}
        value={form.values.category}
        onChange={(category) => {
          if (isTermCategory(category)) form.setFieldValue('category', category);
        }}
        allowDeselect={false}
      />
      <Input.Wrapper
        id={severityId}
        labelElement="div"
        label={t('restrictedTerms.fields.severity')}
        description={t('restrictedTerms.fields.severityHint')}
      >
        <SegmentedControl
          aria-labelledby={`${severityId}-label`}
          aria-describedby={`${severityId}-description`}
          data={SEVERITIES.map((severity) => ({
            value: severity,
            label: t(`restrictedTerms.severityChoices.${severity}`),
          }))}
          value={form.values.severity}
          onChange={(severity) =>
            form.setFieldValue('severity', severity === 'warn' ? 'warn' : 'block')
          }
          mt={4}
        />
      </Input.Wrapper>
      <Textarea
        label={t('restrictedTerms.fields.note')}
        description={t('restrictedTerms.fields.noteHint')}
        placeholder={t('restrictedTerms.fields.notePlaceholder')}
        {...form.getInputProps('note')}
        maxLength={INPUT_LIMITS.restrictedTermNote}
        rows={3}
        resize="vertical"
      />
      <TranslationsFields
        legend={t('restrictedTerms.fields.notes')}
        description={t('restrictedTerms.fields.notesHint')}
        inputProps={(language) => form.getInputProps(`notes.${language}`)}
        maxLength={INPUT_LIMITS.restrictedTermNote}
        placeholder={form.values.note}
      />
    </FormModal>
  );
}
