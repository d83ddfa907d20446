import {
  adoption,
  clicksPerShare,
  earnedMediaValue,
  initials,
  isCurrencyCode,
  participation,
  rate,
  sharesBySource,
} from './analytics';

describe('analytics formulas', () => {
  it('gives no figure, rather than 0%, when there is nothing to divide by', () => {
    expect(rate(0, 0)).toBeNull();
    expect(adoption(3, 4)).toBe(0.75);
    expect(participation(0, 5)).toBe(0);
    expect(participation(1, 0)).toBeNull();
    expect(clicksPerShare(7, 2)).toBe(3.5);
  });

  it('counts shares by source for every source, in a fixed order, a source without shares at 0', () => {
    expect(
      sharesBySource([
        { source: 'slack', shares: 2 },
        { source: 'feed', shares: 40 },
        { source: 'digest', shares: 9 },
      ]),
    ).toEqual([
      { source: 'feed', shares: 40 },
      { source: 'digest', shares: 9 },
      { source: 'notification', shares: 0 },
      { source: 'slack', shares: 2 },
      { source: 'teams', shares: 0 },
      { source: 'extension', shares: 0 },
    ]);
  });

  it('values clicks only on networks with a cost per click, and is off until one is set', () => {
    expect(earnedMediaValue({ linkedin: 10, x: 5 }, {})).toBeNull();
    expect(earnedMediaValue({ linkedin: 10, x: 5 }, { linkedin: 1.25 })).toBe(12.5);
    expect(earnedMediaValue({}, { x: 0.4 })).toBe(0);
    // 0.1 + 0.2 in cents: no floating-point drift over many networks.
    expect(earnedMediaValue({ x: 1, linkedin: 1 }, { x: 0.1, linkedin: 0.2 })).toBe(0.3);
  });

  it.each([
    ['Emma de Vries', 'E. d. V.'],
    ['  Jonas   Berg ', 'J. B.'],
    ['Ἀλέξανδρος Παπαδόπουλος', 'Ἀ. Π.'],
    ['Zoë', 'Z.'],
  ])('shows %p by initials as %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([
    ['EUR', true],
    ['USD', true],
    ['eur', false],
    ['EURO', false],
    ['XYZ', false],
  ])('knows whether %p is a currency (%p)', (code, known) => {
    expect(isCurrencyCode(code)).toBe(known);
  });
});
