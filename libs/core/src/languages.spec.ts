import { negotiateLanguage, preferredLanguageOf, uiLanguageFor, uiLanguageOf } from './languages';

describe('negotiateLanguage', () => {
  it('picks the highest-weighted language Chorus speaks', () => {
    expect(negotiateLanguage('fi-FI, sv;q=0.8, en;q=0.5')).toBe('sv');
    expect(negotiateLanguage('en;q=0.3, el-GR;q=0.9')).toBe('el');
  });

  it('keeps the given order when weights tie', () => {
    expect(negotiateLanguage('de-CH, fr-CH')).toBe('de');
    expect(negotiateLanguage(['fr-BE', 'nl-BE'])).toBe('fr');
    expect(negotiateLanguage('en;q=0.3, NL_nl;q=0.4')).toBe('nl');
  });

  it('reads Norwegian and nynorsk as bokmål', () => {
    expect(negotiateLanguage('no')).toBe('nb');
    expect(negotiateLanguage('nn-NO,en;q=0.5')).toBe('nb');
    expect(negotiateLanguage(['nb-NO'])).toBe('nb');
  });

  it('falls back to English for nothing, languages it does not speak, and refused ones', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('')).toBe('en');
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage('fi, ja;q=0.8')).toBe('en');
    expect(negotiateLanguage('da;q=0, sv;q=oops')).toBe('en');
    expect(negotiateLanguage('nl;q=2')).toBe('en');
    expect(negotiateLanguage(';;;,,,q=,nl;q=abc')).toBe('en');
  });

  it('reads a header of any size in bounded time', () => {
    const huge = `${'xx;q=0.1,'.repeat(200_000)}da`;
    expect(negotiateLanguage(huge)).toBe('en');
  });
});

describe('uiLanguageOf and uiLanguageFor', () => {
  it('reduce tags to the UI language', () => {
    expect(uiLanguageOf('nl_BE')).toBe('nl');
    expect(uiLanguageOf('pt-BR')).toBeUndefined();
    expect(uiLanguageFor('pl')).toBe('en');
    expect(uiLanguageFor('el')).toBe('el');
  });
});

describe('preferredLanguageOf', () => {
  it('reads tags as HR exports write them', () => {
    expect(preferredLanguageOf(' NL ')).toBe('nl');
    expect(preferredLanguageOf('en-GB')).toBe('en');
    expect(preferredLanguageOf('no')).toBe('nb');
    expect(preferredLanguageOf('nn_NO')).toBe('nb');
    expect(preferredLanguageOf('fi')).toBe('fi');
    expect(preferredLanguageOf('tlh')).toBeUndefined();
  });
});
