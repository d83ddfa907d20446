/**
 * Languages the portal and everything the server says are translated into. Adding a language
 * means adding it here, its name below, and its locale files (the portal's and the server
 * messages'): the tests list what is missing.
 */
export const UI_LANGUAGES = ['en', 'nl', 'da', 'sv', 'nb', 'el', 'de', 'fr'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Languages a person can prefer (ISO 639-1; Norwegian as `nb`, bokmål, the written standard
 * nearly everyone uses). Content is targeted by them, and the portal speaks the preferred one when
 * it is translated into it, English otherwise.
 */
export const PREFERRED_LANGUAGES = [
  'en',
  'nl',
  'de',
  'fr',
  'da',
  'sv',
  'nb',
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
  nb: 'Norsk bokmål',
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

/**
 * The preferred language a language tag names, as HR systems and browsers write them: any case,
 * with a region (`en-GB`, `nb_NO`), and Norwegian as `no` or `nn` (read as bokmål, `nb`).
 */
export function preferredLanguageOf(tag: string): PreferredLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return isPreferredLanguage(language) ? language : undefined;
}

/** The interface language for a preferred language: itself when translated, English otherwise. */
export function uiLanguageFor(preferred: string): UiLanguage {
  return isUiLanguage(preferred) ? preferred : DEFAULT_UI_LANGUAGE;
}

/** Tags that name a UI language under another code: generic Norwegian and nynorsk read bokmål. */
const ALIASES: Readonly<Record<string, UiLanguage>> = { no: 'nb', nn: 'nb' };

/** The UI language a language tag asks for (`nl-BE` → `nl`, `no` → `nb`), if Chorus speaks it. */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const language = ALIASES[primary] ?? primary;
  return isUiLanguage(language) ? language : undefined;
}

/** Accept-Language headers longer than this are read up to here: no browser sends more. */
const MAX_ACCEPT_LANGUAGE = 1_000;
/** At most this many ranges of a header are considered. */
const MAX_RANGES = 32;

/**
 * The UI language an `Accept-Language` header (RFC 9110 §12.5.4) or a browser's
 * `navigator.languages` prefers: the highest-weighted range Chorus speaks, in the order given
 * when weights tie; English when none is spoken or nothing is given. Bounded in the header's size.
 */
export function negotiateLanguage(preferences: string | readonly string[] | undefined): UiLanguage {
  // A list is the browser's languages or a request's repeated headers: both read as one header.
  const header = typeof preferences === 'string' ? preferences : (preferences ?? []).join(',');
  let best: { language: UiLanguage; weight: number } | undefined;
  for (const range of header.slice(0, MAX_ACCEPT_LANGUAGE).split(',', MAX_RANGES)) {
    const [tag = '', ...parameters] = range.split(';');
    const weight = weightOf(parameters);
    const language = uiLanguageOf(tag);
    if (language && weight > 0 && (!best || weight > best.weight)) best = { language, weight };
  }
  return best?.language ?? DEFAULT_UI_LANGUAGE;
}

function weightOf(parameters: readonly string[]): number {
  const q = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
  if (q === undefined) return 1;
  const weight = Number(q.slice(2));
  return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0;
}
