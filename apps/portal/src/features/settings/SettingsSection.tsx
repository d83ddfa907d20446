import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { SectionForm } from './use-settings-form';

/** What the section's buttons, confirmation and alert follow of its form. */
type SectionState = Pick<
  SectionForm<object>,
  'submit' | 'error' | 'saved' | 'dirty' | 'saving' | 'reset' | 'canSave'
>;

interface SettingsSectionProps {
  title: string;
  intro?: ReactNode;
  /** What the confirmation says once a save went through; "Saved" unless the section says more. */
  savedText?: string;
  form: SectionState;
  children: ReactNode;
}

/**
 * One section of the settings page: its fields, then Save (only with unsaved changes) and
 * Discard changes, and a "Saved" confirmation once the change went through.
 */
export function SettingsSection({ title, intro, savedText, form, children }: SettingsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();

  return (
    <Paper withBorder p="lg">
      <form aria-labelledby={titleId} onSubmit={form.submit} noValidate>
        <Stack>
          <Title id={titleId} order={2} size="h4">
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
          {form.error != null && (
            <Alert color="red" title={t('settings.saveFailed')}>
              {describeError(form.error, t)}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" gap="sm">
            {/* Always there, so a screen reader announces the confirmation when it appears. */}
            <Text role="status" size="sm" c="green.8" fw={500}>
              {form.saved ? (savedText ?? t('settings.saved')) : ''}
            </Text>
            <Button variant="default" disabled={!form.dirty || form.saving} onClick={form.reset}>
              {t('settings.discard')}
            </Button>
            <Button type="submit" disabled={!form.canSave} loading={form.saving}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
