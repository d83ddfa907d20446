import {
  DEFAULT_UI_LANGUAGE,
  MESSAGE_CATALOGUE,
  MESSAGE_I18N_OPTIONS,
  MESSAGE_NAMESPACES,
  UI_LANGUAGES,
  addMessageFormatters,
  isUiLanguage,
  negotiateLanguage,
  type UiLanguage,
} from '@chorus/core';
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { ENGLISH, loadTranslation, type Translation } from './locales';
import { applyPseudoLocale } from './pseudo';

export type { I18n };

export const LANGUAGE_STORAGE_KEY = 'chorus.language';

/**
 * The language to show before anyone has signed in: the choice a person made in this browser,
 * otherwise the first of the browser's languages Chorus speaks, otherwise English.
 */
export function detectLanguage(
  remembered: string | null | undefined,
  browserLanguages: readonly string[] | undefined,
): UiLanguage {
  if (isUiLanguage(remembered)) return remembered;
  return negotiateLanguage(browserLanguages);
}

/** The language a person chose with the language switch in this browser, if any. */
export function readRememberedLanguage(storage: Storage | undefined): UiLanguage | null {
  try {
    const remembered = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(remembered) ? remembered : null;
  } catch {
    return null;
  }
}

/** Remembers a choice made with the language switch, for the next visit before sign-in. */
export function rememberLanguage(storage: Storage | undefined, language: UiLanguage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, quota); the choice then lasts for this visit.
  }
}

/**
 * Loads a language's locale file the first time i18next needs it. The catalogue's namespaces are
 * bundled; one a language lacks is empty, so its keys are said in English.
 */
const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    if (namespace !== 'translation') {
      callback(null, {});
      return;
    }
    loadTranslation(language).then(
      (translation) => callback(null, translation),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export interface CreateI18nOptions {
  /** The document whose `lang` attribute follows the language. */
  document?: Document;
  /** Languages already loaded (the first one shown, or all of them in tests). */
  loaded?: Partial<Record<UiLanguage, Translation>>;
  /** Every string in the pseudo-locale (see `pseudo.ts`), to find untranslated text. */
  pseudo?: boolean;
}

/**
 * The portal's i18next instance. English is always there; another language is loaded when
 * first shown (`changeLanguage` switches once it has arrived), unless it is already `loaded`.
 */
export function createI18n(language: UiLanguage, options: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  // What the server says (`errors:…`) is bundled for every language; the portal's own strings
  // (`translation`) for English and the languages already loaded.
  const resources = Object.fromEntries(
    UI_LANGUAGES.map((code) => {
      const translation = code === DEFAULT_UI_LANGUAGE ? ENGLISH : options.loaded?.[code];
      return [code, { ...MESSAGE_CATALOGUE[code], ...(translation ? { translation } : {}) }];
    }),
  );
  void instance.use(localeBackend).init({
    ...MESSAGE_I18N_OPTIONS,
    lng: language,
    supportedLngs: [...UI_LANGUAGES],
    ns: ['translation', ...MESSAGE_NAMESPACES],
    defaultNS: 'translation',
    resources,
    partialBundledLanguages: true,
    initAsync: false,
  });
  addMessageFormatters(instance);
  if (options.pseudo) applyPseudoLocale(instance);
  options.document?.documentElement.setAttribute('lang', language);
  instance.on('languageChanged', (next: string) => {
    options.document?.documentElement.setAttribute('lang', next);
  });
  return instance;
}

/** The current UI language of an i18next instance, narrowed to the languages Chorus ships. */
export function currentLanguage(instance: I18n): UiLanguage {
  const language = instance.resolvedLanguage ?? instance.language;
  return isUiLanguage(language) ? language : DEFAULT_UI_LANGUAGE;
}
