import {
  INPUT_LIMITS,
  SOCIAL_NETWORKS,
  SOCIAL_NETWORK_NAMES,
  formatMastodonHandle,
  parseMastodonHandle,
  type SocialNetwork,
} from '@chorus/core';
import { Fieldset, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FormMessage } from '../../lib/forms';
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

/** A Mastodon handle names the server shares open on: it must be one (`@name@server`). */
const mastodonHandle = (handle: string | null) =>
  handle === null ? null : parseMastodonHandle(handle);

/**
 * A handle and an audience per network, as the API takes them: the whole list, without the
 * networks that have neither, a Mastodon handle written `@name@server`.
 */
export const socialProfilesSchema = z
  .record(z.enum(SOCIAL_NETWORKS), socialProfileSchema)
  .superRefine(({ mastodon }, context) => {
    if (mastodon.handle !== null && mastodonHandle(mastodon.handle) === null) {
      context.addIssue({
        code: 'custom',
        path: ['mastodon', 'handle'],
        message: 'sharing.mastodon.invalid' satisfies FormMessage,
      });
    }
  })
  .transform((byNetwork): SocialProfile[] =>
    SOCIAL_NETWORKS.flatMap((network) => {
      const { audienceSize } = byNetwork[network];
      const account = network === 'mastodon' ? mastodonHandle(byNetwork[network].handle) : null;
      const handle = account ? formatMastodonHandle(account) : byNetwork[network].handle;
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
  /** What is wrong with a network's handle, when something is. */
  handleErrors?: Partial<Record<SocialNetwork, ReactNode>>;
}

/** A handle and a stated audience size per network; never a password or token. */
export function SocialProfilesFieldset({
  values,
  onChange,
  handleErrors = {},
}: SocialProfilesFieldsetProps) {
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
                placeholder={network === 'mastodon' ? t('sharing.mastodon.placeholder') : undefined}
                error={handleErrors[network]}
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
