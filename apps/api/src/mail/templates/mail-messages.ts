import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '@chorus/core';
import { createInstance } from 'i18next';
import da from '../../../../../libs/core/src/messages/da/mail.json';
import de from '../../../../../libs/core/src/messages/de/mail.json';
import el from '../../../../../libs/core/src/messages/el/mail.json';
import en from '../../../../../libs/core/src/messages/en/mail.json';
import fr from '../../../../../libs/core/src/messages/fr/mail.json';
import nb from '../../../../../libs/core/src/messages/nb/mail.json';
import nl from '../../../../../libs/core/src/messages/nl/mail.json';
import sv from '../../../../../libs/core/src/messages/sv/mail.json';

/** The sentences of every mail: the message catalogue's `mail` namespace. */
const MAIL_CATALOGUE = { en, nl, da, sv, nb, el, de, fr } satisfies Record<UiLanguage, typeof en>;

const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(MAIL_CATALOGUE).map(([language, mail]) => [language, { mail }]),
  ),
  ns: ['mail'],
  defaultNS: 'mail',
  fallbackLng: DEFAULT_UI_LANGUAGE,
  initAsync: false,
  // Values are inserted as they are: each part escapes what it must (the HTML part everything).
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** One sentence of the `mail` namespace in `language`, English when it lacks one. */
export function mailMessage(
  language: UiLanguage,
  key: string,
  params: Record<string, string> = {},
): string {
  const text = i18n.t(key, { ...params, lng: language, ns: 'mail' });
  if (text === key) throw new Error(`The mail catalogue has no sentence ${key}`);
  return text;
}
