import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useDeactivatePerson } from './use-deactivate-person';

/** Says what deactivating does before doing it; a refusal (409) is shown here, in place. */
export function DeactivateModal({ person, onClose }: { person: User; onClose: () => void }) {
  const { t } = useTranslation();
  const deactivate = useDeactivatePerson(person.id);

  const confirm = () =>
    deactivate.mutate(undefined, {
      onSuccess: (updated) => {
        notifications.show({
          color: 'green',
          message: t('personDetail.deactivated', { name: updated.name }),
        });
        onClose();
      },
    });

  return (
    <ConfirmModal
      title={t('personDetail.deactivateTitle', { name: person.name })}
      message={t('personDetail.deactivateExplanation', { name: person.name })}
      confirmLabel={t('personDetail.deactivate')}
      cancelLabel={t('personDetail.cancel')}
      pending={deactivate.isPending}
      error={deactivate.error}
      errorTitle={t('personDetail.deactivateFailed')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
