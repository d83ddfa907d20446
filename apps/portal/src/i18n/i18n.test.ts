import en from './locales/en.json';
import nl from './locales/nl.json';
import { createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from '.';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((keys, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...keys, [path]: value }
      : { ...keys, ...flatten(value, path) };
  }, {});
}

const interpolations = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(en);
  const dutch = flatten(nl);

  it('en.json and nl.json have exactly the same keys', () => {
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...Object.entries(english), ...Object.entries(dutch)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(interpolations(dutch[key] ?? ''), key).toEqual(interpolations(text));
    }
  });
});

describe('detectLanguage', () => {
  it('prefers a remembered choice', () => {
    expect(detectLanguage('nl', 'en-US')).toBe('nl');
    expect(detectLanguage('en', 'nl-NL')).toBe('en');
  });

  it('uses Dutch for a Dutch browser and English otherwise', () => {
    expect(detectLanguage(null, 'nl-BE')).toBe('nl');
    expect(detectLanguage(null, 'nl')).toBe('nl');
    expect(detectLanguage(null, 'de-DE')).toBe('en');
    expect(detectLanguage('fr', undefined)).toBe('en');
  });
});

describe('createI18n', () => {
  it('remembers a language change and sets the page language', async () => {
    const i18n = createI18n('en', { storage: window.localStorage, document });
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await i18n.changeLanguage('nl');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    expect(i18n.t('nav.people')).toBe('Personen');
  });
});
