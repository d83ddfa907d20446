import { INPUT_LIMITS, type UiLanguage } from '@chorus/core';
import { TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { requiredText, text, useSchemaForm } from '../../../lib/forms';
import type { StageEditor } from '../api/stage-editor-queries';
import { useLanguageName } from '../../../lib/use-language-name';
import { OriginalText } from './OriginalText';
import { useSaveStageTranslation } from './use-save-stage-translation';

const schema = z.object({
  title: requiredText(INPUT_LIMITS.stageTitle, 'trainingEditor.stage.problems.titleRequired'),
  summary: text(INPUT_LIMITS.stageSummary),
});

/** A stage's title and summary in another language. */
export function StageTranslationModal({
  stage,
  language,
  onClose,
}: {
  stage: StageEditor;
  language: UiLanguage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const save = useSaveStageTranslation();
  const existing = stage.translations.find((translation) => translation.language === language);
  const form = useSchemaForm(schema, {
    title: existing?.title ?? '',
    summary: existing?.summary ?? '',
  });

  const submit = async (values: z.output<typeof schema>) => {
    await save.mutateAsync({ stage: stage.stage, language, body: values });
    notifications.show({
      color: 'green',
      message: t('trainingEditor.translations.saved', { language: nameOf(language) }),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={t('trainingEditor.translations.stageTitle', {
        stage: stage.stage,
        language: nameOf(language),
      })}
      errorTitle={t('trainingEditor.translations.saveFailed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <OriginalText language={stage.language}>
        {stage.summary ? `${stage.title}\n\n${stage.summary}` : stage.title}
      </OriginalText>
      <TextInput
        label={t('trainingEditor.stage.title')}
        {...form.getInputProps('title')}
        lang={language}
        maxLength={INPUT_LIMITS.stageTitle}
        required
        withAsterisk
        data-autofocus
      />
      <Textarea
        label={t('trainingEditor.stage.summary')}
        {...form.getInputProps('summary')}
        lang={language}
        maxLength={INPUT_LIMITS.stageSummary}
        rows={2}
        resize="vertical"
      />
    </FormModal>
  );
}
