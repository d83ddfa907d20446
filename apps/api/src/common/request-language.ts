import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '@chorus/core';

/** Accept-Language headers are read up to here, and at most this many ranges of them. */
const MAX_HEADER = 1_000;
const MAX_RANGES = 32;
/** Tags that name a UI language under another code: generic Norwegian and nynorsk read bokmål. */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/**
 * The UI language an `Accept-Language` header prefers (RFC 9110 §12.5.4): the highest-weighted
 * range Chorus speaks (`nl-BE` → `nl`), the first given when weights tie; English otherwise.
 */
export function negotiateLanguage(header: string | readonly string[] | undefined): UiLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { language: UiLanguage; weight: number } | undefined;
  for (const range of (value as string).slice(0, MAX_HEADER).split(',', MAX_RANGES)) {
    const [tag = '', ...parameters] = range.split(';');
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const language = ALIASES[primary] ?? primary;
    const weight = weightOf(parameters);
    if (isUiLanguage(language) && weight > 0 && (!best || weight > best.weight)) {
      best = { language, weight };
    }
  }
  return best?.language ?? DEFAULT_UI_LANGUAGE;
}

function weightOf(parameters: readonly string[]): number {
  const q = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
  if (q === undefined) return 1;
  const weight = Number(q.slice(2));
  return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0;
}

/** The language to answer a request in, from its Accept-Language header. */
export function requestLanguage(
  request: { headers?: Record<string, string | string[] | undefined> } | undefined,
): UiLanguage {
  return negotiateLanguage(request?.headers?.['accept-language']);
}
