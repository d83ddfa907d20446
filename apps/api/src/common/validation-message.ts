import { isMessageKey, type MessageKey, type MessageParams } from '@chorus/core';

/**
 * class-validator keeps one string per failed constraint. Chorus puts a catalogue key and its
 * params into that string (as nestjs-i18n's `i18nValidationMessage` does), and the validation
 * pipe reads them back into problems by key, so that each reader gets the sentence in their
 * language. The marker cannot start a sentence anyone writes.
 */
const MARKER = '\u0000message:';

export interface KeyedMessage {
  key: MessageKey;
  params: MessageParams;
}

/** A constraint's message by key, e.g. `keyed('validation:between', { min: 1, max: 50 })`. */
export function keyed(key: MessageKey, params: MessageParams = {}): string {
  return MARKER + JSON.stringify({ key, params });
}

/** The key and params a constraint's message holds; undefined for a plain sentence or a key the catalogue lacks. */
export function readKeyed(message: string): KeyedMessage | undefined {
  if (!message.startsWith(MARKER)) return undefined;
  try {
    const parsed: unknown = JSON.parse(message.slice(MARKER.length));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { key, params } = parsed as Partial<KeyedMessage>;
    if (!isMessageKey(key) || typeof params !== 'object' || params === null) return undefined;
    return { key, params };
  } catch {
    return undefined;
  }
}
