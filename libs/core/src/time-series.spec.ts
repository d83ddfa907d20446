import { bucketStart, bucketStarts, seriesInterval } from './time-series';

describe('time series buckets', () => {
  it('shows up to 31 days by day, up to a year by week, and longer periods by month', () => {
    expect(seriesInterval('2026-12-01', '2026-12-07')).toBe('day');
    expect(seriesInterval('2026-11-10', '2026-12-07')).toBe('day');
    expect(seriesInterval('2026-11-01', '2026-12-01')).toBe('day');
    expect(seriesInterval('2026-11-01', '2026-12-02')).toBe('week');
    expect(seriesInterval('2024-01-01', '2024-12-31')).toBe('week');
    expect(seriesInterval('2024-01-01', '2025-01-01')).toBe('month');
  });

  it('names each bucket by its first day: the day, the Monday, the first of the month', () => {
    expect(bucketStart('2026-12-06', 'day')).toBe('2026-12-06');
    expect(bucketStart('2026-12-06', 'week')).toBe('2026-11-30');
    expect(bucketStart('2026-12-07', 'week')).toBe('2026-12-07');
    expect(bucketStart('2026-12-06', 'month')).toBe('2026-12-01');
  });

  it('lists every bucket a period touches, the first one starting before the period when it must', () => {
    expect(bucketStarts('2026-11-29', '2026-12-01', 'day')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(bucketStarts('2026-11-25', '2026-12-07', 'week')).toEqual([
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(bucketStarts('2025-11-15', '2026-02-01', 'month')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(bucketStarts('2026-12-07', '2026-12-07', 'month')).toEqual(['2026-12-01']);
  });

  it('lists nothing for a reversed period, and never more than the limit', () => {
    expect(bucketStarts('2026-12-07', '2026-12-01', 'day')).toEqual([]);
    expect(bucketStarts('0001-01-01', '9999-12-31', 'day', 3)).toHaveLength(3);
  });
});
