import { renderMessage, type MessageKey, type UiLanguage } from '@chorus/core';

/** A sentence of the catalogue's `mail` namespace, by its key within it (`invitation.subject`). */
export type MailKey = MessageKey extends infer Key
  ? Key extends `mail:${infer Path}`
    ? Path
    : never
  : never;

/** One sentence of every mail, from the message catalogue, in `language` (English when missing). */
export function mailMessage(
  language: UiLanguage,
  key: MailKey,
  params: Record<string, string | number> = {},
): string {
  const fullKey: MessageKey = `mail:${key}`;
  const text = renderMessage(language, fullKey, params);
  if (text === fullKey || text === key) throw new Error(`The catalogue has no sentence ${fullKey}`);
  return text;
}
