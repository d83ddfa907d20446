import type { ShareNetwork } from '@chorus/core';
import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isShareNetwork } from '../../lib/value-guards';

interface NetworkChoiceProps {
  networks: readonly ShareNetwork[];
  value: ShareNetwork;
  onChange: (network: ShareNetwork) => void;
}

/** Where to share, and in words where the post goes and as whom. */
export function NetworkChoice({ networks, value, onChange }: NetworkChoiceProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('sharing.where')}
        value={value}
        onChange={(picked) => {
          if (isShareNetwork(picked)) onChange(picked);
        }}
      >
        <Group gap="md" mt="xs">
          {networks.map((network) => (
            <Radio key={network} value={network} label={t(`networks.${network}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Text size="sm" aria-live="polite">
        {t(`sharing.destinations.${value}`)}
      </Text>
    </Stack>
  );
}
