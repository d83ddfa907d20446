import { MIN_PASSWORD_LENGTH } from '@chorus/core';
import { Button, PasswordInput, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSchemaForm, type FormMessage } from '../../lib/forms';

interface NewPasswordFormProps {
  passwordLabel: string;
  repeatLabel: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (password: string) => void;
  /** Shown above the fields, e.g. the server's answer. */
  children?: ReactNode;
}

/** The length rule first; only a password long enough must be typed the same twice. */
const newPasswordSchema = z
  .object({
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: 'newPassword.tooShort' satisfies FormMessage }),
    repeat: z.string(),
  })
  .refine(({ password, repeat }) => password === repeat, {
    path: ['repeat'],
    error: 'newPassword.mismatch' satisfies FormMessage,
  });

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
  const form = useSchemaForm(newPasswordSchema, { password: '', repeat: '' });
  const handleSubmit = form.onSubmit(({ password }) => onSubmit(password));

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
          {...form.getInputProps('password')}
          visibilityToggleButtonProps={{ 'aria-label': t('newPassword.togglePassword') }}
        />
        <PasswordInput
          label={repeatLabel}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps('repeat')}
          visibilityToggleButtonProps={{ 'aria-label': t('newPassword.toggleRepeat') }}
        />
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
