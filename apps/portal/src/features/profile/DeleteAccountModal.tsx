import { normalizeEmail } from '@chorus/core';
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSchemaForm, type FormMessage } from '../../lib/forms';
import { useDeleteAccount } from './use-delete-account';

interface DeleteAccountModalProps {
  email: string;
  onClose: () => void;
}

/** The confirmation is the account's own email address, in any case. */
function confirmationSchema(email: string) {
  return z.object({
    confirmEmail: z
      .string()
      .trim()
      .refine((typed) => normalizeEmail(typed) === normalizeEmail(email), {
        error: 'privacy.confirmEmailMismatch' satisfies FormMessage,
      }),
  });
}

/**
 * Explains what deleting the account means, and asks for the email address to confirm it. Not a
 * FormModal: its red button stays disabled until the address is typed. Mounted only while open,
 * so it always starts empty.
 */
export function DeleteAccountModal({ email, onClose }: DeleteAccountModalProps) {
  const { t } = useTranslation();
  const deleteAccount = useDeleteAccount();
  const schema = useMemo(() => confirmationSchema(email), [email]);
  const form = useSchemaForm(schema, { confirmEmail: '' });

  // Not while deleting: the answer signs out, or says why not, here.
  const close = () => {
    if (!form.submitting) onClose();
  };

  // Not mutate's onSuccess: signing out leaves this page, and that would never run.
  const confirm = async ({ confirmEmail }: z.output<typeof schema>) => {
    await deleteAccount.mutateAsync(confirmEmail);
    notifications.show({ color: 'green', message: t('privacy.deleted') });
  };

  return (
    <Modal opened onClose={close} title={t('privacy.deleteTitle')} size="lg">
      <form onSubmit={form.onSubmit(confirm)} noValidate>
        <Stack>
          <Text>{t('privacy.deleteIntro')}</Text>
          <List spacing="xs">
            <List.Item>{t('privacy.deletePersonalData')}</List.Item>
            <List.Item>{t('privacy.deleteAnonymousTotals')}</List.Item>
            <List.Item>{t('privacy.deleteSignedOut')}</List.Item>
          </List>
          <Text fw={500}>{t('privacy.deleteIrreversible')}</Text>
          {form.formError !== undefined && (
            <Alert color="red" title={t('privacy.deleteFailed')}>
              {form.formError}
            </Alert>
          )}
          <TextInput
            label={t('privacy.confirmEmail')}
            description={t('privacy.confirmEmailHint', { email })}
            type="email"
            autoComplete="off"
            {...form.getInputProps('confirmEmail')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={form.submitting}>
              {t('privacy.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!form.isValid()} loading={form.submitting}>
              {t('privacy.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
