import { UI_LANGUAGES } from '@chorus/core';
import { trackedLinkPage } from './tracked-link-pages';

const text = (status: 404 | 410 | 503, acceptLanguage?: string) =>
  trackedLinkPage(status, acceptLanguage).body.toString('utf8');

describe('tracked-link pages', () => {
  it('answers in the language the visitor’s browser prefers among those Chorus speaks', () => {
    expect(trackedLinkPage(404, 'fr-CH, fr;q=0.9, en;q=0.8').language).toBe('fr');
    expect(text(404, 'fr-CH, fr;q=0.9, en;q=0.8')).toContain('<h1>Lien introuvable</h1>');
    expect(text(410, 'da')).toContain('Linket er ikke længere tilgængeligt');
    expect(text(503, 'nl-BE')).toContain('<html lang="nl">');
  });

  it('answers in English without a header, or when none of its languages is spoken', () => {
    expect(trackedLinkPage(404, undefined).language).toBe('en');
    expect(text(404, undefined)).toContain('<title>Link not found</title>');
    expect(trackedLinkPage(410, 'ja, zh-CN;q=0.8').language).toBe('en');
    expect(trackedLinkPage(410, ';;;q=,,').language).toBe('en');
  });

  it('has each page in every language, each its own', () => {
    for (const status of [404, 410, 503] as const) {
      const titles = UI_LANGUAGES.map(
        (language) => /<h1>(.*)<\/h1>/.exec(text(status, language))?.[1],
      );
      expect(titles.every((title) => title && title.length > 0)).toBe(true);
      expect(new Set(titles).size).toBe(UI_LANGUAGES.length);
    }
  });
});
