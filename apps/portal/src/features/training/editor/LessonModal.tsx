import { INPUT_LIMITS, type TrainingStage } from '@chorus/core';
import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import { changedValues, requiredText, useSchemaForm } from '../../../lib/forms';
import { useCreateLesson } from './use-create-lesson';
import type { Lesson } from '../api/stage-editor-queries';
import { useUpdateLesson } from './use-update-lesson';

const lessonSchema = z.object({
  title: requiredText(INPUT_LIMITS.lessonTitle, 'trainingEditor.lessons.problems.titleRequired'),
  body: requiredText(INPUT_LIMITS.lessonBody, 'trainingEditor.lessons.problems.bodyRequired'),
});

type LessonValues = z.output<typeof lessonSchema>;

interface LessonModalProps {
  stage: TrainingStage;
  /** The lesson to edit; null for a new one, added at the end of the stage. */
  lesson: Lesson | null;
  onClose: () => void;
}

export function LessonModal({ stage, lesson, onClose }: LessonModalProps) {
  const { t } = useTranslation();
  const create = useCreateLesson();
  const update = useUpdateLesson();
  const form = useSchemaForm(lessonSchema, {
    title: lesson?.title ?? '',
    body: lesson?.body ?? '',
  });

  const save = async (values: LessonValues) => {
    let saved: Lesson;
    if (lesson) {
      // Only what differs from the lesson as loaded.
      const body = changedValues({ title: lesson.title, body: lesson.body }, values);
      if (Object.keys(body).length === 0) return;
      saved = await update.mutateAsync({ id: lesson.id, body });
    } else {
      saved = await create.mutateAsync({ stage, body: values });
    }
    notifications.show({
      color: 'green',
      message: t(lesson ? 'trainingEditor.lessons.saved' : 'trainingEditor.lessons.added', {
        title: saved.title,
      }),
    });
  };

  return (
    <FormModal
      form={form}
      size="xl"
      title={
        lesson
          ? t('trainingEditor.lessons.editTitle', { title: lesson.title })
          : t('trainingEditor.lessons.addTitle', { stage })
      }
      errorTitle={t('trainingEditor.lessons.saveFailed')}
      onSubmit={save}
      onClose={onClose}
    >
      <TextInput
        label={t('trainingEditor.lessons.fields.title')}
        {...form.getInputProps('title')}
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
