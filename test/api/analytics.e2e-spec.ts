import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { ShareNetwork, ShareSource, VisitKind } from '@chorus/core';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { ClickJournal } from '../../apps/api/src/tracking/click-journal';
import { ClickStorage } from '../../apps/api/src/tracking/click-storage';
import { ClickWriter } from '../../apps/api/src/tracking/click-writer';
import { VisitorHasher } from '../../apps/api/src/tracking/visitor-hasher';
import { UsersService } from '../../apps/api/src/users/users.service';
import {
  acknowledgePolicy,
  deactivate,
  enroll,
  leaveProgramme,
  makeCampaign,
  makeClicks,
  makeGroup,
  makeLiveItem,
  makeQuiz,
  makeShare,
  passStage,
  placeInGroups,
  publishPolicy,
  saveSettings,
} from '../support/factories';
import {
  createTestApp,
  signInCookies,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

/**
 * A small known data set in Amsterdam's time zone, the week of Monday 2 to Sunday 8 November
 * 2026. Every figure HR will quote is asserted exactly.
 *
 * People: Ann and Ben (Sales), Cas, Dora and Eve (Support); Ada (admin), the analyst, the
 * curator and Gus have no department; the first admin is deactivated. Ann, Ben, Cas and Eve
 * are enrolled; Dora left the programme after sharing. Ann and Ben acknowledged the policy;
 * Ann passed stage 1, Ben stages 1 and 2.
 *
 * Shares (Amsterdam time):               clicks in the week (visitors)
 *  s1 Ann  A  linkedin Mon 09:00, 500   Mon v1 v1 v2 (+preview, bot, HEAD), Tue v1' (next day)
 *  s2 Ann  A  x        Tue 10:00, 200   none: unverified
 *  s3 Ben  A  linkedin Mon 00:30 (Sun 23:30 UTC)  Mon w1 (+preview)
 *  s4 Ben  B  facebook Mon 9 Nov 00:30 (after the week)  Mon 9 Nov x1
 *  s5 Cas  B  linkedin Thu 11:00, 1000  Thu preview only, Fri y1 y2
 *  s6 Dora B  linkedin Wed 11:00, 300   Wed z1
 *  s7 Ann  B  linkedin Fri 30 Oct (before the week)  Sun 1 Nov q1 (before), Mon q2
 * A belongs to the campaign `=Launch, "Q4"` (a name a spreadsheet would run); B to none.
 */
describe('engagement analytics', () => {
  let t: TestApp;
  let db: DataSource;
  let analyst: SignedInAgent;
  let curator: SignedInAgent;
  let curatorUser: MadeUser;
  let employee: SignedInAgent;
  let admin: SignedInAgent;
  const people: Record<string, MadeUser> = {};
  const groups: Record<string, string> = {};
  const shares: Record<string, string> = {};
  let itemA: string;
  let itemB: string;
  let campaign: string;

  const WEEK = 'from=2026-11-02&to=2026-11-08';
  const NOWHERE = '00000000-0000-4000-8000-000000000000';
  const FIRST_ADMIN = 'first-admin@chorus.test';

  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await makeUser(t, { roles: ['admin'], name: 'Ada Admin' });
    await saveSettings(t, adminUser, {
      timeZone: 'Europe/Amsterdam',
      costPerClick: { linkedin: 2.5, x: 1 },
    });
    for (const name of ['Sales', 'Support']) {
      groups[name] = (await makeGroup(t, adminUser, 'department', name)).id;
    }
    for (const [key, name, department] of [
      ['ann', 'Ann de Wit', 'Sales'],
      ['ben', 'Ben Bakker', 'Sales'],
      ['cas', 'Cas Claes', 'Support'],
      ['dora', 'Dora Dijk', 'Support'],
      ['eve', 'Eve Evers', 'Support'],
    ] as const) {
      people[key] = await makeUser(t, { name });
      await placeInGroups(t, adminUser, people[key], { departmentId: groups[department] });
      await enroll(t, people[key]);
    }
    curatorUser = await makeUser(t, { roles: ['curator'] });
    analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
    curator = await signIn(t, curatorUser);
    employee = await signIn(t, await makeUser(t, { roles: ['employee'], name: 'Gus Goossens' }));
    admin = await signIn(t, adminUser);
    const firstAdmin = await t.app.get(UsersService).findWithPasswordHash(FIRST_ADMIN);
    if (!firstAdmin) throw new Error(`The first admin ${FIRST_ADMIN} was not created at start-up`);
    await deactivate(t, adminUser, firstAdmin);

    await publishPolicy(t, adminUser);
    for (const key of ['ann', 'ben']) await acknowledgePolicy(t, people[key]);
    await makeQuiz(t, curatorUser, 1, 1);
    await makeQuiz(t, curatorUser, 2, 1);
    await passStage(t, people.ann, 1);
    await passStage(t, people.ben, 1);
    await passStage(t, people.ben, 2);

    ({ id: campaign } = await makeCampaign(t, curatorUser, {
      name: '=Launch, "Q4"',
      slug: 'launch-q4',
    }));
    itemA = await makeLiveItem(t, {
      title: 'Our launch',
      kind: 'company_news',
      campaignId: campaign,
    });
    itemB = await makeLiveItem(t, { title: 'An industry report', kind: 'industry' });

    const share = async (
      key: string,
      who: string,
      item: string,
      network: ShareNetwork,
      at: string,
      declaredAudience: number | null,
      { verified = true, source = 'feed' }: { verified?: boolean; source?: ShareSource } = {},
    ) => {
      shares[key] = await makeShare(t, people[who], item, {
        network,
        source,
        at: new Date(at),
        declaredAudience,
        code: `code${key}xxxxx`.slice(0, 10),
        verifiedAt: verified ? new Date(at) : undefined,
      });
    };
    await share('s1', 'ann', itemA, 'linkedin', '2026-11-02T08:00:00Z', 500, { source: 'digest' });
    await share('s2', 'ann', itemA, 'x', '2026-11-03T09:00:00Z', 200, { verified: false });
    await share('s3', 'ben', itemA, 'linkedin', '2026-11-01T23:30:00Z', null, {
      source: 'notification',
    });
    await share('s4', 'ben', itemB, 'facebook', '2026-11-08T23:30:00Z', 50, { source: 'digest' });
    await share('s5', 'cas', itemB, 'linkedin', '2026-11-05T10:00:00Z', 1000, { source: 'slack' });
    await share('s6', 'dora', itemB, 'linkedin', '2026-11-04T10:00:00Z', 300, { source: 'digest' });
    await share('s7', 'ann', itemB, 'linkedin', '2026-10-30T10:00:00Z', null, { source: 'teams' });
    await leaveProgramme(t, people.dora);

    // The events go through the real writer, in two flushes, so that a visitor seen in the
    // first batch is not counted again in the second.
    const event = (share: string, day: string, kind: VisitKind, visitor: string | null = null) => ({
      shareId: shares[share],
      day,
      kind,
      visitor,
    });
    await makeClicks(t, [
      event('s1', '2026-11-02', 'click', 'v1'),
      event('s1', '2026-11-02', 'click', 'v2'),
      event('s1', '2026-11-02', 'preview'),
      event('s1', '2026-11-02', 'bot'),
      event('s3', '2026-11-02', 'click', 'w1'),
      event('s7', '2026-11-01', 'click', 'q1'),
      event('s7', '2026-11-02', 'click', 'q2'),
    ]);
    await makeClicks(t, [
      event('s1', '2026-11-02', 'click', 'v1'),
      event('s1', '2026-11-02', 'head'),
      event('s1', '2026-11-03', 'click', 'v1-next-day'),
      event('s3', '2026-11-02', 'preview'),
      event('s4', '2026-11-09', 'click', 'x1'),
      event('s5', '2026-11-05', 'preview'),
      event('s5', '2026-11-06', 'click', 'y1'),
      event('s5', '2026-11-06', 'click', 'y2'),
      event('s6', '2026-11-04', 'click', 'z1'),
      // The sharers' own visits: every figure below is as if they had not happened.
      event('s1', '2026-11-02', 'self'),
      event('s2', '2026-11-03', 'self'),
      event('s5', '2026-11-06', 'self'),
    ]);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const get = (who: SignedInAgent, path: string) => who.agent.get(`/api/analytics/${path}`);

  it('adds up a week: shares, verified shares, clicks, unique visitors, reach, value and people', async () => {
    const { body } = await get(analyst, `summary?${WEEK}`).expect(200);
    expect(body).toEqual({
      scope: {
        from: '2026-11-02',
        to: '2026-11-08',
        timeZone: 'Europe/Amsterdam',
        today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        department: null,
        location: null,
        network: null,
        campaign: null,
        kind: null,
      },
      shares: 5,
      verifiedShares: 4,
      clicks: 9,
      uniqueVisitors: 8,
      declaredReach: 2000,
      clicksPerShare: 1.8,
      // Every source, zeros included; s4 (the 9th in Amsterdam) and s7 fall outside the week.
      sharesBySource: [
        { source: 'feed', shares: 1 },
        { source: 'digest', shares: 2 },
        { source: 'notification', shares: 1 },
        { source: 'slack', shares: 1 },
        { source: 'teams', shares: 0 },
        { source: 'extension', shares: 0 },
      ],
      earnedMediaValue: { amount: 22.5, currency: 'EUR', networks: ['linkedin', 'x'] },
      people: {
        // Ann, Ben, Cas, Dora, Eve, Gus, Ada, the analyst and the curator.
        activeEmployees: 9,
        enrolled: 4,
        adoption: 4 / 9,
        sharingEnrolled: 3,
        participation: 0.75,
        policyPublished: true,
        policyAcknowledged: 2,
        policyCoverage: 0.5,
        byStage: [2, 1, 1, 0],
      },
    });
  });

  it('narrows every figure to a department, and to a network and kind', async () => {
    const sales = await get(analyst, `summary?${WEEK}&department=${groups.Sales}`).expect(200);
    expect(sales.body).toMatchObject({
      scope: { department: { id: groups.Sales, name: 'Sales' } },
      shares: 3,
      verifiedShares: 2,
      clicks: 6,
      uniqueVisitors: 5,
      declaredReach: 700,
      people: { activeEmployees: 2, enrolled: 2, sharingEnrolled: 2, participation: 1 },
    });
    const bySource = (body: { sharesBySource: { source: string; shares: number }[] }) =>
      Object.fromEntries(
        body.sharesBySource.filter((row) => row.shares > 0).map((row) => [row.source, row.shares]),
      );
    expect(bySource(sales.body)).toEqual({ feed: 1, digest: 1, notification: 1 });
    const industry = await get(analyst, `summary?${WEEK}&network=linkedin&kind=industry`).expect(
      200,
    );
    expect(industry.body).toMatchObject({
      shares: 2,
      verifiedShares: 2,
      clicks: 4,
      uniqueVisitors: 4,
    });
    expect(bySource(industry.body)).toEqual({ digest: 1, slack: 1 });
  });

  it('draws every day of the period, zeros included, and weeks from Monday', async () => {
    const days = await get(analyst, `timeseries?${WEEK}&interval=day`).expect(200);
    expect(days.body.points).toEqual([
      { start: '2026-11-02', shares: 2, verifiedShares: 2, clicks: 5, uniqueVisitors: 4 },
      { start: '2026-11-03', shares: 1, verifiedShares: 0, clicks: 1, uniqueVisitors: 1 },
      { start: '2026-11-04', shares: 1, verifiedShares: 1, clicks: 1, uniqueVisitors: 1 },
      { start: '2026-11-05', shares: 1, verifiedShares: 1, clicks: 0, uniqueVisitors: 0 },
      { start: '2026-11-06', shares: 0, verifiedShares: 0, clicks: 2, uniqueVisitors: 2 },
      { start: '2026-11-07', shares: 0, verifiedShares: 0, clicks: 0, uniqueVisitors: 0 },
      { start: '2026-11-08', shares: 0, verifiedShares: 0, clicks: 0, uniqueVisitors: 0 },
    ]);
    const weeks = await get(analyst, 'timeseries?from=2026-11-04&to=2026-11-10&interval=week');
    expect(weeks.body.points).toEqual([
      { start: '2026-11-02', shares: 2, verifiedShares: 2, clicks: 3, uniqueVisitors: 3 },
      { start: '2026-11-09', shares: 1, verifiedShares: 1, clicks: 1, uniqueVisitors: 1 },
    ]);
  });

  it('counts a share at 23:30 UTC on the next day in Amsterdam, and a click likewise', async () => {
    const sunday = await get(analyst, 'summary?from=2026-11-01&to=2026-11-01').expect(200);
    expect(sunday.body).toMatchObject({ shares: 0, clicks: 1 });
    const hasher = t.app.get(VisitorHasher);
    const lateSunday = Date.parse('2026-11-01T23:30:00Z');
    await hasher.ready(lateSunday);
    expect(hasher.dayOf(lateSunday)).toBe('2026-11-02');
  });

  it('shows an empty period as zeros, with no ratio where nothing was shared', async () => {
    const { body } = await get(analyst, 'summary?from=2026-06-01&to=2026-06-07').expect(200);
    expect(body).toMatchObject({
      shares: 0,
      clicks: 0,
      uniqueVisitors: 0,
      clicksPerShare: null,
      earnedMediaValue: { amount: 0 },
      people: { sharingEnrolled: 0, participation: 0 },
    });
    const series = await get(analyst, 'timeseries?from=2026-06-01&to=2026-06-07').expect(200);
    expect(series.body.points).toHaveLength(7);
    expect(series.body.points.every((point: { clicks: number }) => point.clicks === 0)).toBe(true);
    const breakdown = await get(analyst, 'breakdown?by=network&from=2026-06-01&to=2026-06-07');
    expect(breakdown.body).toMatchObject({ total: 0, rows: [] });
  });

  it('breaks the week down by network, department, campaign and kind', async () => {
    const rows = async (by: string) =>
      (await get(analyst, `breakdown?by=${by}&${WEEK}`).expect(200)).body.rows;
    expect(await rows('network')).toEqual([
      {
        key: 'linkedin',
        label: 'linkedin',
        url: null,
        shares: 4,
        verifiedShares: 4,
        clicks: 9,
        uniqueVisitors: 8,
        declaredReach: 1800,
        clicksPerShare: 2.25,
        sharingEnrolled: null,
      },
      {
        key: 'x',
        label: 'x',
        url: null,
        shares: 1,
        verifiedShares: 0,
        clicks: 0,
        uniqueVisitors: 0,
        declaredReach: 200,
        clicksPerShare: 0,
        sharingEnrolled: null,
      },
    ]);
    expect(await rows('department')).toEqual([
      expect.objectContaining({
        key: groups.Sales,
        label: 'Sales',
        shares: 3,
        clicks: 6,
        uniqueVisitors: 5,
        declaredReach: 700,
        sharingEnrolled: 2,
      }),
      expect.objectContaining({
        key: groups.Support,
        label: 'Support',
        shares: 2,
        clicks: 3,
        uniqueVisitors: 3,
        declaredReach: 1300,
        sharingEnrolled: 1,
      }),
    ]);
    expect(await rows('campaign')).toEqual([
      expect.objectContaining({ key: campaign, label: '=Launch, "Q4"', shares: 3, clicks: 5 }),
      expect.objectContaining({ key: null, label: null, shares: 2, clicks: 4 }),
    ]);
    expect(
      (await rows('kind')).map((row: { key: string; clicks: number }) => [row.key, row.clicks]),
    ).toEqual([
      ['company_news', 5],
      ['industry', 4],
    ]);
  });

  it('gives each content item its figures, and the same by network', async () => {
    const { body } = await get(curator, `breakdown?by=item&${WEEK}`).expect(200);
    expect(body.total).toBe(2);
    expect(body.rows[0]).toEqual({
      key: itemA,
      label: 'Our launch',
      url: expect.stringMatching(/^https:\/\/news\.example\.com\//),
      shares: 3,
      verifiedShares: 2,
      clicks: 5,
      uniqueVisitors: 4,
      declaredReach: 700,
      clicksPerShare: 5 / 3,
      sharingEnrolled: null,
      networks: [
        {
          network: 'linkedin',
          shares: 2,
          verifiedShares: 2,
          clicks: 5,
          uniqueVisitors: 4,
          declaredReach: 500,
          clicksPerShare: 2.5,
        },
        {
          network: 'x',
          shares: 1,
          verifiedShares: 0,
          clicks: 0,
          uniqueVisitors: 0,
          declaredReach: 200,
          clicksPerShare: 0,
        },
      ],
    });
    expect(body.rows[1]).toMatchObject({
      key: itemB,
      shares: 2,
      clicks: 4,
      networks: [{ network: 'linkedin', shares: 2, clicks: 4 }],
    });
    const first = await get(curator, `breakdown?by=item&${WEEK}&limit=1`).expect(200);
    expect(first.body).toMatchObject({ total: 2, rows: [{ key: itemA }] });
    // Item B has fewer clicks but more clicks per share (4 / 2 against 5 / 3).
    const byRate = await get(curator, `breakdown?by=item&${WEEK}&sort=clicksPerShare`).expect(200);
    expect(byRate.body.rows.map((row: { key: string }) => row.key)).toEqual([itemB, itemA]);
    const refused = await get(curator, `breakdown?by=item&${WEEK}&sort=likes`).expect(400);
    expect(refused.body.message).toBe(
      'sort must be one of: clicks, shares, verifiedShares, uniqueVisitors, clicksPerShare, declaredReach',
    );
  });

  it('counts shares on Threads and Mastodon like those on any network, in CSV too', async () => {
    const AUGUST = 'from=2026-08-10&to=2026-08-16';
    const threads = await makeShare(t, people.ann, itemA, {
      network: 'threads',
      at: new Date('2026-08-11T09:00:00Z'),
      code: 'codeThrds1',
      verifiedAt: new Date('2026-08-11T09:00:00Z'),
    });
    const mastodon = await makeShare(t, people.ben, itemB, {
      network: 'mastodon',
      at: new Date('2026-08-12T09:00:00Z'),
      declaredAudience: 120,
      code: 'codeMastd1',
    });
    await makeClicks(t, [
      { shareId: threads, day: '2026-08-11', visitor: 't1' },
      { shareId: mastodon, day: '2026-08-12', visitor: 'm1' },
      { shareId: mastodon, day: '2026-08-13', visitor: 'm2' },
    ]);

    const rows = (await get(analyst, `breakdown?by=network&${AUGUST}`).expect(200)).body.rows;
    expect(rows).toEqual([
      expect.objectContaining({ key: 'mastodon', shares: 1, clicks: 2, declaredReach: 120 }),
      expect.objectContaining({ key: 'threads', shares: 1, verifiedShares: 1, clicks: 1 }),
    ]);
    const onThreads = await get(analyst, `summary?${AUGUST}&network=threads`).expect(200);
    expect(onThreads.body).toMatchObject({ shares: 1, clicks: 1 });
    const csv = await get(analyst, `breakdown?by=network&${AUGUST}&format=csv`).expect(200);
    // network, shares, verified shares, clicks, unique visitors, clicks per share, declared reach
    expect(csv.text.split('\r\n').slice(1, 3)).toEqual([
      'mastodon,1,0,2,2,2,120',
      'threads,1,1,1,1,1,0',
    ]);
  });

  it('ranks enrolled advocates by clicks or by shares, never one who left the programme', async () => {
    const byClicks = await get(analyst, `advocates?${WEEK}`).expect(200);
    expect(byClicks.body).toMatchObject({ rank: 'clicks', names: 'full', total: 3 });
    expect(byClicks.body.rows).toEqual([
      {
        rank: 1,
        name: 'Ann de Wit',
        department: 'Sales',
        shares: 2,
        verifiedShares: 1,
        clicks: 5,
        uniqueVisitors: 4,
      },
      {
        rank: 2,
        name: 'Cas Claes',
        department: 'Support',
        shares: 1,
        verifiedShares: 1,
        clicks: 2,
        uniqueVisitors: 2,
      },
      {
        rank: 3,
        name: 'Ben Bakker',
        department: 'Sales',
        shares: 1,
        verifiedShares: 1,
        clicks: 1,
        uniqueVisitors: 1,
      },
    ]);
    const byShares = await get(analyst, `advocates?${WEEK}&rank=shares`).expect(200);
    expect(
      byShares.body.rows.map((row: { rank: number; name: string }) => [row.rank, row.name]),
    ).toEqual([
      [1, 'Ann de Wit'],
      [2, 'Cas Claes'],
      [2, 'Ben Bakker'],
    ]);
    const top = await get(analyst, `advocates?${WEEK}&limit=1`).expect(200);
    expect(top.body).toMatchObject({ total: 3, rows: [{ name: 'Ann de Wit' }] });
  });

  it('shows advocates by initials when the admins choose so', async () => {
    await admin.api.patch('/api/settings', { advocateNames: 'initials' }).expect(200);
    const { body } = await get(analyst, `advocates?${WEEK}`).expect(200);
    expect(body.names).toBe('initials');
    expect(body.rows.map((row: { name: string }) => row.name)).toEqual([
      'A. d. W.',
      'C. C.',
      'B. B.',
    ]);
    await admin.api.patch('/api/settings', { advocateNames: 'full' }).expect(200);
  });

  it('exports every table as CSV, escaped, defused and named after its filters', async () => {
    const campaigns = await get(analyst, `breakdown?by=campaign&${WEEK}&format=csv`).expect(200);
    expect(campaigns.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(campaigns.headers['content-disposition']).toBe(
      'attachment; filename="chorus-breakdown-campaign-2026-11-02-to-2026-11-08.csv"',
    );
    expect(campaigns.text).toBe(
      'campaign,shares,verified shares,clicks,clicks per share,unique visitors,declared potential reach\r\n' +
        `"'=Launch, ""Q4""",3,2,5,1.6667,4,700\r\n` +
        '(no campaign),2,2,4,2,4,1300\r\n',
    );
    const sales = await get(
      analyst,
      `advocates?${WEEK}&department=${groups.Sales}&network=linkedin&format=csv`,
    ).expect(200);
    expect(sales.headers['content-disposition']).toBe(
      'attachment; filename="chorus-advocates-by-clicks-2026-11-02-to-2026-11-08-department-sales-network-linkedin.csv"',
    );
    expect(sales.text).toBe(
      'rank,name,department,shares,verified shares,clicks,unique visitors\r\n' +
        '1,Ann de Wit,Sales,1,1,5,4\r\n' +
        '2,Ben Bakker,Sales,1,1,1,1\r\n',
    );
    const items = await get(curator, `breakdown?by=item&${WEEK}&format=csv`).expect(200);
    const [launchUrl] = await db.query('SELECT url FROM content_items WHERE id = $1', [itemA]);
    expect(items.text.split('\r\n').slice(0, 4)).toEqual([
      'item,address,network,shares,verified shares,clicks,clicks per share,unique visitors,declared potential reach',
      `Our launch,${launchUrl.url},all networks,3,2,5,1.6667,4,700`,
      `Our launch,${launchUrl.url},linkedin,2,2,5,2.5,4,500`,
      `Our launch,${launchUrl.url},x,1,0,0,0,0,200`,
    ]);
    const summary = await get(analyst, `summary?${WEEK}&format=csv`).expect(200);
    expect(summary.text).toContain('earned media value (EUR),22.50\r\n');
    expect(summary.text).toContain('participation,0.75\r\n');
    expect(summary.text).toContain(
      'shares started from feed,1\r\nshares started from digest,2\r\n' +
        'shares started from notification,1\r\nshares started from slack,1\r\n' +
        'shares started from teams,0\r\nshares started from extension,0\r\n',
    );
    const series = await get(analyst, `timeseries?${WEEK}&interval=week&format=csv`).expect(200);
    expect(series.text).toBe(
      'week from,shares,verified shares,clicks,unique visitors\r\n2026-11-02,5,4,9,8\r\n',
    );
  });

  it('keeps figures about people to analysts and admins, and all of it from employees', async () => {
    const summary = await get(curator, `summary?${WEEK}`).expect(200);
    expect(summary.body).toMatchObject({ shares: 5, clicks: 9, people: null });
    await get(curator, `timeseries?${WEEK}`).expect(200);
    await get(curator, `breakdown?by=network&${WEEK}`).expect(200);
    const byDepartment = await get(curator, `breakdown?by=department&${WEEK}`).expect(403);
    expect(byDepartment.body.message).toBe('Figures by department are for analysts and admins');
    const filtered = await get(curator, `summary?${WEEK}&department=${groups.Sales}`).expect(403);
    expect(filtered.body.message).toBe(
      'Figures by department or location are for analysts and admins',
    );
    await get(curator, `advocates?${WEEK}`).expect(403);
    for (const path of ['summary', 'timeseries', 'breakdown?by=network', 'advocates']) {
      await get(employee, path).expect(403);
      await t.http().get(`/api/analytics/${path}`).expect(401);
    }
    await get(admin, `advocates?${WEEK}`).expect(200);
  });

  it('refuses periods and filters that make no sense, saying why', async () => {
    const refusals: [string, number, string][] = [
      [
        'summary?from=2026-11-08&to=2026-11-02',
        400,
        'from (2026-11-08) must not be after to (2026-11-02)',
      ],
      [
        'summary?from=2026-02-30',
        400,
        'from must be a calendar date written YYYY-MM-DD, from 1970-01-01 to 9998-12-31',
      ],
      [
        'timeseries?from=9999-12-31',
        400,
        'from must be a calendar date written YYYY-MM-DD, from 1970-01-01 to 9998-12-31',
      ],
      [
        'summary?from=2020-01-01&to=2026-11-08',
        400,
        'The period may be at most 1098 days long; 2020-01-01 to 2026-11-08 is 2504',
      ],
      [
        'summary?network=myspace',
        400,
        'network must be one of: linkedin, x, facebook, xing, reddit, bluesky, threads, mastodon, whatsapp, telegram, email',
      ],
      ['breakdown', 400, 'by must be one of: department, location, network, campaign, kind, item'],
      ['breakdown?by=item&limit=0', 400, 'limit must be between 1 and 1,000'],
      ['advocates?rank=likes', 400, 'rank must be one of: clicks, shares'],
      ['summary?format=xml', 400, 'format must be one of: json, csv'],
      [`summary?department=${NOWHERE}`, 404, `No department with id ${NOWHERE}.`],
      [`summary?location=${groups.Sales}`, 404, `No location with id ${groups.Sales}.`],
      [`summary?campaign=${itemA}`, 404, `No campaign with id ${itemA}.`],
    ];
    for (const [path, status, message] of refusals) {
      const response = await get(analyst, path).expect(status);
      if (message) expect(response.body.message).toBe(message);
    }
  });

  it('reads whole months from monthly rollups and the days around them from daily ones', async () => {
    const clicks = async (query: string) =>
      (await get(analyst, `summary?${query}`).expect(200)).body as {
        clicks: number;
        uniqueVisitors: number;
      };
    // November holds every click (none in October); from the 2nd, without Sunday's q1.
    expect(await clicks('from=2026-11-01&to=2026-12-31')).toMatchObject({
      clicks: 11,
      uniqueVisitors: 10,
    });
    expect(await clicks('from=2026-11-02&to=2026-12-31')).toMatchObject({
      clicks: 10,
      uniqueVisitors: 9,
    });
    expect(await clicks('from=2026-10-15&to=2026-11-30')).toMatchObject({
      clicks: 11,
      uniqueVisitors: 10,
    });
    // Per person, from the share rollups: Ann's and Ben's links.
    const sales = await clicks(`from=2026-10-01&to=2026-11-30&department=${groups.Sales}`);
    expect(sales).toMatchObject({ clicks: 8, uniqueVisitors: 7 });
    const advocates = await get(analyst, 'advocates?from=2026-10-01&to=2026-11-30').expect(200);
    expect(
      advocates.body.rows.map((row: { name: string; clicks: number }) => [row.name, row.clicks]),
    ).toEqual([
      ['Ann de Wit', 6],
      ['Ben Bakker', 2],
      ['Cas Claes', 2],
    ]);
  });

  it('leaves no transaction open after an export, read whole or dropped', async () => {
    const idleInTransaction = async () => {
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      return count as number;
    };
    await get(curator, `breakdown?by=item&${WEEK}&format=csv`).expect(200);
    // A reader who goes as soon as the headers arrive.
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    // The curator of the data set: one more person would change the figures other tests check.
    const { session } = await signInCookies(t, curatorUser);
    await new Promise<void>((resolve, reject) => {
      const request = http.get(
        `http://127.0.0.1:${port}/api/analytics/breakdown?by=item&${WEEK}&format=csv`,
        { headers: { cookie: session } },
        (response) => {
          expect(response.statusCode).toBe(200);
          response.destroy();
          request.destroy();
          resolve();
        },
      );
      request.on('error', reject);
    });
    let open = await idleInTransaction();
    for (let attempt = 0; attempt < 20 && open > 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await idleInTransaction();
    }
    expect(open).toBe(0);
  });

  it('keeps the rollups equal to a full recount of the events, also with writers racing', async () => {
    const storage = t.app.get(ClickStorage);
    const another = () => new ClickWriter(storage, t.app.get(ClickJournal), t.app.get(APP_CONFIG));
    const writers = [t.app.get(ClickWriter), another(), another()];
    const ids = Object.values(shares);
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 5; round += 1) {
      for (const writer of writers) {
        for (let i = 0; i < 200; i += 1) {
          // March: a month no other test's period covers, so its figures stay as arranged.
          const day = `2026-03-${String(10 + Math.floor(next() * 3)).padStart(2, '0')}`;
          const kinds: VisitKind[] = ['click', 'click', 'click', 'preview', 'bot', 'head', 'self'];
          const kind = kinds[Math.floor(next() * kinds.length)];
          writer.record({
            shareId: ids[Math.floor(next() * ids.length)],
            day,
            at: Date.parse(`${day}T08:00:00Z`) + Math.floor(next() * 3_600_000),
            kind,
            crawler: kind === 'preview' ? 'linkedin' : null,
            visitor: kind === 'click' ? `r${Math.floor(next() * 40)}` : null,
          });
        }
      }
      await Promise.all(writers.map((writer) => writer.flush()));
    }
    const differ = (rollup: string, recount: string) =>
      db.query(`(SELECT 'rollup' AS side, * FROM ${rollup} EXCEPT SELECT 'rollup', * FROM ${recount})
                UNION ALL
                (SELECT 'recount', * FROM ${recount} EXCEPT SELECT 'recount', * FROM ${rollup})`);
    expect(await differ('share_click_days', 'click_rollup_recount')).toEqual([]);
    // The coarser rollups are the share days added up.
    const sums = 'sum(clicks), sum(unique_visitors), sum(previews), sum(bots), sum(heads)';
    const month = `date_trunc('month', day)::date`;
    expect(
      await differ(
        'share_click_months',
        `(SELECT share_id, ${month}, user_id, item_id, network, ${sums}, sum(self_clicks) FROM share_click_days
           GROUP BY share_id, ${month}, user_id, item_id, network) AS recount`,
      ),
    ).toEqual([]);
    expect(
      await differ(
        'item_click_days',
        `(SELECT item_id, network, day, ${sums} FROM share_click_days GROUP BY item_id, network, day) AS recount`,
      ),
    ).toEqual([]);
    expect(
      await differ(
        'item_click_months',
        `(SELECT item_id, network, ${month}, ${sums} FROM share_click_days GROUP BY item_id, network, ${month}) AS recount`,
      ),
    ).toEqual([]);
    const [{ events }] = await db.query(`SELECT count(*)::int AS events FROM click_events`);
    // The set-up's 19, the Threads and Mastodon test's 3, and these.
    expect(events).toBe(19 + 3 + 5 * 3 * 200);
  });
});
