import {
  INPUT_LIMITS,
  SOCIAL_NETWORKS,
  SOCIAL_NETWORK_NAMES,
  type SocialNetwork,
} from '@chorus/core';
import { Fieldset, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SocialProfile } from './api/profile-queries';

/** A number typed, or what the number field holds as text (empty, or not a number): none. */
const audienceSize = z.union([z.number(), z.string()]).transform((value): number | null => {
  const parsed = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
});

const socialProfileSchema = z.object({
  handle: z
    .string()
    .trim()
    .max(INPUT_LIMITS.socialHandle)
    .transform((handle) => handle || null),
  audienceSize,
});

/**
 * A handle and an audience per network, as the API takes them: the whole list, without the
 * networks that have neither.
 */
export const socialProfilesSchema = z
  .record(z.enum(SOCIAL_NETWORKS), socialProfileSchema)
  .transform((byNetwork): SocialProfile[] =>
    SOCIAL_NETWORKS.flatMap((network) => {
      const { handle, audienceSize } = byNetwork[network];
      return handle === null && audienceSize === null ? [] : [{ network, handle, audienceSize }];
    }),
  );

export type SocialProfilesValues = z.input<typeof socialProfilesSchema>;
type SocialProfileValues = SocialProfilesValues[SocialNetwork];

/** Every network's fields, filled in from the profiles saved. */
export function socialProfilesValues(saved: readonly SocialProfile[]): SocialProfilesValues {
  const byNetwork = new Map(saved.map((social) => [social.network, social]));
  return Object.fromEntries(
    SOCIAL_NETWORKS.map((network) => {
      const social = byNetwork.get(network);
      return [network, { handle: social?.handle ?? '', audienceSize: social?.audienceSize ?? '' }];
    }),
  ) as SocialProfilesValues;
}

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
