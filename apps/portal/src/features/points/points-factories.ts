import { DEFAULT_POINT_RULES } from '@chorus/core';
import type { MyPoints, PointRulesAnswer } from './api/points-queries';

/** The rules as the API answers them, with English definitions. */
export function makePointRules(overrides: Partial<PointRulesAnswer> = {}): PointRulesAnswer {
  return {
    rules: structuredClone(DEFAULT_POINT_RULES),
    effectiveFrom: null,
    definitions: {
      share: 'A share counts: you completed sharing a post.',
      ownWords: 'Your own words: the counted share’s text is yours.',
      verified: 'The share was verified.',
      clicks: 'People clicked your link: points for every 10 clicks, at most 10 points per post.',
      suggestion: 'A page you suggested became content.',
      training: 'You passed a training stage, the first time.',
      dailyShareCap: 'At most 3 shares a day count.',
      selfClicks: 'Your own clicks never count.',
      changes: 'When an administrator changes the rules, the change applies from then on.',
    },
    ...overrides,
  };
}

export function makeMyPoints(overrides: Partial<MyPoints> = {}): MyPoints {
  return {
    period: { from: '2026-12-01', to: '2026-12-07' },
    total: 0,
    rules: (['share', 'ownWords', 'verified', 'clicks', 'suggestion', 'training'] as const).map(
      (rule) => ({ rule, points: 0, count: 0 }),
    ),
    badges: [],
    ...overrides,
  };
}
