import { INPUT_LIMITS } from '@chorus/core';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { text } from '../../lib/forms';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

const organisationSchema = z.object({ organisationName: text(INPUT_LIMITS.organisationName) });

/** Who the organisation is: the name every mail Chorus sends carries. */
export function OrganisationSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    name: t('settings.organisation.title'),
    settings,
    valuesOf: ({ organisationName }) => ({ organisationName }),
    schema: organisationSchema,
  });

  return (
    <SettingsSection title={t('settings.organisation.title')} form={form}>
      <TextInput
        label={t('settings.organisation.name.label')}
        description={t('settings.organisation.name.description')}
        value={form.values.organisationName}
        onChange={(event) => form.setField('organisationName', event.currentTarget.value)}
        error={form.errors.organisationName}
        maxLength={INPUT_LIMITS.organisationName}
        maw={360}
      />
    </SettingsSection>
  );
}
