import { DataSource } from 'typeorm';
import { SHARE_NETWORKS } from '@chorus/core';
import { makeLiveItem, makeQuiz, makeReady, publishPolicy } from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

describe('sharing', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let item: string;

  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await makeUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    await makeQuiz(t, await makeUser(t, { roles: ['curator'] }), 1, 2);
    await publishPolicy(t, adminUser);
    await admin.api
      .post('/api/restricted-terms', {
        term: 'Falcon',
        category: 'confidential',
        severity: 'block',
        note: 'Not yet.',
      })
      .expect(201);
    item = await makeLiveItem(t, {
      title: 'Our new office & lab',
      variants: [
        ['any', 'en', 'Our new office is open! #WeAreChorus'],
        ['x', 'en', 'New office, new lab 🚀'],
      ],
    });
  });
  afterAll(() => t.close());

  const share = (who: SignedInAgent, body: Record<string, unknown>) =>
    who.api.post('/api/shares', {
      contentId: item,
      network: 'x',
      text: 'New office, new lab 🚀',
      ...body,
    });

  async function ready(audience?: number): Promise<{ user: MadeUser; agent: SignedInAgent }> {
    const user = await makeReady(t, await makeUser(t));
    const agent = await signIn(t, user);
    if (audience !== undefined) {
      await agent.api
        .patch('/api/me/profile', {
          socialProfiles: [{ network: 'x', handle: '@me', audienceSize: audience }],
        })
        .expect(200);
    }
    return { user, agent };
  }

  it('records a share with a new tracked link and gives the network’s share page to open', async () => {
    const { user, agent } = await ready(840);
    const response = await share(agent, {}).expect(201);
    const { id, code, trackedUrl, intentUrl, copyTextFirst, edited } = response.body;
    expect(code).toMatch(/^[0-9A-Za-z]{10}$/);
    expect(trackedUrl).toBe(`${new URL(trackedUrl).origin}/r/${code}`);
    expect(intentUrl).toBe(
      `https://x.com/intent/tweet?text=${encodeURIComponent('New office, new lab 🚀')}` +
        `&url=${encodeURIComponent(trackedUrl)}`,
    );
    expect({ copyTextFirst, edited }).toEqual({ copyTextFirst: false, edited: false });

    const [row] = await t.app
      .get(DataSource)
      .query(
        'SELECT user_id, item_id, network, text, declared_audience, variant_id IS NOT NULL AS from_variant FROM shares WHERE id = $1',
        [id],
      );
    expect(row).toEqual({
      user_id: user.id,
      item_id: item,
      network: 'x',
      text: 'New office, new lab 🚀',
      declared_audience: 840,
      from_variant: true,
    });

    const linkedin = await share(agent, { network: 'linkedin', text: 'My own words' }).expect(201);
    expect(linkedin.body).toMatchObject({ copyTextFirst: false, edited: true });
    expect(linkedin.body.intentUrl).toBe(
      `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(`My own words ${linkedin.body.trackedUrl}`)}`,
    );
  });

  it('opens LinkedIn’s documented share page, the text to be pasted, when admins turn the composer off', async () => {
    const { agent } = await ready();
    await admin.api.patch('/api/settings', { linkedinComposer: false }).expect(200);
    try {
      const linkedin = await share(agent, { network: 'linkedin', text: 'Words' }).expect(201);
      expect(linkedin.body).toMatchObject({ copyTextFirst: true });
      expect(linkedin.body.intentUrl).toBe(
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(linkedin.body.trackedUrl)}`,
      );
    } finally {
      await admin.api.patch('/api/settings', { linkedinComposer: true }).expect(200);
    }
  });

  it('shares to Threads with the link as its attachment', async () => {
    const { agent } = await ready();
    const text = 'Νέο γραφείο & εργαστήριο 🚀\n#WeAreChorus';
    const threads = await share(agent, { network: 'threads', text }).expect(201);
    expect(threads.body).toMatchObject({ copyTextFirst: false });
    expect(threads.body.intentUrl).toBe(
      `https://www.threads.com/intent/post?text=${encodeURIComponent(text)}` +
        `&url=${encodeURIComponent(threads.body.trackedUrl)}`,
    );
  });

  it('shares to Mastodon on the server of the handle on my profile, and asks for one first', async () => {
    const { agent } = await ready();
    const without = await share(agent, { network: 'mastodon', text: 'Toot' }).expect(422);
    expect(without.body.message).toBe(
      'Add your Mastodon handle (@name@server) to your profile first: Mastodon shares go through your own server.',
    );
    const mine = await agent.api.get('/api/shares/mine').expect(200);
    expect(mine.body.total).toBe(0);

    await agent.api
      .patch('/api/me/profile', {
        socialProfiles: [
          { network: 'mastodon', handle: 'https://Chaos.Social/@me', audienceSize: 90 },
        ],
      })
      .expect(200);
    const mastodon = await share(agent, { network: 'mastodon', text: 'Toot' }).expect(201);
    expect(mastodon.body.intentUrl).toBe(
      `https://chaos.social/share?text=${encodeURIComponent(`Toot ${mastodon.body.trackedUrl}`)}`,
    );
    const [row] = await t.app
      .get(DataSource)
      .query('SELECT network, declared_audience FROM shares WHERE id = $1', [mastodon.body.id]);
    expect(row).toEqual({ network: 'mastodon', declared_audience: 90 });
  });

  it('shows my shares with their figures and my totals, declared reach labelled as declared', async () => {
    const { agent } = await ready(500);
    const first = await share(agent, {}).expect(201);
    await share(agent, { network: 'whatsapp', text: 'Look!' }).expect(201);
    await t
      .http()
      .get(`/r/${first.body.code}`)
      .set(
        'User-Agent',
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      )
      .expect(302);
    const mine = await agent.api.get('/api/shares/mine?pageSize=1').expect(200);
    expect(mine.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ network: 'whatsapp', clicks: 0, verified: false });
    expect(mine.body.totals).toEqual({
      shares: 2,
      verified: expect.any(Number),
      clicks: expect.any(Number),
      uniqueVisitors: expect.any(Number),
      declaredReach: 500,
    });
    const other = await signIn(t, await makeUser(t));
    expect((await other.api.get('/api/shares/mine').expect(200)).body.total).toBe(0);
  });

  it('records where a share was started: the feed unless the person came from elsewhere', async () => {
    const { agent } = await ready();
    const fromFeed = await share(agent, {}).expect(201);
    const fromDigest = await share(agent, { network: 'linkedin', source: 'digest' }).expect(201);
    expect(fromFeed.body.source).toBe('feed');
    expect(fromDigest.body.source).toBe('digest');

    const rows = await t.app
      .get(DataSource)
      .query<{ id: string; source: string }[]>(
        'SELECT id, source FROM shares WHERE id = ANY($1) ORDER BY source::text',
        [[fromFeed.body.id, fromDigest.body.id]],
      );
    expect(rows).toEqual([
      { id: fromDigest.body.id, source: 'digest' },
      { id: fromFeed.body.id, source: 'feed' },
    ]);
    const mine = await agent.api.get('/api/shares/mine').expect(200);
    expect(mine.body.items.map((item: { source: string }) => item.source)).toEqual([
      'digest',
      'feed',
    ]);
    const byCode = await admin.api.get(`/api/shares/by-code/${fromDigest.body.code}`).expect(200);
    expect(byCode.body.source).toBe('digest');

    const unknown = await share(agent, { source: 'pigeon' }).expect(400);
    expect(unknown.body.message).toContain('source must be one of');
    expect((await agent.api.get('/api/shares/mine').expect(200)).body.total).toBe(2);
  });

  it('refuses, with a code each, what a share must not be', async () => {
    const stranger = await signIn(t, await makeUser(t));
    expect((await share(stranger, {}).expect(403)).body.code).toBe('not_enrolled');

    const { agent } = await ready();
    const blocked = await share(agent, { text: 'Sneak peek of Falcon' }).expect(422);
    expect(blocked.body.code).toBe('guardrails_blocked');
    const draft = await makeLiveItem(t, { status: 'draft' });
    await share(agent, { contentId: draft }).expect(404);
    await share(agent, { network: 'myspace' }).expect(400);
    await share(agent, { text: '' }).expect(400);

    await admin.api.patch('/api/settings', { enabledNetworks: ['linkedin', 'x'] }).expect(200);
    try {
      const off = await share(agent, { network: 'facebook', text: 'Hi' }).expect(422);
      expect(off.body.message).toBe('Sharing to Facebook is turned off by your admins.');
      await share(agent, { network: 'linkedin', text: 'Hi' }).expect(201);
    } finally {
      await admin.api
        .patch('/api/settings', {
          enabledNetworks: [...SHARE_NETWORKS],
        })
        .expect(200);
    }
    const count = await t.app
      .get(DataSource)
      .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM shares WHERE text LIKE '%Falcon%'`);
    expect(count[0].n).toBe(0);
  });

  it('lets admins choose the networks offered, refusing an empty or unknown list', async () => {
    const set = (value: unknown) =>
      admin.api.malformed('patch', '/api/settings', { enabledNetworks: value });
    for (const value of [[], ['myspace'], ['x', 'x'], 'x']) {
      expect((await set(value).expect(400)).body.message).toContain(
        'enabledNetworks must be a list of one or more different networks',
      );
    }
  });
});
