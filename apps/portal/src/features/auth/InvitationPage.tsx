import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { linkErrorCode } from './link-errors';
import { SIGN_IN_PATH } from './next-path';
import { NewPasswordForm } from './NewPasswordForm';
import { PublicCard } from './PublicCard';
import { useAcceptInvitation } from './use-accept-invitation';
import { useInvitation } from './use-invitation';

/** Accepts the invitation from a mail: shows whom it is for, then lets them choose a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();

  const problem = (error: unknown, message: string) => (
    <Stack gap="xs">
      <Alert color="red" title={t('invitation.linkProblem')}>
        {message}
      </Alert>
      {linkErrorCode(error) === 'link_used' && (
        <Anchor component={Link} to={SIGN_IN_PATH} size="sm">
          {t('invitation.goToSignIn')}
        </Anchor>
      )}
    </Stack>
  );

  if (token === '') {
    return (
      <PublicCard title={t('invitation.title')}>
        {problem(undefined, t('invitation.linkIncomplete'))}
      </PublicCard>
    );
  }
  if (invitation.isPending) {
    return (
      <PublicCard title={t('invitation.title')}>
        <PageLoader label={t('invitation.loading')} />
      </PublicCard>
    );
  }
  if (invitation.isError) {
    return (
      <PublicCard title={t('invitation.title')}>
        {problem(invitation.error, describeError(invitation.error, t))}
      </PublicCard>
    );
  }

  const handleSubmit = (password: string) =>
    accept.mutate({ token, password }, { onSuccess: () => void navigate('/', { replace: true }) });

  return (
    <PublicCard title={t('invitation.welcome', { name: invitation.data.name })}>
      <Text>{t('invitation.intro', { email: invitation.data.email })}</Text>
      <NewPasswordForm
        passwordLabel={t('invitation.password')}
        repeatLabel={t('invitation.repeatPassword')}
        submitLabel={t('invitation.submit')}
        pending={accept.isPending}
        onSubmit={handleSubmit}
      >
        {accept.isError &&
          (linkErrorCode(accept.error) ? (
            problem(accept.error, describeError(accept.error, t))
          ) : (
            <Alert color="red" title={t('invitation.failed')}>
              {describeError(accept.error, t)}
            </Alert>
          ))}
      </NewPasswordForm>
    </PublicCard>
  );
}
