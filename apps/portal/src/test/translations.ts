import type { UiLanguage } from '@chorus/core';
import type { Translation } from '../i18n/locales';

const files = import.meta.glob<Translation>('../i18n/locales/*.json', {
  eager: true,
  import: 'default',
});

/** Every locale file, loaded up front: tests switch languages without waiting for a download. */
export const ALL_TRANSLATIONS = Object.fromEntries(
  Object.entries(files).map(([path, translation]) => [
    path.replace(/^.*\/(\w+)\.json$/, '$1'),
    translation,
  ]),
) as Partial<Record<UiLanguage, Translation>>;
