import { coverageTotals, distributionTotals, share } from './compliance-figures';

const coverageRow = (
  people: number,
  enrolled: number,
  acknowledged: number,
  both: number,
  languages: { language: 'en' | 'sv' | 'el'; people: number }[] = [],
) => ({
  departmentId: null,
  department: null,
  people,
  enrolled,
  acknowledged,
  enrolledAcknowledged: both,
  languages,
});

describe('compliance figures', () => {
  it('adds up acknowledgment coverage over departments', () => {
    expect(
      coverageTotals([
        coverageRow(10, 8, 6, 5, [
          { language: 'en', people: 4 },
          { language: 'sv', people: 2 },
        ]),
        coverageRow(4, 2, 1, 1, [{ language: 'el', people: 1 }]),
        coverageRow(3, 1, 2, 1, [{ language: 'sv', people: 2 }]),
      ]),
    ).toEqual({
      people: 17,
      enrolled: 11,
      acknowledged: 9,
      enrolledAcknowledged: 7,
      // Most signed first; ties by code.
      languages: [
        { language: 'en', people: 4 },
        { language: 'sv', people: 4 },
        { language: 'el', people: 1 },
      ],
    });
    expect(coverageTotals([])).toEqual({
      people: 0,
      enrolled: 0,
      acknowledged: 0,
      enrolledAcknowledged: 0,
      languages: [],
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
