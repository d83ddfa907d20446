import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { useDeleteRestrictedTerm } from './use-delete-restricted-term';
import type { RestrictedTerm } from '../api/restricted-term-queries';

/** Asks before deleting: posts are no longer checked for the term. */
export function DeleteTermModal({ term, onClose }: { term: RestrictedTerm; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteRestrictedTerm();

  const confirm = () =>
    remove.mutate(term.id, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: t('restrictedTerms.deleted', { term: term.term }),
        });
        onClose();
      },
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('restrictedTerms.deleteTitle', { term: term.term })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('restrictedTerms.deleteFailed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text>{t('restrictedTerms.deleteExplained')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('restrictedTerms.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('restrictedTerms.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
