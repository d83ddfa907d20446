import { splitPeriod } from './analytics-scope';

describe('splitPeriod', () => {
  it.each([
    // Within one month: days only.
    ['2026-11-02', '2026-11-08', { days: [['2026-11-02', '2026-11-08']], months: null }],
    ['2026-11-01', '2026-11-29', { days: [['2026-11-01', '2026-11-29']], months: null }],
    ['2026-10-15', '2026-11-14', { days: [['2026-10-15', '2026-11-14']], months: null }],
    // Whole months only.
    ['2026-11-01', '2026-11-30', { days: [], months: ['2026-11-01', '2026-11-01'] }],
    ['2025-11-01', '2026-10-31', { days: [], months: ['2025-11-01', '2026-10-01'] }],
    // Days before and after whole months.
    [
      '2025-10-22',
      '2026-11-22',
      {
        days: [
          ['2025-10-22', '2025-10-31'],
          ['2026-11-01', '2026-11-22'],
        ],
        months: ['2025-11-01', '2026-10-01'],
      },
    ],
    [
      '2026-02-15',
      '2026-03-31',
      { days: [['2026-02-15', '2026-02-28']], months: ['2026-03-01', '2026-03-01'] },
    ],
  ])('cuts %s..%s into whole months and the days around them', (from, to, expected) => {
    expect(splitPeriod(from, to)).toEqual(expected);
  });
});
