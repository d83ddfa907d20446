import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

const contentSchema = z.object({ fourEyesApproval: z.boolean() });

/** How content is approved: whether someone else must approve what a curator added. */
export function ContentSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    name: t('settings.content'),
    settings,
    valuesOf: ({ fourEyesApproval }) => ({ fourEyesApproval }),
    schema: contentSchema,
  });

  return (
    <SettingsSection title={t('settings.content')} form={form}>
      <Switch
        label={t('settings.fourEyes.label')}
        // The label wraps the description too; the name is the label alone.
        aria-label={t('settings.fourEyes.label')}
        description={t('settings.fourEyes.description')}
        checked={form.values.fourEyesApproval}
        onChange={(event) => form.setField('fourEyesApproval', event.currentTarget.checked)}
        error={form.errors.fourEyesApproval}
        size="md"
      />
      <Text size="sm" c="dimmed">
        {t('settings.fourEyes.explained')}
      </Text>
    </SettingsSection>
  );
}
