import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { DeactivateModal } from './DeactivateModal';
import { useReactivatePerson } from './use-reactivate-person';
import { useResendInvitation } from './use-resend-invitation';

/** What can be done with the account as a whole: deactivate, reactivate, invite again. */
export function PersonActions({ person }: { person: User }) {
  const { t } = useTranslation();
  const reactivate = useReactivatePerson(person.id);
  const resend = useResendInvitation(person.id);
  const [confirming, confirm] = useDisclosure(false);

  const startOver = () => {
    reactivate.reset();
    resend.reset();
  };
  const handleReactivate = () => {
    startOver();
    reactivate.mutate(undefined, {
      onSuccess: (updated) =>
        notifications.show({
          color: 'green',
          message: t('personDetail.reactivated', { name: updated.name }),
        }),
    });
  };
  const handleResend = () => {
    startOver();
    resend.mutate(undefined, {
      onSuccess: (updated) =>
        notifications.show({
          color: 'green',
          message: t('personDetail.invitationSent', { email: updated.email }),
        }),
    });
  };

  return (
    <Stack gap="xs">
      {person.status === 'deactivated' && <Text>{t('personDetail.deactivatedNote')}</Text>}
      {person.status === 'invited' && <Text>{t('personDetail.invitedNote')}</Text>}
      <Group gap="sm">
        {person.status === 'invited' && (
          <Button variant="default" onClick={handleResend} loading={resend.isPending}>
            {t('personDetail.resendInvitation')}
          </Button>
        )}
        {person.status === 'deactivated' ? (
          <Button onClick={handleReactivate} loading={reactivate.isPending}>
            {t('personDetail.reactivate')}
          </Button>
        ) : (
          <Button
            color="red"
            variant="light"
            onClick={() => {
              startOver();
              confirm.open();
            }}
          >
            {t('personDetail.deactivate')}
          </Button>
        )}
      </Group>
      {reactivate.isError && (
        <Alert color="red" title={t('personDetail.reactivateFailed')}>
          {describeError(reactivate.error, t)}
        </Alert>
      )}
      {resend.isError && (
        <Alert color="red" title={t('personDetail.resendFailed')}>
          {describeError(resend.error, t)}
        </Alert>
      )}
      {confirming && <DeactivateModal person={person} onClose={confirm.close} />}
    </Stack>
  );
}
