import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { useDeleteQuestion } from './use-delete-question';
import type { Question } from '../api/stage-editor-queries';

export function DeleteQuestionModal({
  question,
  onClose,
}: {
  question: Question;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteQuestion();
  return (
    <ConfirmDeleteModal
      title={t('trainingEditor.questions.deleteTitle', { position: question.position })}
      message={t('trainingEditor.questions.deleteExplained', { prompt: question.prompt })}
      failedTitle={t('trainingEditor.questions.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(question.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('trainingEditor.questions.deleted'),
            });
            onClose();
          },
        })
      }
    />
  );
}
