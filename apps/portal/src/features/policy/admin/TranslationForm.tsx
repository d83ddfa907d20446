import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isPreferredLanguage,
  type PreferredLanguage,
} from '@chorus/core';
import { Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useSchemaForm, type FormMessage } from '../../../lib/forms';
import { PolicyTextFields } from './PolicyTextFields';
import { policyTextSchema } from './policy-schema';
import { useSaveTranslation } from './use-save-translation';

/** A translation as its form checks it: a language picked (none at first), and its text. */
const translationSchema = policyTextSchema.extend({
  language: z.union([z.enum(PREFERRED_LANGUAGES), z.literal('')]).pipe(
    z.enum(PREFERRED_LANGUAGES, {
      error: 'policyAdmin.problems.languageRequired' satisfies FormMessage,
    }),
  ),
});

type TranslationValues = z.input<typeof translationSchema>;

interface TranslationFormProps {
  version: number;
  /** The languages the version already has a text in (its main one among them). */
  languages: readonly PreferredLanguage[];
  /** The text to correct; null to add one in a language it has none in. */
  editing: {
    language: PreferredLanguage;
    title: string;
    body: string;
    changeSummary: string;
  } | null;
  onDone: () => void;
}

/**
 * Adds a version's text in another language, or corrects one: the version stays the same, so
 * nobody is asked to acknowledge it again.
 */
export function TranslationForm({ version, languages, editing, onDone }: TranslationFormProps) {
  const { t } = useTranslation();
  const save = useSaveTranslation(version);
  const initial: TranslationValues = editing ?? {
    language: '',
    title: '',
    body: '',
    changeSummary: '',
  };
  const form = useSchemaForm(translationSchema, initial);
  const unused = PREFERRED_LANGUAGES.filter((code) => !languages.includes(code));

  const handleSubmit = form.onSubmit(({ language, changeSummary, ...text }) =>
    save
      .mutateAsync({ language, ...text, ...(changeSummary === '' ? {} : { changeSummary }) })
      .then(() => {
        notifications.show({
          color: 'green',
          message: t(
            editing ? 'policyAdmin.translation.corrected' : 'policyAdmin.translation.added',
            {
              version,
              language: LANGUAGE_NAMES[language],
            },
          ),
        });
        onDone();
      }),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormErrorAlert form={form} title={t('policyAdmin.translation.failed')} />
        <Select
          label={t('policyAdmin.fields.language')}
          data={(editing ? [editing.language] : unused).map((code) => ({
            value: code,
            label: LANGUAGE_NAMES[code],
          }))}
          value={form.values.language === '' ? null : form.values.language}
          onChange={(picked) =>
            form.setFieldValue('language', isPreferredLanguage(picked) ? picked : '')
          }
          error={form.errors.language}
          disabled={editing !== null}
          required
          withAsterisk
          searchable
          w={{ base: '100%', xs: 280 }}
        />
        <PolicyTextFields
          field={(name) => form.getInputProps(name)}
          focusTitle={editing !== null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('policyAdmin.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(editing ? 'policyAdmin.translation.saveCorrection' : 'policyAdmin.translation.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
