import {
  DEFAULT_UI_LANGUAGE,
  MESSAGE_CATALOGUE,
  MESSAGE_I18N_OPTIONS,
  MESSAGE_NAMESPACES,
  UI_LANGUAGES,
  addMessageFormatters,
  isUiLanguage,
  type UiLanguage,
} from '@chorus/core';
import i18next, { type i18n as I18n } from 'i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

export type { I18n };

export const LANGUAGE_STORAGE_KEY = 'chorus.language';

/**
 * The portal's own strings (`translation`), and the catalogue of what the server says as
 * namespaces beside them (`errors:…`), so that a server error is said by its key.
 */
export const resources = {
  en: { translation: en, ...MESSAGE_CATALOGUE.en },
  nl: { translation: nl, ...MESSAGE_CATALOGUE.nl },
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
    ...MESSAGE_I18N_OPTIONS,
    lng: language,
    supportedLngs: [...UI_LANGUAGES],
    ns: ['translation', ...MESSAGE_NAMESPACES],
    defaultNS: 'translation',
    resources,
    initAsync: false,
  });
  addMessageFormatters(instance);
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
