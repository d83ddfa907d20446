import { UI_LANGUAGES, type Translations, type UiLanguage } from '@chorus/core';
import { z } from 'zod';
import { text } from './forms';

/** A text's translations as a form holds them: one field per UI language, '' for none. */
export type TranslationValues = Record<UiLanguage, string>;

/** The form's schema for translations of at most `max` characters each. */
export function translationsSchema(max: number) {
  return z.object(
    Object.fromEntries(UI_LANGUAGES.map((language) => [language, text(max)])) as Record<
      UiLanguage,
      ReturnType<typeof text>
    >,
  );
}

/** Translations as form values: every UI language, '' where there is none. */
export function translationValues(translations: Translations | undefined): TranslationValues {
  return Object.fromEntries(
    UI_LANGUAGES.map((language) => [language, translations?.[language] ?? '']),
  ) as TranslationValues;
}
