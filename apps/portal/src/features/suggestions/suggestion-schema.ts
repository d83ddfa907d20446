import { INPUT_LIMITS, MAX_URL_LENGTH } from '@chorus/core';
import { z } from 'zod';
import { optionalText, requiredText } from '../../lib/forms';

/** A page to suggest: its address, a title (the address stands in without one) and a note. */
export const suggestionSchema = z.object({
  url: requiredText(MAX_URL_LENGTH, 'suggestions.form.urlRequired'),
  title: optionalText(INPUT_LIMITS.suggestionTitle),
  note: optionalText(INPUT_LIMITS.suggestionNote),
});

export type SuggestionValues = z.input<typeof suggestionSchema>;
