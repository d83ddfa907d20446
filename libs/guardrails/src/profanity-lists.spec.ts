import { ORDINARY_FORMS } from './morphology';
import { termKey } from './normalize';
import {
  ACCENT_SENSITIVE,
  COMPOUNDS,
  EXCLUDED,
  ORDINARY_IN,
  PROFANITY_LANGUAGES,
  PROFANITY_LISTS,
  type ProfanityLanguage,
} from './profanity-lists';

const keys = (language: ProfanityLanguage) => new Set(PROFANITY_LISTS[language].map(termKey));

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

  it.each(PROFANITY_LANGUAGES)(
    '%s: says where a word is ordinary only for words its list has and does not exclude',
    (language) => {
      const list = keys(language);
      for (const [word, where] of Object.entries(ORDINARY_IN[language])) {
        expect([word, list.has(termKey(word))]).toEqual([word, true]);
        expect(EXCLUDED[language][word]).toBeUndefined();
        expect(where.in.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(PROFANITY_LANGUAGES)(
    '%s: marks as compound parts only single words of its list',
    (language) => {
      const list = keys(language);
      const { starts = [], ends = [] } = COMPOUNDS[language] ?? {};
      for (const word of [...starts, ...ends]) {
        expect([word, list.has(termKey(word))]).toEqual([word, true]);
        expect(termKey(word)).toMatch(/^\p{L}+$/u);
      }
    },
  );

  it('tells Greek words apart by stress only when the list has them', () => {
    const greek = keys('el');
    for (const word of ACCENT_SENSITIVE)
      expect([word, greek.has(termKey(word))]).toEqual([word, true]);
  });

  it('lists ordinary forms folded, each with the language it is ordinary in', () => {
    for (const [form, reason] of Object.entries(ORDINARY_FORMS)) {
      expect(termKey(form)).toBe(form);
      expect(reason).toMatch(/^[a-z, ]+: |^Moses$/);
    }
  });

  it('has a Greek list of at least 40 words, in Greek or Greeklish letters', () => {
    const greek = keys('el');
    expect(greek.size).toBeGreaterThanOrEqual(40);
    for (const key of greek) expect(key).toMatch(/^[\p{Script=Greek}a-z' ]+$/u);
  });
});
