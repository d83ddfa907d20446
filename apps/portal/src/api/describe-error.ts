import type { TFunction } from 'i18next';
import { ApiError, isDatabaseUnavailable } from './api-error';

/** A sentence of the server's catalogue by key, with the values it needs. */
export interface ServerMessage {
  key: string;
  params: Record<string, string | number>;
}

/** The key the API answers invalid input with; its problems are the sentences to show. */
const INVALID_INPUT = 'errors:input.invalid';

/** `{ key, params }` when `value` is one (an error's details, one of its problems). */
export function serverMessageOf(value: unknown): ServerMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || key === '') return undefined;
  const valid =
    typeof params === 'object' &&
    params !== null &&
    Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number');
  return { key, params: valid ? (params as ServerMessage['params']) : {} };
}

/** Every problem an error's details list, each by key (invalid fields, lines of a file, …). */
export function problemsOf(details: unknown): (ServerMessage & Record<string, unknown>)[] {
  const problems = (details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((problem: unknown) => {
    const message = serverMessageOf(problem);
    return message ? [{ ...(problem as Record<string, unknown>), ...message }] : [];
  });
}

/**
 * A server sentence in the portal's language, from the catalogue; `fallback` (the server's own
 * words) when the catalogue has no such key, as with a newer server than this portal.
 */
export function sayServerMessage(
  t: TFunction,
  message: ServerMessage | undefined,
  fallback?: string,
): string | undefined {
  if (!message) return fallback;
  const missing = '\u0000missing';
  // Keys come from the server at run time: the typed `t` cannot know them.
  const translate = t as unknown as (key: string, options: object) => string;
  const said = translate(message.key, { ...message.params, defaultValue: missing });
  return said === missing ? fallback : said;
}

/**
 * A sentence for a person: the server's error said by its key in the portal's language (each
 * problem of invalid input, joined), else the server's own message, else a general one.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (isDatabaseUnavailable(error)) return t('errors.databaseUnavailable');
  if (error instanceof ApiError) {
    const message = serverMessageOf(error.details);
    const problems = problemsOf(error.details);
    if (message?.key === INVALID_INPUT && problems.length > 0) {
      const said = problems.map((problem) => sayServerMessage(t, problem));
      if (said.every((sentence) => sentence !== undefined)) return said.join('; ');
    }
    return sayServerMessage(t, message, error.serverMessage) ?? t('errors.generic');
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.generic');
}
