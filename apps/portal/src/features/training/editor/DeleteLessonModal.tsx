import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useDeleteLesson } from './use-delete-lesson';
import type { Lesson } from '../api/stage-editor-queries';

export function DeleteLessonModal({ lesson, onClose }: { lesson: Lesson; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteLesson();
  return (
    <ConfirmModal
      title={t('trainingEditor.lessons.deleteTitle', { title: lesson.title })}
      message={t('trainingEditor.lessons.deleteExplained')}
      errorTitle={t('trainingEditor.lessons.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(lesson.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('trainingEditor.lessons.deleted', { title: lesson.title }),
            });
            onClose();
          },
        })
      }
    />
  );
}
