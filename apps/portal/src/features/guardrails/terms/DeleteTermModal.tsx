import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useDeleteRestrictedTerm } from './use-delete-restricted-term';
import type { RestrictedTerm } from '../api/restricted-term-queries';

/** Asks before deleting: posts are no longer checked for the term. */
export function DeleteTermModal({ term, onClose }: { term: RestrictedTerm; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteRestrictedTerm();
  return (
    <ConfirmModal
      title={t('restrictedTerms.deleteTitle', { term: term.term })}
      message={t('restrictedTerms.deleteExplained')}
      errorTitle={t('restrictedTerms.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(term.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('restrictedTerms.deleted', { term: term.term }),
            });
            onClose();
          },
        })
      }
    />
  );
}
