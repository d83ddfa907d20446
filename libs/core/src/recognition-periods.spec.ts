import { monthsOfDays, recognitionPeriodDays } from './recognition-periods';

describe('recognition periods', () => {
  it('cover the calendar days up to today', () => {
    expect(recognitionPeriodDays('month', '2026-12-07')).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
    });
    expect(recognitionPeriodDays('quarter', '2026-12-07')).toEqual({
      from: '2026-10-01',
      to: '2026-12-07',
    });
    expect(recognitionPeriodDays('quarter', '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(recognitionPeriodDays('quarter', '2026-04-01')).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
    expect(recognitionPeriodDays('last-28-days', '2026-03-01')).toEqual({
      from: '2026-02-02',
      to: '2026-03-01',
    });
    expect(recognitionPeriodDays('year', '2026-12-07')).toEqual({
      from: '2026-01-01',
      to: '2026-12-07',
    });
    expect(recognitionPeriodDays('all', '2026-12-07')).toEqual({ from: null, to: '2026-12-07' });
  });

  it('list the months a span of days touches', () => {
    expect(monthsOfDays('2026-11-15', '2027-01-02')).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ]);
    expect(monthsOfDays('2026-12-07', '2026-12-01')).toEqual([]);
  });
});
