import { isSsoErrorReason } from '@chorus/core';
import { Alert, Anchor, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { describeError } from '../../api/describe-error';
import { useSchemaForm, type FormMessage } from '../../lib/forms';
import { PageLoader } from '../../components/PageLoader';
import { browserNavigation } from './browser-navigation';
import { safeNextPath, type SignInLocationState } from './next-path';
import { FORGOT_PASSWORD_PATH } from './paths';
import { PublicCard } from './PublicCard';
import { ssoStartUrl } from './sso';
import { useAuthOptions } from './use-auth-options';
import { useLogin } from './use-login';
import { useMe } from '../../lib/use-me';

/** Both fields are needed; the password is sent exactly as typed. */
const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'signIn.emailRequired' satisfies FormMessage }),
  password: z.string().min(1, { error: 'signIn.passwordRequired' satisfies FormMessage }),
});

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const options = useAuthOptions();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const form = useSchemaForm(signInSchema, { email: '', password: '' });

  const next = safeNextPath(searchParams.get('next'));
  const ssoError = searchParams.get('sso_error');
  // Only a known reason is explained; the address's text itself is never shown.
  const ssoErrorKey =
    ssoError === null
      ? undefined
      : isSsoErrorReason(ssoError)
        ? (`signIn.ssoErrors.${ssoError}` as const)
        : 'signIn.ssoErrors.unknown';
  const signedOut = (location.state as SignInLocationState | null)?.signedOut === true;

  if (me.data && !signedOut) return <Navigate to={next} replace />;
  if (me.isPending) return <PageLoader fullScreen />;

  // The server's refusal (wrong password, too many attempts) is the mutation's, shown above.
  const handleSubmit = form.onSubmit((credentials) =>
    login.mutate(credentials, { onSuccess: () => void navigate(next, { replace: true }) }),
  );

  return (
    <PublicCard title={t('signIn.title')}>
      {ssoErrorKey && (
        <Alert color="red" title={t('signIn.ssoFailed')}>
          {t(ssoErrorKey)}
        </Alert>
      )}
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {login.isError && (
            <Alert color="red" title={t('signIn.failed')}>
              {describeError(login.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            withAsterisk={false}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            withAsterisk={false}
            {...form.getInputProps('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePassword') }}
          />
          <Button type="submit" loading={login.isPending}>
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm" ta="center">
            {t('signIn.forgotPassword')}
          </Anchor>
        </Stack>
      </form>
      {options.data?.sso && (
        <>
          <Divider label={t('signIn.or')} labelPosition="center" />
          <Button variant="default" onClick={() => browserNavigation.assign(ssoStartUrl(next))}>
            {t('signIn.sso')}
          </Button>
        </>
      )}
    </PublicCard>
  );
}
