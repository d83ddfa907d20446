import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../languages';
import type { MessageKey, MessageNamespace, MessageParams, Translations } from './catalogue-types';
import en from './en';
import nl from './nl';

export type {
  EnglishCatalogue,
  MessageKey,
  MessageNamespace,
  MessageParams,
  Translations,
} from './catalogue-types';
export { PLURAL_CATEGORIES } from './catalogue-types';

/**
 * Everything Chorus says outside the portal's own screens (errors, validation, guardrail
 * findings, mail, pages, audit values), by language and namespace, as i18next JSON. Adding a
 * language is adding its folder and one line here; a key it lacks is said in English.
 */
export const MESSAGE_CATALOGUE: { readonly en: typeof en } & Partial<
  Record<UiLanguage, Translations>
> = {
  en,
  nl,
};

export const MESSAGE_NAMESPACES = Object.keys(en) as MessageNamespace[];

/** The languages the catalogue has a folder for. */
export function catalogueLanguages(): UiLanguage[] {
  return Object.keys(MESSAGE_CATALOGUE) as UiLanguage[];
}

/** The i18next options both the API and the portal render the catalogue with. */
export const MESSAGE_I18N_OPTIONS = {
  fallbackLng: DEFAULT_UI_LANGUAGE,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

let renderer: I18n | undefined;

function catalogue(): I18n {
  if (renderer) return renderer;
  const instance = i18next.createInstance();
  void instance.init({
    ...MESSAGE_I18N_OPTIONS,
    lng: DEFAULT_UI_LANGUAGE,
    ns: MESSAGE_NAMESPACES,
    defaultNS: false,
    resources: MESSAGE_CATALOGUE,
    initAsync: false,
  });
  renderer = instance;
  return instance;
}

/**
 * `key` with `params` in `language` (English when the language or the key is not translated).
 * Values that are words (a role, a group kind) are passed as codes; the sentence names them.
 */
export function renderMessage(
  language: string,
  key: MessageKey,
  params: MessageParams = {},
): string {
  // Untyped on purpose: the portal's i18next types its own resources, not this instance's.
  const translate = catalogue().t as unknown as (key: string, options: object) => string;
  return translate(key, { ...params, lng: language });
}

/** Whether `key` is in the catalogue (in English, which holds every key). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && catalogue().exists(key, { lng: DEFAULT_UI_LANGUAGE });
}
