import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useDeleteAccount } from './use-delete-account';

interface DeleteAccountModalProps {
  email: string;
  opened: boolean;
  onClose: () => void;
}

const normalise = (email: string) => email.trim().toLowerCase();

/** Explains what deleting the account means, and asks for the email address to confirm it. */
export function DeleteAccountModal({ email, opened, onClose }: DeleteAccountModalProps) {
  const { t } = useTranslation();
  const deleteAccount = useDeleteAccount();
  const [typed, setTyped] = useState('');
  const confirmed = normalise(typed) === normalise(email);

  const close = () => {
    if (deleteAccount.isPending) return;
    setTyped('');
    deleteAccount.reset();
    onClose();
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed) return;
    // Not mutate's onSuccess: signing out leaves this page, and that would never run.
    void deleteAccount.mutateAsync(typed.trim()).then(
      () => notifications.show({ color: 'green', message: t('privacy.deleted') }),
      () => {}, // Shown in the dialog, from the mutation's state.
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('privacy.deleteTitle')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text>{t('privacy.deleteIntro')}</Text>
          <List spacing="xs">
            <List.Item>{t('privacy.deletePersonalData')}</List.Item>
            <List.Item>{t('privacy.deleteAnonymousTotals')}</List.Item>
            <List.Item>{t('privacy.deleteSignedOut')}</List.Item>
          </List>
          <Text fw={500}>{t('privacy.deleteIrreversible')}</Text>
          {deleteAccount.isError && (
            <Alert color="red" title={t('privacy.deleteFailed')}>
              {describeError(deleteAccount.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('privacy.confirmEmail')}
            description={t('privacy.confirmEmailHint', { email })}
            type="email"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={deleteAccount.isPending}>
              {t('privacy.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              disabled={!confirmed}
              loading={deleteAccount.isPending}
            >
              {t('privacy.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
