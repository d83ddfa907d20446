import { challengeState, isChallengeMetric } from './challenges';

describe('challengeState', () => {
  const challenge = { startsOn: '2026-12-01', endsOn: '2026-12-20' };

  it('is upcoming before its first day, active from its first to its last day, then ended', () => {
    expect(challengeState(challenge, '2026-11-30')).toBe('upcoming');
    expect(challengeState(challenge, '2026-12-01')).toBe('active');
    expect(challengeState(challenge, '2026-12-20')).toBe('active');
    expect(challengeState(challenge, '2026-12-21')).toBe('ended');
  });

  it('holds for a challenge of one day', () => {
    const oneDay = { startsOn: '2026-12-05', endsOn: '2026-12-05' };
    expect(challengeState(oneDay, '2026-12-04')).toBe('upcoming');
    expect(challengeState(oneDay, '2026-12-05')).toBe('active');
    expect(challengeState(oneDay, '2026-12-06')).toBe('ended');
  });
});

describe('isChallengeMetric', () => {
  it('knows the three metrics and nothing else', () => {
    expect(['shares', 'verified-shares', 'clicks'].every(isChallengeMetric)).toBe(true);
    expect(isChallengeMetric('points')).toBe(false);
    expect(isChallengeMetric(undefined)).toBe(false);
  });
});
