import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, type UiLanguage } from '@chorus/core';
import en from './locales/en.json';

/** The portal's strings in one language: the shape of the English file, the source. */
export type Translation = typeof en;

/**
 * Every locale file but English, loaded when its language is first shown: a reader downloads
 * their own language, not all eight. Adding a language is adding its file here.
 */
const loaders = import.meta.glob<Translation>(['./locales/*.json', '!./locales/en.json'], {
  import: 'default',
});

function loaderFor(language: string): (() => Promise<Translation>) | undefined {
  return loaders[`./locales/${language}.json`];
}

/** English ships with the portal: it is the fallback for every other language. */
export const ENGLISH: Translation = en;

/** The UI languages that have a locale file. */
export const TRANSLATED_LANGUAGES: readonly UiLanguage[] = UI_LANGUAGES.filter(
  (language) => language === DEFAULT_UI_LANGUAGE || loaderFor(language) !== undefined,
);

/** A language's strings; English for a language without a locale file. */
export async function loadTranslation(language: string): Promise<Translation> {
  const load = loaderFor(language);
  return load ? load() : ENGLISH;
}
