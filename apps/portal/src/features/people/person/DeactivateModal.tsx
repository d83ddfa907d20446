import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { useDeactivatePerson } from './use-deactivate-person';

interface DeactivateModalProps {
  person: User;
  opened: boolean;
  onClose: () => void;
}

/** Says what deactivating does before doing it; a refusal (409) is shown here, in place. */
export function DeactivateModal({ person, opened, onClose }: DeactivateModalProps) {
  const { t } = useTranslation();
  const deactivate = useDeactivatePerson(person.id);
  const close = () => {
    deactivate.reset();
    onClose();
  };
  const confirm = () =>
    deactivate.mutate(undefined, {
      onSuccess: (updated) => {
        notifications.show({
          color: 'green',
          message: t('personDetail.deactivated', { name: updated.name }),
        });
        close();
      },
    });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('personDetail.deactivateTitle', { name: person.name })}
    >
      <Stack>
        <Text>{t('personDetail.deactivateExplanation', { name: person.name })}</Text>
        {deactivate.isError && (
          <Alert color="red" title={t('personDetail.deactivateFailed')}>
            {describeError(deactivate.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('personDetail.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={deactivate.isPending}>
            {t('personDetail.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
