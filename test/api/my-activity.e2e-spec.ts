import { addDays } from '@chorus/core';
import { Clock } from '../../apps/api/src/common/clock';
import { makeClicks, makeLiveItem, makeShare, saveSettings } from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

/** Every bucket of a series, zeros for the ones not listed. */
function series(first: string, count: number, step: (date: string) => string, filled: Points) {
  const points = [];
  for (let index = 0, date = first; index < count; index += 1, date = step(date)) {
    points.push({ date, shares: 0, clicks: 0, ...filled[date] });
  }
  return points;
}
type Points = Record<string, { shares?: number; clicks?: number }>;
const nextDay = (date: string) => addDays(date, 1);
const nextWeek = (date: string) => addDays(date, 7);

describe('my activity', () => {
  let t: TestApp;
  let ada: SignedInAgent;
  let adaUser: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await makeUser(t, { roles: ['admin'] });
    // Shares and clicks are counted on the organisation's calendar days.
    await saveSettings(t, admin, { timeZone: 'Europe/Amsterdam' });
    adaUser = await makeUser(t, { name: 'Ada' });
    ada = await signIn(t, adaUser);
    const item = await makeLiveItem(t, { title: 'Our new office' });

    const x = await makeShare(t, adaUser, item, {
      network: 'x',
      declaredAudience: 300,
      at: new Date('2026-11-03T09:00:00Z'),
      verifiedAt: new Date('2026-11-03T10:00:00Z'),
    });
    const linkedin = await makeShare(t, adaUser, item, {
      network: 'linkedin',
      declaredAudience: 1200,
      at: new Date('2026-11-18T09:00:00Z'),
      verifiedAt: new Date('2026-11-19T10:00:00Z'),
    });
    // 00:30 on November 1 in Amsterdam: this month, although still October in UTC.
    await makeShare(t, adaUser, item, {
      network: 'linkedin',
      at: new Date('2026-10-31T23:30:00Z'),
    });
    const october = await makeShare(t, adaUser, item, {
      network: 'linkedin',
      at: new Date('2026-10-30T09:00:00Z'),
    });
    const lastYear = await makeShare(t, adaUser, item, {
      network: 'x',
      declaredAudience: 250,
      at: new Date('2025-06-10T09:00:00Z'),
    });
    const colleague = await makeShare(t, await makeUser(t), item, {
      network: 'x',
      at: new Date('2026-11-05T09:00:00Z'),
    });
    await makeClicks(t, [
      { shareId: x, day: '2026-11-03', visitor: 'v1' },
      { shareId: x, day: '2026-11-03', visitor: 'v2' },
      { shareId: x, day: '2026-11-10', visitor: 'v1' },
      { shareId: linkedin, day: '2026-11-19', visitor: 'v3' },
      { shareId: linkedin, day: '2026-11-19', visitor: 'v3' },
      { shareId: linkedin, day: '2026-11-19', visitor: 'v4' },
      // A click this month on a share made last month counts this month.
      { shareId: october, day: '2026-11-01', visitor: 'v5' },
      // A link preview is not a click.
      { shareId: october, day: '2026-11-02', kind: 'preview' },
      ...['v6', 'v7', 'v8', 'v9', 'v10'].map((visitor) => ({
        shareId: lastYear,
        day: '2025-06-11',
        visitor,
      })),
      // Someone else's clicks are theirs.
      { shareId: colleague, day: '2026-11-05', visitor: 'v11' },
    ]);
  });
  afterAll(() => t.close());

  // Friday 20 November 2026, 11:00 in Amsterdam.
  beforeEach(() => {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-11-20T10:00:00Z'));
  });
  afterEach(() => jest.restoreAllMocks());

  const activity = (who: SignedInAgent, period?: string) =>
    who.api.get(period ? `/api/me/activity?period=${period}` : '/api/me/activity').expect(200);

  it('shows this month by day: my shares and clicks on every day, by network, and in all', async () => {
    const { body } = await activity(ada);

    expect(body.period).toEqual({ from: '2026-11-01', to: '2026-11-20' });
    expect(body.interval).toBe('day');
    expect(body.series).toEqual(
      series('2026-11-01', 20, nextDay, {
        '2026-11-01': { shares: 1, clicks: 1 },
        '2026-11-03': { shares: 1, clicks: 2 },
        '2026-11-10': { clicks: 1 },
        '2026-11-18': { shares: 1 },
        '2026-11-19': { clicks: 3 },
      }),
    );
    expect(body.networks).toEqual([
      { network: 'linkedin', shares: 2, verified: 1, clicks: 4 },
      { network: 'x', shares: 1, verified: 1, clicks: 3 },
    ]);
    // Unique visitors are counted per day: v1 came on two days.
    expect(body.totals).toEqual({
      shares: 3,
      verified: 2,
      clicks: 7,
      uniqueVisitors: 6,
      declaredReach: 1500,
    });
    expect((await activity(ada, 'month')).body).toEqual(body);
  });

  it('shows the last 28 days by day, including last month’s days', async () => {
    const { body } = await activity(ada, 'last-28-days');

    expect(body.period).toEqual({ from: '2026-10-24', to: '2026-11-20' });
    expect(body.interval).toBe('day');
    expect(body.series).toHaveLength(28);
    expect(body.series[6]).toEqual({ date: '2026-10-30', shares: 1, clicks: 0 });
    expect(body.totals).toEqual({
      shares: 4,
      verified: 2,
      clicks: 7,
      uniqueVisitors: 6,
      declaredReach: 1500,
    });
  });

  it('shows this year by week, each week named by its Monday', async () => {
    const { body } = await activity(ada, 'year');

    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(body.interval).toBe('week');
    expect(body.series).toEqual(
      series('2025-12-29', 47, nextWeek, {
        '2026-10-26': { shares: 2, clicks: 1 },
        '2026-11-02': { shares: 1, clicks: 2 },
        '2026-11-09': { clicks: 1 },
        '2026-11-16': { shares: 1, clicks: 3 },
      }),
    );
  });

  it('shows all time by month, from the month of my first share', async () => {
    const { body } = await activity(ada, 'all');

    expect(body.period).toEqual({ from: '2025-06-10', to: '2026-11-20' });
    expect(body.interval).toBe('month');
    expect(body.series).toHaveLength(18);
    expect(body.series[0]).toEqual({ date: '2025-06-01', shares: 1, clicks: 5 });
    expect(body.series.slice(-2)).toEqual([
      { date: '2026-10-01', shares: 1, clicks: 0 },
      { date: '2026-11-01', shares: 3, clicks: 7 },
    ]);
    expect(body.networks).toEqual([
      { network: 'x', shares: 2, verified: 1, clicks: 8 },
      { network: 'linkedin', shares: 3, verified: 1, clicks: 4 },
    ]);
    expect(body.totals).toEqual({
      shares: 5,
      verified: 2,
      clicks: 12,
      uniqueVisitors: 11,
      declaredReach: 1750,
    });
  });

  it('shows someone who has not shared yet today, empty, and nobody else’s figures', async () => {
    const newcomer = await signIn(t, await makeUser(t));

    const { body } = await activity(newcomer, 'all');

    expect(body).toEqual({
      period: { from: '2026-11-20', to: '2026-11-20' },
      interval: 'day',
      series: [{ date: '2026-11-20', shares: 0, clicks: 0 }],
      networks: [],
      totals: { shares: 0, verified: 0, clicks: 0, uniqueVisitors: 0, declaredReach: 0 },
    });
  });

  it('refuses a period it does not offer, naming the ones it does', async () => {
    const { body } = await ada.api.get('/api/me/activity?period=quarter').expect(400);

    expect(body.message).toBe('period must be one of: month, last-28-days, year, all');
  });
});
