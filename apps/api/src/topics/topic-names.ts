import { UI_LANGUAGES, translated, type Translations, type UiLanguage } from '@chorus/core';
import { nameKey } from '../common/name-key';

export interface NamedTopic {
  id: string;
  name: string;
  names: Translations;
}

export interface NameClash {
  /** The language in which both topics would read the same. */
  language: UiLanguage;
  /** The name the candidate would have there. */
  name: string;
  /** The topic that already reads so. */
  holder: NamedTopic;
}

/**
 * Where a topic with these names would read like another topic: in each UI language a reader
 * sees each topic's translation, or its main name where it has none, and no two topics may read
 * the same there (whatever the case). The first clash in the order of UI_LANGUAGES, or null.
 */
export function findNameClash(
  candidate: NamedTopic,
  others: readonly NamedTopic[],
): NameClash | null {
  for (const language of UI_LANGUAGES) {
    const name = translated(candidate.name, candidate.names, language);
    const key = nameKey(name);
    const holder = others.find(
      (other) =>
        other.id !== candidate.id && nameKey(translated(other.name, other.names, language)) === key,
    );
    if (holder) return { language, name, holder };
  }
  return null;
}
