import type { TrainingStage } from '@chorus/core';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { MarkdownEditor } from '../../../components/MarkdownEditor';
import {
  MAX_LESSON_BODY_LENGTH,
  MAX_LESSON_TITLE_LENGTH,
  lessonBody,
  lessonChanges,
  lessonProblems,
  lessonValues,
  type LessonValues,
} from './lesson-form';
import { useCreateLesson } from './use-create-lesson';
import type { Lesson } from '../api/stage-editor-queries';
import { useUpdateLesson } from './use-update-lesson';

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
  const save = lesson ? update : create;
  const [values, setValues] = useState(() => lessonValues(lesson));
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<LessonValues>) => setValues((now) => ({ ...now, ...change }));
  const problems = lessonProblems(values);
  const shown = (field: keyof LessonValues) => {
    const problem = problems[field];
    return checked && problem ? t(`trainingEditor.lessons.problems.${problem}`) : null;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    const onSuccess = (saved: Lesson) => {
      notifications.show({
        color: 'green',
        message: t(lesson ? 'trainingEditor.lessons.saved' : 'trainingEditor.lessons.added', {
          title: saved.title,
        }),
      });
      onClose();
    };
    if (!lesson) return create.mutate({ stage, body: lessonBody(values) }, { onSuccess });
    const body = lessonChanges(lesson, values);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate({ id: lesson.id, body }, { onSuccess });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        lesson
          ? t('trainingEditor.lessons.editTitle', { title: lesson.title })
          : t('trainingEditor.lessons.addTitle', { stage })
      }
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {save.isError && (
            <Alert color="red" title={t('trainingEditor.lessons.saveFailed')}>
              {describeError(save.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('trainingEditor.lessons.fields.title')}
            value={values.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            error={shown('title')}
            maxLength={MAX_LESSON_TITLE_LENGTH}
            required
            withAsterisk
            data-autofocus
          />
          <MarkdownEditor
            label={t('trainingEditor.lessons.fields.body')}
            value={values.body}
            onChange={(body) => set({ body })}
            error={shown('body')}
            maxLength={MAX_LESSON_BODY_LENGTH}
            required
            withAsterisk
            tabsLabel={t('trainingEditor.lessons.fields.bodyTabs')}
            writeLabel={t('trainingEditor.write')}
            previewLabel={t('trainingEditor.preview')}
            emptyPreview={t('trainingEditor.emptyPreview')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('trainingEditor.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('trainingEditor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
