import { competitionRanks, medianOf, pointsPerMember, rankAmong } from './leaderboards';

describe('leaderboards', () => {
  it('give equal points the same rank and skip the places they share', () => {
    expect(competitionRanks([10, 30, 20, 30, 0])).toEqual([4, 1, 3, 1, 5]);
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
  });

  it('place someone among others as if they were listed', () => {
    expect(rankAmong(20, [30, 20, 10])).toBe(2);
    expect(rankAmong(40, [30, 20, 10])).toBe(1);
    expect(rankAmong(0, [30, 20, 10])).toBe(4);
    expect(rankAmong(5, [])).toBe(1);
  });

  it('take the median of an odd and an even number of values', () => {
    expect(medianOf([7, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 10])).toBe(3.5);
    expect(medianOf([])).toBeNull();
  });

  it('rank departments per member, to one decimal', () => {
    expect(pointsPerMember(10, 3)).toBe(3);
    expect(pointsPerMember(11, 2)).toBe(6);
    expect(pointsPerMember(0, 0)).toBe(0);
  });
});
