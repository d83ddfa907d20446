import { Alert, Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { linkErrorCode } from './link-errors';
import { SIGN_IN_PATH } from './next-path';
import { NewPasswordForm } from './NewPasswordForm';
import { FORGOT_PASSWORD_PATH } from './paths';
import { PublicCard } from './PublicCard';
import { useResetPassword } from './use-reset-password';

/** Chooses a new password from the link in a reset mail, and signs the person in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const resetPassword = useResetPassword();
  const navigate = useNavigate();

  const requestNewLink = (
    <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
      {t('passwordReset.requestNewLink')}
    </Anchor>
  );

  if (token === '') {
    return (
      <PublicCard title={t('passwordReset.resetTitle')}>
        <Alert color="red" title={t('passwordReset.linkProblem')}>
          {t('passwordReset.linkIncomplete')}
        </Alert>
        {requestNewLink}
      </PublicCard>
    );
  }

  const handleSubmit = (password: string) =>
    resetPassword.mutate(
      { token, password },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('passwordReset.changed') });
          void navigate('/', { replace: true });
        },
      },
    );

  const linkError = linkErrorCode(resetPassword.error);

  return (
    <PublicCard title={t('passwordReset.resetTitle')}>
      <NewPasswordForm
        passwordLabel={t('passwordReset.newPassword')}
        repeatLabel={t('passwordReset.repeatPassword')}
        submitLabel={t('passwordReset.submit')}
        pending={resetPassword.isPending}
        onSubmit={handleSubmit}
      >
        {resetPassword.isError && (
          <Stack gap="xs">
            <Alert
              color="red"
              title={linkError ? t('passwordReset.linkProblem') : t('passwordReset.failed')}
            >
              {describeError(resetPassword.error, t)}
            </Alert>
            {linkError && requestNewLink}
          </Stack>
        )}
      </NewPasswordForm>
      <Anchor component={Link} to={SIGN_IN_PATH} size="sm" ta="center">
        {t('passwordReset.backToSignIn')}
      </Anchor>
    </PublicCard>
  );
}
