import { LANGUAGE_NAMES, isPreferredLanguage, isVariantNetwork } from '@chorus/core';
import type { TFunction } from 'i18next';
import type { Variant } from './use-content-item';

/** "LinkedIn" and "English": how a variant is named to people. */
export function variantNames(variant: Pick<Variant, 'network' | 'language'>, t: TFunction) {
  return {
    network: isVariantNetwork(variant.network) ? t(`networks.${variant.network}`) : variant.network,
    language: isPreferredLanguage(variant.language)
      ? LANGUAGE_NAMES[variant.language]
      : variant.language,
  };
}
