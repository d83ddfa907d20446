import { termKey } from './normalize';
import {
  ENGLISH_EXCLUDED_FOR,
  EXCLUDED,
  OWN_LANGUAGE_ONLY,
  PROFANITY_LANGUAGES,
  SOURCE_LISTS,
  type ProfanityLanguage,
} from './profanity-lists';

const keys = (language: ProfanityLanguage) => new Set(SOURCE_LISTS[language].map(termKey));

describe('profanity lists', () => {
  it.each(PROFANITY_LANGUAGES)(
    '%s: excludes only words its list has, each with a reason',
    (language) => {
      const list = keys(language);
      for (const [word, reason] of Object.entries(EXCLUDED[language])) {
        expect([word, list.has(termKey(word))]).toEqual([word, true]);
        expect(reason.length).toBeGreaterThan(3);
      }
    },
  );

  it.each(Object.entries(ENGLISH_EXCLUDED_FOR))(
    'leaves out English words for %s that the English list has',
    (_, reasons) => {
      const english = keys('en');
      for (const word of Object.keys(reasons))
        expect([word, english.has(word)]).toEqual([word, true]);
    },
  );

  it.each(Object.entries(OWN_LANGUAGE_ONLY))(
    '%s: limits to its own language words its list has and does not exclude',
    (language, reasons) => {
      const list = keys(language as ProfanityLanguage);
      for (const word of Object.keys(reasons ?? {})) {
        expect([word, list.has(termKey(word))]).toEqual([word, true]);
        expect(EXCLUDED[language as ProfanityLanguage][word]).toBeUndefined();
      }
    },
  );

  it('has a Greek list of at least 40 words, in Greek or Greeklish letters', () => {
    const greek = keys('el');
    expect(greek.size).toBeGreaterThanOrEqual(40);
    for (const key of greek) expect(key).toMatch(/^[\p{Script=Greek}a-z' ]+$/u);
  });
});
