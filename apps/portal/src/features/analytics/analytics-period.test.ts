import {
  addMonths,
  analyticsToday,
  presetOf,
  presetPeriod,
  resolvePeriod,
} from './analytics-period';

describe('analytics periods', () => {
  it('ends every preset today, both ends included', () => {
    const today = '2026-11-22';
    expect(presetPeriod('last7', today)).toEqual({ from: '2026-11-16', to: today });
    expect(presetPeriod('last28', today)).toEqual({ from: '2026-10-26', to: today });
    expect(presetPeriod('last90', today)).toEqual({ from: '2026-08-25', to: today });
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-11-23', to: today });
  });

  it('keeps a month on its last day when the day does not exist there', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-01-15', 13)).toBe('2027-02-15');
    expect(presetPeriod('last12Months', '2024-02-29')).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
  });

  it('works a period out as the API does', () => {
    const today = '2026-11-22';
    expect(resolvePeriod({}, today)).toEqual({ from: '2026-10-26', to: today });
    expect(resolvePeriod({ from: '2026-11-01' }, today)).toEqual({ from: '2026-11-01', to: today });
    expect(resolvePeriod({ from: '2026-12-01' }, today)).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    expect(resolvePeriod({ to: '2026-02-28' }, today)).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('recognises a preset, and no preset in any other range', () => {
    expect(presetOf({ from: '2026-11-16', to: '2026-11-22' }, '2026-11-22')).toBe('last7');
    expect(presetOf({ from: '2026-11-16', to: '2026-11-22' }, '2026-11-23')).toBeNull();
    expect(presetOf({ from: '2026-11-02', to: '2026-11-22' }, '2026-11-22')).toBeNull();
  });

  it("ends on the organisation's today as the API says, or today in UTC before it answers", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T23:30:00Z'));
    try {
      expect(analyticsToday({ today: '2026-11-23' })).toBe('2026-11-23');
      expect(analyticsToday({ today: '2026-11-21' })).toBe('2026-11-21');
      expect(analyticsToday(undefined)).toBe('2026-11-22');
    } finally {
      vi.useRealTimers();
    }
  });
});
