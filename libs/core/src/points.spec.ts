import {
  DEFAULT_POINT_RULES,
  normalizePointRules,
  pointAwards,
  pointRulesProblems,
  pointsPerMonth,
  type PointAward,
  type PointRules,
  type PointShareFact,
  type RecognitionFacts,
} from './points';

const at = (iso: string) => new Date(iso);

function share(overrides: Partial<PointShareFact> & { itemId: string; at: Date }): PointShareFact {
  return {
    day: overrides.at.toISOString().slice(0, 10),
    edited: false,
    verifiedAt: null,
    clicks: [],
    ...overrides,
  };
}

function facts(overrides: Partial<RecognitionFacts> = {}): RecognitionFacts {
  return { shares: [], trainingPasses: [], approvedSuggestions: [], ...overrides };
}

function total(awards: PointAward[], rule?: PointAward['rule']): number {
  return awards
    .filter((award) => !rule || award.rule === rule)
    .reduce((sum, award) => sum + award.points, 0);
}

function rules(change: (rules: PointRules) => void): PointRules {
  const copy = structuredClone(DEFAULT_POINT_RULES);
  change(copy);
  return copy;
}

describe('point awards', () => {
  it('give a share 1, its own words +1, its verification +2 and +1 per 10 clicks', () => {
    const awards = pointAwards(
      facts({
        shares: [
          share({
            itemId: 'a',
            at: at('2026-11-02T09:00:00Z'),
            edited: true,
            verifiedAt: at('2026-11-02T09:05:00Z'),
            clicks: [
              { day: '2026-11-02', clicks: 14 },
              { day: '2026-11-03', clicks: 9 },
            ],
          }),
        ],
      }),
      [],
    );

    expect(awards).toEqual(
      [
        {
          rule: 'ownWords',
          day: '2026-11-02',
          at: at('2026-11-02T09:00:00Z'),
          points: 1,
          itemId: 'a',
        },
        {
          rule: 'share',
          day: '2026-11-02',
          at: at('2026-11-02T09:00:00Z'),
          points: 1,
          itemId: 'a',
        },
        {
          rule: 'verified',
          day: '2026-11-02',
          at: at('2026-11-02T09:05:00Z'),
          points: 2,
          itemId: 'a',
        },
        {
          rule: 'clicks',
          day: '2026-11-03',
          at: at('2026-11-03T00:00:00Z'),
          points: 1,
          itemId: 'a',
        },
        {
          rule: 'clicks',
          day: '2026-11-02',
          at: at('2026-11-02T00:00:00Z'),
          points: 1,
          itemId: 'a',
        },
      ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.rule.localeCompare(b.rule)),
    );
  });

  it('earn less for the suggested text as is than for the person’s own words', () => {
    const suggested = pointAwards(
      facts({ shares: [share({ itemId: 'a', at: at('2026-11-02T09:00:00Z') })] }),
      [],
    );
    const own = pointAwards(
      facts({ shares: [share({ itemId: 'a', at: at('2026-11-02T09:00:00Z'), edited: true })] }),
      [],
    );

    expect(total(suggested)).toBe(1);
    expect(total(own)).toBe(2);
  });

  it('count at most 3 shares a day; a fourth earns nothing, not even its clicks', () => {
    const shares = ['a', 'b', 'c', 'd'].map((itemId, index) =>
      share({
        itemId,
        at: at(`2026-11-02T0${index + 1}:00:00Z`),
        verifiedAt: at(`2026-11-02T0${index + 1}:30:00Z`),
        clicks: [{ day: '2026-11-02', clicks: 20 }],
      }),
    );
    // The next day has room again.
    shares.push(share({ itemId: 'e', at: at('2026-11-03T08:00:00Z') }));

    const awards = pointAwards(facts({ shares }), []);

    expect(awards.filter((award) => award.itemId === 'd')).toEqual([]);
    expect(total(awards, 'share')).toBe(4);
    expect(total(awards, 'verified')).toBe(6);
    expect(total(awards, 'clicks')).toBe(6);
    expect(total(awards)).toBe(4 + 6 + 6);
  });

  it('count an item shared on several networks once, its verification and clicks together, capped once', () => {
    const awards = pointAwards(
      facts({
        shares: [
          share({
            itemId: 'a',
            at: at('2026-11-02T09:00:00Z'),
            clicks: [{ day: '2026-11-02', clicks: 70 }],
          }),
          share({
            itemId: 'a',
            at: at('2026-11-02T09:01:00Z'),
            verifiedAt: at('2026-11-02T10:00:00Z'),
            clicks: [{ day: '2026-11-02', clicks: 45 }],
          }),
          share({
            itemId: 'a',
            at: at('2026-11-02T09:02:00Z'),
            verifiedAt: at('2026-11-02T11:00:00Z'),
          }),
          // Other networks take no room under the cap: these two still count.
          share({ itemId: 'b', at: at('2026-11-02T12:00:00Z') }),
          share({ itemId: 'c', at: at('2026-11-02T13:00:00Z') }),
        ],
      }),
      [],
    );

    expect(total(awards, 'share')).toBe(3);
    expect(awards.filter((award) => award.rule === 'verified')).toEqual([
      {
        rule: 'verified',
        day: '2026-11-02',
        at: at('2026-11-02T10:00:00Z'),
        points: 2,
        itemId: 'a',
      },
    ]);
    // 115 clicks would be 11 points; the item earns at most 10.
    expect(total(awards, 'clicks')).toBe(10);
  });

  it('give training +5 per stage on its first pass and a suggestion that became content +5', () => {
    const awards = pointAwards(
      facts({
        trainingPasses: [
          { stage: 1, at: at('2026-10-01T10:00:00Z') },
          { stage: 1, at: at('2026-10-05T10:00:00Z') },
          { stage: 2, at: at('2026-10-02T10:00:00Z') },
        ],
        approvedSuggestions: [{ itemId: 'x', at: at('2026-10-03T10:00:00Z') }],
      }),
      [],
    );

    expect(awards).toEqual([
      { rule: 'training', day: '2026-10-01', at: at('2026-10-01T10:00:00Z'), points: 5, stage: 1 },
      { rule: 'training', day: '2026-10-02', at: at('2026-10-02T10:00:00Z'), points: 5, stage: 2 },
      {
        rule: 'suggestion',
        day: '2026-10-03',
        at: at('2026-10-03T10:00:00Z'),
        points: 5,
        itemId: 'x',
      },
    ]);
  });

  it('apply a rule change from its moment on, never to what happened before', () => {
    const change = {
      from: at('2026-11-10T00:00:00Z'),
      rules: rules((r) => {
        r.share.points = 3;
        r.ownWords.enabled = false;
        r.clicks.per = 5;
        r.dailyShareCap = 1;
      }),
    };
    const awards = pointAwards(
      facts({
        shares: [
          share({
            itemId: 'a',
            at: at('2026-11-09T09:00:00Z'),
            edited: true,
            clicks: [
              { day: '2026-11-09', clicks: 10 },
              { day: '2026-11-10', clicks: 10 },
            ],
          }),
          share({ itemId: 'b', at: at('2026-11-09T10:00:00Z') }),
          share({ itemId: 'c', at: at('2026-11-10T09:00:00Z'), edited: true }),
          share({ itemId: 'd', at: at('2026-11-10T10:00:00Z') }),
        ],
      }),
      [change],
    );

    // Before: a and b earn 1 each, a's own words 1, a's first 10 clicks 1.
    // After: c earns 3 (own words off), d is over the new cap of 1; a's next 10 clicks are 2 steps of 5.
    expect(awards.map((award) => [award.rule, award.itemId, award.day, award.points])).toEqual([
      ['clicks', 'a', '2026-11-09', 1],
      ['ownWords', 'a', '2026-11-09', 1],
      ['share', 'a', '2026-11-09', 1],
      ['share', 'b', '2026-11-09', 1],
      ['clicks', 'a', '2026-11-10', 2],
      ['share', 'c', '2026-11-10', 3],
    ]);
  });

  it('pay nothing for clicks that came while the click rule was off', () => {
    const off = {
      from: at('2026-11-05T00:00:00Z'),
      rules: rules((r) => (r.clicks.enabled = false)),
    };
    const on = { from: at('2026-11-07T00:00:00Z'), rules: DEFAULT_POINT_RULES };
    const awards = pointAwards(
      facts({
        shares: [
          share({
            itemId: 'a',
            at: at('2026-11-04T09:00:00Z'),
            clicks: [
              { day: '2026-11-05', clicks: 30 },
              { day: '2026-11-07', clicks: 12 },
            ],
          }),
        ],
      }),
      [on, off],
    );

    expect(awards.filter((award) => award.rule === 'clicks')).toEqual([
      { rule: 'clicks', day: '2026-11-07', at: at('2026-11-07T00:00:00Z'), points: 1, itemId: 'a' },
    ]);
  });

  it('put awards on the organisation’s days', () => {
    const awards = pointAwards(
      facts({
        shares: [
          share({
            itemId: 'a',
            day: '2026-11-03',
            at: at('2026-11-02T23:30:00Z'),
            verifiedAt: at('2026-11-02T23:45:00Z'),
            clicks: [{ day: '2026-11-03', clicks: 10 }],
          }),
        ],
      }),
      [],
      'Europe/Amsterdam',
    );

    expect(awards.map((award) => [award.rule, award.day])).toEqual([
      ['clicks', '2026-11-03'],
      ['share', '2026-11-03'],
      ['verified', '2026-11-03'],
    ]);
    expect(awards[0].at).toEqual(at('2026-11-02T23:00:00Z'));
  });

  it('add up per month', () => {
    const months = pointsPerMonth([
      { rule: 'share', day: '2026-10-31', at: at('2026-10-31T10:00:00Z'), points: 1 },
      { rule: 'share', day: '2026-11-01', at: at('2026-11-01T10:00:00Z'), points: 1 },
      { rule: 'verified', day: '2026-11-20', at: at('2026-11-20T10:00:00Z'), points: 2 },
    ]);

    expect([...months]).toEqual([
      ['2026-10-01', 1],
      ['2026-11-01', 3],
    ]);
  });
});

describe('point rules', () => {
  it('accept the defaults and name what is out of range', () => {
    expect(pointRulesProblems(DEFAULT_POINT_RULES)).toEqual([]);
    const bad = rules((r) => {
      r.share.points = -1;
      r.clicks.per = 0;
      r.dailyShareCap = 51;
    });
    (bad.verified as unknown as Record<string, unknown>).enabled = 'yes';

    expect(pointRulesProblems(bad)).toEqual([
      'share.points',
      'verified.enabled',
      'clicks.per',
      'dailyShareCap',
    ]);
    expect(pointRulesProblems(null)).toEqual(['rules']);
  });

  it('read a stored version that lacks a rule with the default for it', () => {
    expect(normalizePointRules({ share: { enabled: false, points: 4 } })).toEqual({
      ...DEFAULT_POINT_RULES,
      share: { enabled: false, points: 4 },
    });
  });
});
