import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../api/describe-error';
import { SIGN_IN_PATH } from './next-path';
import { PublicCard } from './PublicCard';
import { useRequestPasswordReset } from './use-request-password-reset';

/** Asks for a password reset link by mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = email.trim();
    setMissing(trimmed === '');
    if (trimmed !== '') requestReset.mutate(trimmed);
  };

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
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={missing ? t('passwordReset.emailRequired') : undefined}
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
