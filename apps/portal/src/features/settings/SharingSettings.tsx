import { SHARE_NETWORKS } from '@chorus/core';
import { Checkbox, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

/** The networks offered, in the order of SHARE_NETWORKS, and how LinkedIn opens. */
const sharingSchema = z.object({
  enabledNetworks: z
    .array(z.enum(SHARE_NETWORKS))
    .transform((networks) => SHARE_NETWORKS.filter((network) => networks.includes(network))),
  linkedinComposer: z.boolean(),
});

/**
 * Which networks employees are offered to share to (at least one always stays on), and whether
 * LinkedIn opens its composer with the text filled in or its documented share page.
 */
export function SharingSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    name: t('settings.sharing.title'),
    settings,
    valuesOf: ({ enabledNetworks, linkedinComposer }) => ({ enabledNetworks, linkedinComposer }),
    // The last network checked cannot be unchecked, so the list is never empty.
    schema: sharingSchema,
  });
  const checked = form.values.enabledNetworks;
  const onlyOneLeft = checked.length === 1;

  return (
    <SettingsSection title={t('settings.sharing.title')} form={form}>
      <Checkbox.Group
        label={t('settings.sharing.networks.label')}
        description={t('settings.sharing.networks.description')}
        value={checked}
        onChange={(values) => {
          const networks = SHARE_NETWORKS.filter((network) => values.includes(network));
          if (networks.length > 0) form.setField('enabledNetworks', networks);
        }}
        error={form.errors.enabledNetworks}
      >
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" mt="xs">
          {SHARE_NETWORKS.map((network) => (
            <Checkbox
              key={network}
              value={network}
              label={t(`networks.${network}`)}
              // The last network offered cannot be turned off: sharing would have nowhere to go.
              disabled={onlyOneLeft && checked.includes(network)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Switch
        label={t('settings.sharing.linkedinComposer.label')}
        // The label wraps the description too; the name is the label alone.
        aria-label={t('settings.sharing.linkedinComposer.label')}
        description={t('settings.sharing.linkedinComposer.description')}
        checked={form.values.linkedinComposer}
        onChange={(event) => form.setField('linkedinComposer', event.currentTarget.checked)}
        error={form.errors.linkedinComposer}
        size="md"
      />
    </SettingsSection>
  );
}
