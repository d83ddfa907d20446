import { negotiateLanguage, requestLanguage } from './request-language';

describe('negotiateLanguage', () => {
  it('takes the highest-weighted language Chorus speaks, whatever its region', () => {
    expect(negotiateLanguage('nl-BE,nl;q=0.9')).toBe('nl');
    expect(negotiateLanguage('fi-FI, en;q=0.3, nl;q=0.8')).toBe('nl');
    expect(negotiateLanguage('en;q=0.3, NL_nl;q=0.4')).toBe('nl');
  });

  it('keeps the order given when weights tie', () => {
    expect(negotiateLanguage('en, nl')).toBe('en');
    expect(negotiateLanguage(['nl', 'en'])).toBe('nl');
  });

  it('answers in English when nothing it speaks is asked for, or only refused', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('')).toBe('en');
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage('ja, zh;q=0.9')).toBe('en');
    expect(negotiateLanguage('nl;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLanguage('nl;q=2')).toBe('en');
    expect(negotiateLanguage(';;;,,,q=,nl;q=abc')).toBe('en');
  });

  it('reads only the start of an absurdly long header', () => {
    expect(negotiateLanguage(`${'xx, '.repeat(100_000)}nl`)).toBe('en');
  });

  it("reads a request's Accept-Language header", () => {
    expect(requestLanguage({ headers: { 'accept-language': 'nl-NL' } })).toBe('nl');
    expect(requestLanguage({ headers: {} })).toBe('en');
    expect(requestLanguage(undefined)).toBe('en');
  });
});
