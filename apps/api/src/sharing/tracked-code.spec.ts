import { newTrackedCode } from './tracked-code';

describe('newTrackedCode', () => {
  it('makes base62 codes of ten characters by default, and of any length asked', () => {
    expect(newTrackedCode()).toMatch(/^[0-9A-Za-z]{10}$/);
    expect(newTrackedCode(16)).toMatch(/^[0-9A-Za-z]{16}$/);
  });

  it('does not repeat itself and uses the whole alphabet', () => {
    const codes = Array.from({ length: 5_000 }, () => newTrackedCode());
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join('')).size).toBe(62);
  });
});
