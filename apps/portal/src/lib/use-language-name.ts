import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/**
 * A language's name as the portal's language writes it in a sentence ("svenska" in Swedish,
 * "Schwedisch" in German): Intl's name, lower-cased where the language writes it so (Greek).
 */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(language, { type: 'language', fallback: 'code' });
  } catch {
    names = undefined;
  }
  return (code) => {
    const name = names?.of(code) ?? code;
    return language === 'el' ? name.toLocaleLowerCase('el') : name;
  };
}
