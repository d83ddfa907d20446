import { INPUT_LIMITS, type UiLanguage } from '@chorus/core';
import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import { requiredText, useSchemaForm } from '../../../lib/forms';
import type { TranslatedLesson } from '../api/stage-editor-queries';
import { useLanguageName } from '../../../lib/use-language-name';
import { OriginalText } from './OriginalText';
import { useSaveLessonTranslation } from './use-save-lesson-translation';

const schema = z.object({
  title: requiredText(INPUT_LIMITS.lessonTitle, 'trainingEditor.lessons.problems.titleRequired'),
  body: requiredText(INPUT_LIMITS.lessonBody, 'trainingEditor.lessons.problems.bodyRequired'),
});

/** A lesson's title and text in another language. */
export function LessonTranslationModal({
  lesson,
  mainLanguage,
  language,
  onClose,
}: {
  lesson: TranslatedLesson;
  mainLanguage: string;
  language: UiLanguage;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const save = useSaveLessonTranslation();
  const existing = lesson.translations.find((translation) => translation.language === language);
  const form = useSchemaForm(schema, {
    title: existing?.title ?? '',
    body: existing?.body ?? '',
  });

  const submit = async (values: z.output<typeof schema>) => {
    await save.mutateAsync({ id: lesson.id, language, body: values });
    notifications.show({
      color: 'green',
      message: t('trainingEditor.translations.saved', { language: nameOf(language) }),
    });
  };

  return (
    <FormModal
      form={form}
      size="xl"
      title={t('trainingEditor.translations.lessonTitle', {
        position: lesson.position,
        language: nameOf(language),
      })}
      errorTitle={t('trainingEditor.translations.saveFailed')}
      onSubmit={submit}
      onClose={onClose}
    >
      <OriginalText language={mainLanguage}>{`${lesson.title}\n\n${lesson.body}`}</OriginalText>
      <TextInput
        label={t('trainingEditor.lessons.fields.title')}
        {...form.getInputProps('title')}
        lang={language}
        maxLength={INPUT_LIMITS.lessonTitle}
        required
        withAsterisk
        data-autofocus
      />
      <MarkdownEditor
        label={t('trainingEditor.lessons.fields.body')}
        {...form.getInputProps('body')}
        value={form.values.body}
        maxLength={INPUT_LIMITS.lessonBody}
        required
        withAsterisk
        tabsLabel={t('trainingEditor.lessons.fields.bodyTabs')}
        writeLabel={t('trainingEditor.write')}
        previewLabel={t('trainingEditor.preview')}
        emptyPreview={t('trainingEditor.emptyPreview')}
      />
    </FormModal>
  );
}
