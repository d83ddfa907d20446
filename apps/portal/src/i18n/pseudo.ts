import type { i18n as I18n } from 'i18next';
import { pseudoLocalizeTree } from './pseudo-text';

export { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize } from './pseudo-text';

/**
 * The pseudo-locale: a development and test aid that shows every translated string in accented
 * look-alike letters between ⟦ ⟧, about a third longer. Text on a page that does not look like
 * that did not come from a locale file (untranslated), and the extra length shows what a longer
 * language would cut off. It transforms whichever language is shown; the language menu never
 * offers it. Switched on in a browser with `?pseudo=1` (off again with `?pseudo=0`).
 */
export const PSEUDO_STORAGE_KEY = 'chorus.pseudo';

/**
 * Shows every string of `instance` in the pseudo-locale: the bundles it has and every bundle
 * added later (a language loaded when first shown, messages added by other parts of the portal).
 */
export function applyPseudoLocale(instance: I18n): void {
  const transformAll = () => {
    const data = instance.store.data;
    for (const language of Object.keys(data)) {
      const bundles = data[language];
      if (!bundles) continue;
      for (const namespace of Object.keys(bundles)) {
        bundles[namespace] = pseudoLocalizeTree(bundles[namespace]);
      }
    }
  };
  transformAll();
  instance.store.on('added', transformAll);
}

/**
 * Whether this browser shows the pseudo-locale: `?pseudo=1` in the address switches it on and
 * `?pseudo=0` off, for the following visits too; otherwise the choice remembered last.
 */
export function pseudoLocaleWanted(storage: Storage | undefined, search: string): boolean {
  const asked = new URLSearchParams(search).get('pseudo');
  try {
    if (asked === '1') storage?.setItem(PSEUDO_STORAGE_KEY, '1');
    if (asked === '0') storage?.removeItem(PSEUDO_STORAGE_KEY);
    return storage?.getItem(PSEUDO_STORAGE_KEY) === '1';
  } catch {
    return asked === '1';
  }
}
