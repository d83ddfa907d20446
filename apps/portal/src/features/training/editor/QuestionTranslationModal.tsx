import { INPUT_LIMITS, type UiLanguage } from '@chorus/core';
import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { requiredText, text, useSchemaForm } from '../../../lib/forms';
import type { TranslatedQuestion } from '../api/stage-editor-queries';
import { useLanguageName } from '../../../lib/use-language-name';
import { OriginalText } from './OriginalText';
import { useSaveQuestionTranslation } from './use-save-question-translation';

const schema = z.object({
  prompt: requiredText(
    INPUT_LIMITS.questionPrompt,
    'trainingEditor.questions.problems.promptRequired',
  ),
  options: z.array(
    requiredText(INPUT_LIMITS.questionOption, 'trainingEditor.questions.problems.optionRequired'),
  ),
  explanation: text(INPUT_LIMITS.questionExplanation),
});

/**
 * A quiz question in another language. Its answers are the question's own, one field each in
 * the same order: a translation cannot add, drop or reorder them, so the right one stays right.
 */
export function QuestionTranslationModal({
  question,
  mainLanguage,
  language,
  onClose,
}: {
  question: TranslatedQuestion;
  mainLanguage: string;
  language: UiLanguage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const save = useSaveQuestionTranslation();
  const existing = question.translations.find((translation) => translation.language === language);
  const form = useSchemaForm(schema, {
    prompt: existing?.prompt ?? '',
    options: question.options.map((_, index) => existing?.options[index] ?? ''),
    explanation: existing?.explanation ?? '',
  });

  const submit = async (values: z.output<typeof schema>) => {
    await save.mutateAsync({ id: question.id, language, body: values });
    notifications.show({
      color: 'green',
      message: t('trainingEditor.translations.saved', { language: nameOf(language) }),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={t('trainingEditor.translations.questionTitle', {
        position: question.position,
        language: nameOf(language),
      })}
      errorTitle={t('trainingEditor.translations.saveFailed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <OriginalText language={mainLanguage}>{question.prompt}</OriginalText>
      <Textarea
        label={t('trainingEditor.questions.fields.prompt')}
        {...form.getInputProps('prompt')}
        lang={language}
        maxLength={INPUT_LIMITS.questionPrompt}
        rows={2}
        resize="vertical"
        required
        withAsterisk
        data-autofocus
      />
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('trainingEditor.translations.optionsHint')}
        </Text>
        {question.options.map((option, index) => (
          <TextInput
            key={index}
            label={t('trainingEditor.translations.option', { number: index + 1 })}
            description={
              index === question.correctOption
                ? t('trainingEditor.translations.originalRight', { option })
                : t('trainingEditor.translations.originalOption', { option })
            }
            {...form.getInputProps(`options.${index}`)}
            lang={language}
            maxLength={INPUT_LIMITS.questionOption}
            required
            withAsterisk
          />
        ))}
      </Stack>
      <Textarea
        label={t('trainingEditor.questions.fields.explanation')}
        description={
          question.explanation
            ? t('trainingEditor.translations.originalOption', { option: question.explanation })
            : undefined
        }
        {...form.getInputProps('explanation')}
        lang={language}
        maxLength={INPUT_LIMITS.questionExplanation}
        rows={2}
        resize="vertical"
      />
    </FormModal>
  );
}
