import { UI_LANGUAGES } from '@chorus/core';
import { ALL_TRANSLATIONS } from '../test/translations';
import { createI18n, detectLanguage } from '.';
import { TRANSLATED_LANGUAGES } from './locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((keys, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...keys, [path]: value }
      : { ...keys, ...flatten(value, path) };
  }, {});
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The values a sentence takes, without their formats: `{{count, number}}` takes `count`. */
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

/** English's keys as a language needs them: each plural group with that language's categories. */
function expectedKeys(english: Record<string, string>, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = Object.keys(english).flatMap((key) =>
    PLURAL.test(key) ? categories.map((category) => key.replace(PLURAL, `_${category}`)) : [key],
  );
  return [...new Set(keys)].sort();
}

describe('translations', () => {
  const english = flatten(ALL_TRANSLATIONS.en as Tree);
  const others = Object.entries(ALL_TRANSLATIONS)
    .filter(([language]) => language !== 'en')
    .map(([language, tree]) => [language, flatten(tree as Tree)] as const);

  it.each(others)(
    '%s has exactly the keys English has, plurals by its own rules',
    (language, keys) => {
      expect(Object.keys(keys).sort()).toEqual(expectedKeys(english, language));
    },
  );

  it.each(others)('%s uses the placeholders English uses', (language, keys) => {
    for (const [key, text] of Object.entries(keys)) {
      const source = english[key] ?? english[key.replace(PLURAL, '_other')] ?? '';
      // A plural form may leave out {{count}} ("one share" in words); nothing else may go.
      const expected = placeholders(source).filter(
        (name) => !(PLURAL.test(key) && name === 'count'),
      );
      const written = placeholders(text);
      expect(
        expected.filter((name) => !written.includes(name)),
        `${language}: ${key}`,
      ).toEqual([]);
      expect(
        written.filter((name) => !placeholders(source).includes(name)),
        `${language}: ${key}`,
      ).toEqual([]);
    }
  });

  it('have no empty strings', () => {
    for (const [language, keys] of [['en', english] as const, ...others]) {
      for (const [key, text] of Object.entries(keys))
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it('say every count as a number in the reader’s language ({{count, number}})', () => {
    for (const [language, keys] of [['en', english] as const, ...others]) {
      for (const [key, text] of Object.entries(keys)) {
        expect(text, `${language}: ${key}`).not.toMatch(/{{\s*count\s*}}/);
      }
    }
  });

  it('exist for every language the switch offers', () => {
    expect([...TRANSLATED_LANGUAGES].sort()).toEqual([...UI_LANGUAGES].sort());
  });
});

describe('detectLanguage', () => {
  it('prefers a remembered choice', () => {
    expect(detectLanguage('nl', ['en-US'])).toBe('nl');
    expect(detectLanguage('en', ['nl-NL'])).toBe('en');
  });

  it("follows the browser's languages, in their order, and English otherwise", () => {
    expect(detectLanguage(null, ['nl-BE', 'en'])).toBe('nl');
    expect(detectLanguage(null, ['fi-FI', 'sv-FI', 'en'])).toBe('sv');
    expect(detectLanguage(null, ['nb-NO'])).toBe('nb');
    expect(detectLanguage(null, ['ja-JP'])).toBe('en');
    expect(detectLanguage('xx', undefined)).toBe('en');
  });
});

describe('createI18n', () => {
  it('loads a language the first time it is shown and sets the page language', async () => {
    const i18n = createI18n('en', { document });
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(i18n.hasResourceBundle('nl', 'translation')).toBe(false);

    await i18n.changeLanguage('nl');

    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    expect(i18n.t('nav.people')).toBe('Personen');
  });

  it("says what the server says in a language at once, before the portal's own strings arrive", async () => {
    const i18n = createI18n('en');
    const switched = i18n.changeLanguage('nl');
    expect(i18n.t('errors:topics.notFound', { id: '7', lng: 'nl' })).toBe(
      'Er is geen onderwerp met id 7.',
    );
    await switched;
    expect(i18n.t('errors:topics.notFound', { id: '7' })).toBe('Er is geen onderwerp met id 7.');
    expect(i18n.t('nav.people')).toBe('Personen');
  });
});

describe('counts', () => {
  it('read as numbers do in the reader’s language, and still choose the plural form', async () => {
    const i18n = createI18n('en', { loaded: ALL_TRANSLATIONS });
    expect(i18n.t('peopleImport.summary.rows', { count: 1500 })).toBe('1,500 people in the file');
    expect(i18n.t('peopleImport.summary.rows', { count: 1 })).toBe('1 person in the file');

    await i18n.changeLanguage('de');
    expect(i18n.t('peopleImport.summary.rows', { count: 1500 })).toContain('1.500');
  });
});
