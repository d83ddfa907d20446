import { CAMPAIGN_SLUG_PATTERN, slugFromName } from './campaign-slug';

describe('slugFromName', () => {
  it.each([
    ['Spring Launch 2026', 'spring-launch-2026'],
    ['  Été 2026: Launch!  ', 'ete-2026-launch'],
    ['Crème brûlée & Co.', 'creme-brulee-co'],
    ['Straße / Øresund / Łódź', 'strasse-oresund-lodz'],
    ['ＦＵＬＬ　ｗｉｄｔｈ', 'full-width'],
    ['a---b___c', 'a-b-c'],
  ])('makes %j into %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    expect(slug).toMatch(CAMPAIGN_SLUG_PATTERN);
  });

  it('is empty when nothing in the name can be used', () => {
    expect(slugFromName('!!! ???')).toBe('');
    expect(slugFromName('日本語')).toBe('');
  });

  it('keeps to 80 characters without ending on a hyphen', () => {
    const slug = slugFromName(`${'a'.repeat(79)} bcd`);
    expect(slug).toBe('a'.repeat(79));
    expect(slugFromName('word '.repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugFromName('word '.repeat(40))).toMatch(CAMPAIGN_SLUG_PATTERN);
  });
});
