import { LANGUAGE_NAMES, UI_LANGUAGES, uiLanguageOf, type UiLanguage } from './languages';

/**
 * A text's versions in other UI languages, beside its main text (a topic's name, a restricted
 * term's note). A language without an entry reads the main text.
 */
export type Translations = Partial<Record<UiLanguage, string>>;

/**
 * The text for a reader of `language` (a UI language or a tag such as `nl-BE`): its translation
 * when there is one, the main text otherwise.
 */
export function translated(
  main: string,
  translations: Translations | null | undefined,
  language: string,
): string {
  const ui = uiLanguageOf(language);
  return (ui && translations?.[ui]) || main;
}

/**
 * Translations as stored: each trimmed, empty ones and unknown languages dropped, in the order
 * of UI_LANGUAGES (so that two equal sets compare equal as JSON).
 */
export function cleanTranslations(translations: Readonly<Record<string, unknown>>): Translations {
  const clean: Translations = {};
  for (const language of UI_LANGUAGES) {
    const text = translations[language];
    if (typeof text === 'string' && text.trim()) clean[language] = text.trim();
  }
  return clean;
}

/**
 * Translations in words any reader can follow, for the audit log: "Dansk: Klima · Svenska:
 * Klimat" (each language in its own name), empty when there are none.
 */
export function describeTranslations(translations: Translations): string {
  return UI_LANGUAGES.filter((language) => translations[language])
    .map((language) => `${LANGUAGE_NAMES[language]}: ${translations[language]}`)
    .join(' · ');
}
