import { sameSecret } from './constant-time';

describe('sameSecret', () => {
  it('accepts the same string', () => {
    expect(sameSecret('q3V9x-signature', 'q3V9x-signature')).toBe(true);
  });

  it.each([
    ['one character off', 'q3V9x-signaturf'],
    ['a prefix', 'q3V9x-sign'],
    ['a longer string', 'q3V9x-signature-and-more'],
    ['nothing', ''],
    ['the same length in bytes but other characters', 'q3V9x-signatüre'.slice(0, 14)],
  ])('refuses %s', (_what, given) => {
    expect(sameSecret(given, 'q3V9x-signature')).toBe(false);
  });
});
