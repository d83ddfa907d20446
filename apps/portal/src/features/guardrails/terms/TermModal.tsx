import { RESTRICTED_TERM_CATEGORIES, SEVERITIES } from '@chorus/guardrails';
import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { isTermCategory } from './term-filters';
import {
  MAX_NOTE_LENGTH,
  MAX_TERM_LENGTH,
  createBody,
  termProblem,
  termValues,
  updateBody,
  type TermValues,
} from './term-form';
import { useCreateRestrictedTerm } from './use-create-restricted-term';
import type { RestrictedTerm } from '../api/restricted-term-queries';
import { useUpdateRestrictedTerm } from './use-update-restricted-term';

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
  const save = term ? update : create;
  const [values, setValues] = useState(() => termValues(term));
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<TermValues>) => setValues((now) => ({ ...now, ...change }));
  const problem = termProblem(values);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (problem) return;
    const onSuccess = (saved: RestrictedTerm) => {
      notifications.show({
        color: 'green',
        message: t(term ? 'restrictedTerms.saved' : 'restrictedTerms.added', { term: saved.term }),
      });
      onClose();
    };
    if (!term) return create.mutate(createBody(values), { onSuccess });
    const body = updateBody(term, values);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate({ id: term.id, body }, { onSuccess });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        term ? t('restrictedTerms.editTitle', { term: term.term }) : t('restrictedTerms.addTitle')
      }
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {save.isError && (
            <Alert color="red" title={t('restrictedTerms.saveFailed')}>
              {describeError(save.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('restrictedTerms.fields.term')}
            description={t('restrictedTerms.fields.termHint')}
            value={values.term}
            onChange={(event) => set({ term: event.currentTarget.value })}
            error={checked && problem ? t(`restrictedTerms.problems.${problem}`) : null}
            maxLength={MAX_TERM_LENGTH}
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
            value={values.category}
            onChange={(category) => {
              if (isTermCategory(category)) set({ category });
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
              value={values.severity}
              onChange={(severity) => set({ severity: severity === 'warn' ? 'warn' : 'block' })}
              mt={4}
            />
          </Input.Wrapper>
          <Textarea
            label={t('restrictedTerms.fields.note')}
            description={t('restrictedTerms.fields.noteHint')}
            placeholder={t('restrictedTerms.fields.notePlaceholder')}
            value={values.note}
            onChange={(event) => set({ note: event.currentTarget.value })}
            maxLength={MAX_NOTE_LENGTH}
            rows={3}
            resize="vertical"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('restrictedTerms.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('restrictedTerms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
