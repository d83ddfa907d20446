import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, isUiLanguage, type UiLanguage } from '@chorus/core';
import i18next, { type i18n as I18n } from 'i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

export type { I18n };

export const LANGUAGE_STORAGE_KEY = 'chorus.language';

export const resources = {
  en: { translation: en },
  nl: { translation: nl },
} as const;

/**
 * The language to show before anyone has signed in: a choice remembered in this browser,
 * otherwise Dutch when the browser prefers Dutch, otherwise English.
 */
export function detectLanguage(
  remembered: string | null | undefined,
  browserLanguage: string | undefined,
): UiLanguage {
  if (isUiLanguage(remembered)) return remembered;
  const primary = browserLanguage?.toLowerCase().split('-')[0];
  return primary === 'nl' ? 'nl' : DEFAULT_UI_LANGUAGE;
}

export function readRememberedLanguage(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export interface CreateI18nOptions {
  /** Where a language change is remembered for the next visit (localStorage in the browser). */
  storage?: Storage;
  /** The document whose `lang` attribute follows the language. */
  document?: Document;
}

export function createI18n(language: UiLanguage, options: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  options.document?.documentElement.setAttribute('lang', language);
  instance.on('languageChanged', (next: string) => {
    options.document?.documentElement.setAttribute('lang', next);
    try {
      options.storage?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode, quota); the choice then lasts for this visit.
    }
  });
  return instance;
}

/** The current UI language of an i18next instance, narrowed to the languages Chorus ships. */
export function currentLanguage(instance: I18n): UiLanguage {
  const language = instance.resolvedLanguage ?? instance.language;
  return isUiLanguage(language) ? language : DEFAULT_UI_LANGUAGE;
}
