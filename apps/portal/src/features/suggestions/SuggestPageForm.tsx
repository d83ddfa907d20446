import { INPUT_LIMITS, MAX_URL_LENGTH } from '@chorus/core';
import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { useSchemaForm } from '../../lib/forms';
import { suggestionSchema, type SuggestionValues } from './suggestion-schema';
import { useSuggestPage, type SuggestOutcome } from './use-suggest-page';

/** A refusal about the address itself (not a web page, not public) goes on its field. */
const fieldOfError = (error: ApiError) => (error.status === 422 ? 'url' : undefined);

interface SuggestPageFormProps {
  /** The page to suggest, as the address or the browser extension names it. */
  initial: { url: string; title: string };
  /** Whether the address can be changed (not on the page that looked that address up). */
  fixedUrl?: boolean;
}

/** Suggests a page to the curators: its address, its title and why customers will care. */
export function SuggestPageForm({ initial, fixedUrl = false }: SuggestPageFormProps) {
  const { t } = useTranslation();
  const suggest = useSuggestPage();
  const [outcome, setOutcome] = useState<SuggestOutcome | null>(null);
  const start: SuggestionValues = { url: initial.url, title: initial.title, note: '' };
  const form = useSchemaForm(suggestionSchema, start, { fieldOfError });

  const send = async (values: z.output<typeof suggestionSchema>) => {
    setOutcome(await suggest.mutateAsync(values));
  };

  if (outcome) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert
          color="green"
          title={t(outcome.created ? 'suggestions.sentTitle' : 'suggestions.alreadyTitle')}
          w="100%"
        >
          {t(outcome.created ? 'suggestions.sent' : 'suggestions.already', {
            title: outcome.suggestion.title,
          })}
        </Alert>
        {!fixedUrl && (
          <Button
            variant="light"
            onClick={() => {
              form.setValues({ url: '', title: '', note: '' });
              form.resetDirty();
              setOutcome(null);
            }}
          >
            {t('suggestions.another')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit(send)} noValidate>
      <Stack gap="sm">
        {form.formError !== undefined && (
          <Alert color="red" title={t('suggestions.form.failed')}>
            {form.formError}
          </Alert>
        )}
        <TextInput
          type="url"
          label={t('suggestions.form.url')}
          placeholder="https://"
          {...form.getInputProps('url')}
          maxLength={MAX_URL_LENGTH}
          readOnly={fixedUrl}
          required
          withAsterisk
        />
        <TextInput
          label={t('suggestions.form.title')}
          description={t('suggestions.form.titleHint')}
          {...form.getInputProps('title')}
          maxLength={INPUT_LIMITS.suggestionTitle}
        />
        <Textarea
          label={t('suggestions.form.note')}
          description={t('suggestions.form.noteHint')}
          {...form.getInputProps('note')}
          maxLength={INPUT_LIMITS.suggestionNote}
          rows={3}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('suggestions.form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
