import {
  SOCIAL_NETWORKS,
  SOCIAL_NETWORK_NAMES,
  type SocialNetwork,
  INPUT_LIMITS,
} from '@chorus/core';
import { Fieldset, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialProfileValues, SocialProfilesValues } from './profile-form';

interface SocialProfilesFieldsetProps {
  values: SocialProfilesValues;
  onChange: (network: SocialNetwork, change: Partial<SocialProfileValues>) => void;
}

/** A handle and a stated audience size per network; never a password or token. */
export function SocialProfilesFieldset({ values, onChange }: SocialProfilesFieldsetProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('profile.socialProfiles')}>
      <Stack>
        <Text size="sm">{t('profile.socialIntro')}</Text>
        <Text size="sm" c="dimmed">
          {t('profile.noSocialPasswords')}
        </Text>
        {SOCIAL_NETWORKS.map((network) => {
          const name = SOCIAL_NETWORK_NAMES[network];
          return (
            <SimpleGrid key={network} cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label={t('profile.handle', { network: name })}
                autoComplete="off"
                maxLength={INPUT_LIMITS.socialHandle}
                value={values[network].handle}
                onChange={(event) => onChange(network, { handle: event.currentTarget.value })}
              />
              <NumberInput
                label={t('profile.audienceSize', { network: name })}
                min={0}
                allowNegative={false}
                allowDecimal={false}
                thousandSeparator={false}
                hideControls
                value={values[network].audienceSize}
                onChange={(value) => onChange(network, { audienceSize: value })}
              />
            </SimpleGrid>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
