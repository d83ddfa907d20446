import { CAMPAIGN_SLUG_PATTERN, INPUT_LIMITS } from '@chorus/core';

export { CAMPAIGN_SLUG_PATTERN };
export const CAMPAIGN_SLUG_MAX_LENGTH = INPUT_LIMITS.campaignSlug;

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * A slug made from a campaign name: lower-case, accents stripped, every run of other characters
 * one hyphen, no hyphen at either end, at most 80 characters ("Été 2026: Launch!" gives
 * "ete-2026-launch"). Empty when the name has no letter or digit it can use.
 */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, CAMPAIGN_SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}
