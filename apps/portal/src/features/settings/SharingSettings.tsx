import { SHARE_NETWORKS } from '@chorus/core';
import { Alert, Checkbox, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { Settings } from './use-settings';
import { useUpdateSettings } from './use-update-settings';

/** Which networks employees are offered to share to; at least one always stays on. */
export function SharingSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  // While saving, the boxes show what was asked for.
  const checked =
    (update.isPending ? update.variables.enabledNetworks : undefined) ?? settings.enabledNetworks;
  const onlyOneLeft = checked.length === 1;

  const save = (values: string[]) => {
    const enabledNetworks = SHARE_NETWORKS.filter((network) => values.includes(network));
    if (enabledNetworks.length === 0) return;
    update.mutate(
      { enabledNetworks },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            message: t('settings.sharing.saved', {
              networks: saved.enabledNetworks.map((network) => t(`networks.${network}`)).join(', '),
            }),
          }),
      },
    );
  };

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('settings.sharing.title')}
      </Title>
      {update.isError && (
        <Alert color="red" title={t('settings.saveFailed')}>
          {describeError(update.error, t)}
        </Alert>
      )}
      <Checkbox.Group
        label={t('settings.sharing.networks.label')}
        description={t('settings.sharing.networks.description')}
        value={checked}
        onChange={save}
      >
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" mt="xs">
          {SHARE_NETWORKS.map((network) => (
            <Checkbox
              key={network}
              value={network}
              label={t(`networks.${network}`)}
              // The last network offered cannot be turned off: sharing would have nowhere to go.
              disabled={update.isPending || (onlyOneLeft && checked.includes(network))}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
}
