import { negotiateLanguage, type UiLanguage } from '@chorus/core';

/** The language to answer a request in, from its Accept-Language header(s). */
export function requestLanguage(
  request: { headers?: Record<string, string | string[] | undefined> } | undefined,
): UiLanguage {
  return negotiateLanguage(request?.headers?.['accept-language']);
}
