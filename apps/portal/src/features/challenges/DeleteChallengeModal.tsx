import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { Challenge } from './api/challenge-queries';
import { useDeleteChallenge } from './use-challenges';

/** Asks before deleting a challenge that has not started. */
export function DeleteChallengeModal({
  challenge,
  onClose,
}: {
  challenge: Challenge;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteChallenge();
  return (
    <ConfirmModal
      title={t('challenges.deleteTitle', { title: challenge.title })}
      message={t('challenges.deleteMessage')}
      errorTitle={t('challenges.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(challenge.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('challenges.deleted', { title: challenge.title }),
            });
            onClose();
          },
        })
      }
    />
  );
}
