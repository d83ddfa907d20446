import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../languages';
import type {
  MessageKey,
  MessageNamespace,
  MessageParams,
  CatalogueTranslations,
} from './catalogue-types';
import da from './da';
import de from './de';
import el from './el';
import en from './en';
import fr from './fr';
import nb from './nb';
import nl from './nl';
import sv from './sv';

export type {
  EnglishCatalogue,
  MessageKey,
  MessageNamespace,
  MessageParams,
  CatalogueTranslations,
} from './catalogue-types';
export { PLURAL_CATEGORIES } from './catalogue-types';

/**
 * Everything Chorus says outside the portal's own screens (errors, validation, guardrail
 * findings, mail, pages, audit values), by language and namespace, as i18next JSON. Adding a
 * language is adding its folder and one line here; a key it lacks is said in English.
 */
export const MESSAGE_CATALOGUE: { readonly en: typeof en } & Partial<
  Record<UiLanguage, CatalogueTranslations>
> = {
  en,
  nl,
  da,
  sv,
  nb,
  el,
  de,
  fr,
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
  addMessageFormatters(instance);
  renderer = instance;
  return instance;
}

/** At most this many words are listed by `words`; no sentence needs more. */
const MAX_LISTED_WORDS = 20;

/**
 * Formatters the catalogue's sentences use, on an initialised instance (the API's renderer and
 * the portal's): `{{roles, words(of: role)}}` names each comma-separated code of the value as
 * `errors:words.role.<code>` does in the reader's language, listed as that language lists
 * alternatives ("curator or admin", "curator of beheerder").
 */
export function addMessageFormatters(instance: I18n): void {
  instance.services.formatter?.add('words', (value: unknown, language, options) => {
    const { of } = options as { of?: string };
    const say = instance.getFixedT(language ?? DEFAULT_UI_LANGUAGE) as unknown as (
      key: string,
    ) => string;
    const words = String(value)
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== '')
      .slice(0, MAX_LISTED_WORDS)
      .map((code) => say(`errors:words.${of}.${code}`));
    return new Intl.ListFormat(language ?? DEFAULT_UI_LANGUAGE, { type: 'disjunction' }).format(
      words,
    );
  });
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

/**
 * Whether `key` is in the catalogue (in English, which holds every key). A count lets a plural
 * group (`…_one`, `…_other`) count as its key; a key without plurals is found all the same.
 */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && catalogue().exists(key, { lng: DEFAULT_UI_LANGUAGE, count: 2 });
}
