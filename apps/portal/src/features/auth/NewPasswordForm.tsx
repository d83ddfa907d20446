import { MIN_PASSWORD_LENGTH } from '@chorus/core';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface NewPasswordFormProps {
  passwordLabel: string;
  repeatLabel: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (password: string) => void;
  /** Shown above the fields, e.g. the server's answer. */
  children?: ReactNode;
}

/** A new password typed twice, checked against the length rule before it is sent. */
export function NewPasswordForm({
  passwordLabel,
  repeatLabel,
  submitLabel,
  pending,
  onSubmit,
  children,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);

  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  const mismatch = password !== repeat;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort || mismatch) return;
    onSubmit(password);
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {children}
        <PasswordInput
          label={passwordLabel}
          description={t('newPassword.rule', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={
            checked && tooShort
              ? t('newPassword.tooShort', { min: MIN_PASSWORD_LENGTH })
              : undefined
          }
          visibilityToggleButtonProps={{ 'aria-label': t('newPassword.togglePassword') }}
        />
        <PasswordInput
          label={repeatLabel}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={checked && !tooShort && mismatch ? t('newPassword.mismatch') : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('newPassword.toggleRepeat') }}
        />
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
