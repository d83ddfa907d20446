import {
  DEFAULT_UI_LANGUAGE,
  MESSAGE_CATALOGUE,
  MESSAGE_I18N_OPTIONS,
  MESSAGE_NAMESPACES,
  UI_LANGUAGES,
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
 * Loads a language's locale file the first time i18next needs it; the server's catalogue ships
 * with the portal (a namespace a language lacks is said in English).
 */
const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    if (namespace !== 'translation') {
      const catalogue: Record<string, unknown> | undefined =
        MESSAGE_CATALOGUE[language as UiLanguage];
      callback(null, (catalogue?.[namespace] as object | undefined) ?? {});
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
  // The portal's own strings (`translation`) and, beside them, the catalogue of what the
  // server says (`errors:…`), so that a server error is said by its key.
  const resources = Object.fromEntries(
    Object.entries({ ...options.loaded, en: ENGLISH }).map(([code, translation]) => [
      code,
      { translation, ...MESSAGE_CATALOGUE[code as UiLanguage] },
    ]),
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
