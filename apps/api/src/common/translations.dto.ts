import type { Type } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { UI_LANGUAGES, type Translations } from '@chorus/core';
import { OptionalField } from './optional';
import { TrimmedText } from './trimmed-text';

/**
 * The body of a text's translations, one optional field per UI language (`{"da": "…"}`); an
 * empty text means "none in that language". Unknown languages are refused like any unknown
 * field. Named `name` in the OpenAPI document. Messages name the field by its path
 * ("names.da must be at most 80 characters").
 */
export function TranslationsDto(name: string, maxLength: number): Type<Translations> {
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
  class Translated {}
  Object.defineProperty(Translated, 'name', { value: name });
  for (const language of UI_LANGUAGES) {
    const decorators = [
      ApiPropertyOptional({
        type: String,
        maxLength,
        description: `In ${inEnglish.of(language)}; empty for none`,
      }),
      OptionalField(),
      TrimmedText(maxLength, { empty: true }),
    ];
    for (const decorate of decorators) decorate(Translated.prototype, language);
  }
  return Translated as Type<Translations>;
}
