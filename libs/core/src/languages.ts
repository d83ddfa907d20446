/** Languages the portal's own interface is translated into. */
export const UI_LANGUAGES = ['en', 'nl'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Languages a person can prefer (ISO 639-1). Content is targeted by them, and the portal speaks
 * the preferred one when it is translated into it, English otherwise.
 */
export const PREFERRED_LANGUAGES = [
  'en',
  'nl',
  'de',
  'fr',
  'da',
  'sv',
  'no',
  'fi',
  'el',
  'es',
  'it',
  'pt',
  'pl',
] as const;

export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];

/** Each preferred language in its own words, for pickers. */
export const LANGUAGE_NAMES: Record<PreferredLanguage, string> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  fr: 'Français',
  da: 'Dansk',
  sv: 'Svenska',
  no: 'Norsk',
  fi: 'Suomi',
  el: 'Ελληνικά',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  pl: 'Polski',
};

export function isPreferredLanguage(value: unknown): value is PreferredLanguage {
  return typeof value === 'string' && (PREFERRED_LANGUAGES as readonly string[]).includes(value);
}

/** The interface language for a preferred language: itself when translated, English otherwise. */
export function uiLanguageFor(preferred: string): UiLanguage {
  return isUiLanguage(preferred) ? preferred : DEFAULT_UI_LANGUAGE;
}
