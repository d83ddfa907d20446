import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
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
    <ConfirmModal
      title={t('trainingEditor.questions.deleteTitle', { position: question.position })}
      message={t('trainingEditor.questions.deleteExplained', { prompt: question.prompt })}
      errorTitle={t('trainingEditor.questions.deleteFailed')}
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
