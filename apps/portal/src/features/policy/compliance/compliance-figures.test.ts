import { coverageTotals, distributionTotals, share } from './compliance-figures';

const coverageRow = (people: number, enrolled: number, acknowledged: number, both: number) => ({
  departmentId: null,
  department: null,
  people,
  enrolled,
  acknowledged,
  enrolledAcknowledged: both,
});

describe('compliance figures', () => {
  it('adds up acknowledgment coverage over departments', () => {
    expect(coverageTotals([coverageRow(10, 8, 6, 5), coverageRow(4, 2, 1, 1)])).toEqual({
      people: 14,
      enrolled: 10,
      acknowledged: 7,
      enrolledAcknowledged: 6,
    });
    expect(coverageTotals([])).toEqual({
      people: 0,
      enrolled: 0,
      acknowledged: 0,
      enrolledAcknowledged: 0,
    });
  });

  it('adds up people per training stage over departments', () => {
    const row = (byStage: number[]) => ({
      departmentId: null,
      department: null,
      people: byStage.reduce((sum, count) => sum + count, 0),
      enrolled: 1,
      byStage,
    });
    expect(distributionTotals([row([1, 2, 3, 4]), row([5, 0, 0, 1])])).toEqual({
      people: 16,
      enrolled: 2,
      byStage: [6, 2, 3, 5],
    });
  });

  it('has no share of nobody', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBeNull();
  });
});
