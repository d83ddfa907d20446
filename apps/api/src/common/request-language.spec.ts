import { requestLanguage } from './request-language';

describe('requestLanguage', () => {
  it("reads a request's Accept-Language header, however many times it is sent", () => {
    expect(requestLanguage({ headers: { 'accept-language': 'nl-NL' } })).toBe('nl');
    expect(requestLanguage({ headers: { 'accept-language': ['fi', 'sv;q=0.5, en;q=0.1'] } })).toBe(
      'sv',
    );
    expect(requestLanguage({ headers: {} })).toBe('en');
    expect(requestLanguage(undefined)).toBe('en');
  });
});
