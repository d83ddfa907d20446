import { earnedBadges } from './badges';
import type { PointShareFact, RecognitionFacts } from './points';

const at = (iso: string) => new Date(iso);

function shareOn(day: string, verifiedAt: Date | null = null): PointShareFact {
  return { itemId: day, day, at: at(`${day}T09:00:00Z`), edited: false, verifiedAt, clicks: [] };
}

function facts(overrides: Partial<RecognitionFacts>): RecognitionFacts {
  return { shares: [], trainingPasses: [], approvedSuggestions: [], ...overrides };
}

describe('badges', () => {
  it('are earned by the first share and each training stage’s first pass', () => {
    const badges = earnedBadges(
      facts({
        shares: [shareOn('2026-11-05'), shareOn('2026-11-03')],
        trainingPasses: [
          { stage: 2, at: at('2026-10-09T10:00:00Z') },
          { stage: 1, at: at('2026-10-02T10:00:00Z') },
          { stage: 1, at: at('2026-10-01T10:00:00Z') },
        ],
      }),
    );

    expect(badges).toEqual([
      { badge: 'first-share', earnedAt: at('2026-11-03T09:00:00Z') },
      { badge: 'training-1', earnedAt: at('2026-10-01T10:00:00Z') },
      { badge: 'training-2', earnedAt: at('2026-10-09T10:00:00Z') },
    ]);
  });

  it('are earned by the 10th verified share, not by the 10th share', () => {
    const shares = Array.from({ length: 11 }, (_, index) => {
      const day = `2026-11-${String(index + 1).padStart(2, '0')}`;
      return shareOn(day, index === 5 || index === 10 ? null : at(`${day}T12:00:00Z`));
    });

    const badges = earnedBadges(facts({ shares }));

    expect(badges.find((badge) => badge.badge === 'verified-10')).toBeUndefined();
    shares[5].verifiedAt = at('2026-11-20T12:00:00Z');
    expect(earnedBadges(facts({ shares })).find((b) => b.badge === 'verified-10')).toEqual({
      badge: 'verified-10',
      earnedAt: at('2026-11-20T12:00:00Z'),
    });
  });

  it('are earned by sharing in 4 consecutive ISO weeks, not by 4 weeks with a gap', () => {
    // Mondays and Sundays: 2026-11-02 is a Monday, 2026-11-08 the Sunday of that week.
    const gap = ['2026-11-08', '2026-11-09', '2026-11-16', '2026-11-30'].map((day) => shareOn(day));
    expect(earnedBadges(facts({ shares: gap })).map((b) => b.badge)).toEqual(['first-share']);

    const run = ['2026-11-08', '2026-11-09', '2026-11-16', '2026-11-22', '2026-11-23'].map((day) =>
      shareOn(day),
    );
    expect(earnedBadges(facts({ shares: run })).find((b) => b.badge === 'four-weeks')).toEqual({
      badge: 'four-weeks',
      earnedAt: at('2026-11-23T09:00:00Z'),
    });
  });
});
