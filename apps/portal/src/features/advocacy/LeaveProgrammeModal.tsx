import { List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useLeaveProgramme } from './use-leave-programme';

/** Says what leaving the programme means before doing it. */
export function LeaveProgrammeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const leave = useLeaveProgramme();

  // Not while leaving: the answer decides what the page shows next.
  const close = () => {
    if (!leave.isPending) onClose();
  };

  const confirm = () =>
    leave.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('advocacy.left') });
        onClose();
      },
    });

  return (
    <ConfirmModal
      title={t('advocacy.leaveTitle')}
      message={
        <Stack>
          <Text>{t('advocacy.leaveIntro')}</Text>
          <List spacing="xs">
            <List.Item>{t('advocacy.leaveNoSharing')}</List.Item>
            <List.Item>{t('advocacy.leaveNoLeaderboards')}</List.Item>
            <List.Item>{t('advocacy.leaveAnonymousTotals')}</List.Item>
          </List>
          <Text>{t('advocacy.leaveRejoin')}</Text>
        </Stack>
      }
      confirmLabel={t('advocacy.leaveConfirm')}
      cancelLabel={t('advocacy.cancel')}
      pending={leave.isPending}
      error={leave.error}
      errorTitle={t('advocacy.leaveFailed')}
      onConfirm={confirm}
      onClose={close}
    />
  );
}
