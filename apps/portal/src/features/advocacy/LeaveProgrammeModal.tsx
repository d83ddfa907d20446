import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useLeaveProgramme } from './use-leave-programme';

/** Says what leaving the programme means before doing it. */
export function LeaveProgrammeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const leave = useLeaveProgramme();

  const close = () => {
    if (leave.isPending) return;
    leave.reset();
    onClose();
  };

  const confirm = () =>
    leave.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('advocacy.left') });
        leave.reset();
        onClose();
      },
    });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('advocacy.leaveTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text>{t('advocacy.leaveIntro')}</Text>
        <List spacing="xs">
          <List.Item>{t('advocacy.leaveNoSharing')}</List.Item>
          <List.Item>{t('advocacy.leaveNoLeaderboards')}</List.Item>
          <List.Item>{t('advocacy.leaveAnonymousTotals')}</List.Item>
        </List>
        <Text>{t('advocacy.leaveRejoin')}</Text>
        {leave.isError && (
          <Alert color="red" title={t('advocacy.leaveFailed')}>
            {describeError(leave.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={leave.isPending}>
            {t('advocacy.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={leave.isPending} data-autofocus>
            {t('advocacy.leaveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
