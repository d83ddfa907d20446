import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { describeError } from '../../api/describe-error';
import { useSchemaForm, type FormMessage } from '../../lib/forms';
import { SIGN_IN_PATH } from './next-path';
import { PublicCard } from './PublicCard';
import { useRequestPasswordReset } from './use-request-password-reset';

const resetRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'passwordReset.emailRequired' satisfies FormMessage }),
});

/** Asks for a password reset link by mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const form = useSchemaForm(resetRequestSchema, { email: '' });
  const handleSubmit = form.onSubmit(({ email }) => requestReset.mutate(email));

  return (
    <PublicCard title={t('passwordReset.requestTitle')}>
      {requestReset.isSuccess ? (
        <Alert color="green" title={t('passwordReset.requestSent')}>
          {t('passwordReset.requestSentMessage', { email: requestReset.variables })}
        </Alert>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            <Text size="sm">{t('passwordReset.requestIntro')}</Text>
            {requestReset.isError && (
              <Alert color="red" title={t('passwordReset.requestFailed')}>
                {describeError(requestReset.error, t)}
              </Alert>
            )}
            <TextInput
              label={t('passwordReset.email')}
              type="email"
              autoComplete="email"
              required
              withAsterisk={false}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={requestReset.isPending}>
              {t('passwordReset.send')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={SIGN_IN_PATH} size="sm" ta="center">
        {t('passwordReset.backToSignIn')}
      </Anchor>
    </PublicCard>
  );
}
