import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publicAddress } from '../../apps/api/src/config/public-address';
import { makeGroup, makeItem, makeTopic, approveItem } from '../support/factories';
import {
  createTestApp,
  makeUser,
  signIn,
  type MadeUser,
  type SignedInAgent,
  type TestApp,
} from '../support/test-app';

// A loopback Slack receiver and a loopback Teams receiver (allowed through CHAT_WEBHOOK_ALLOW)
// get what the real delivery job posts when an item is approved and when a comment is reported.

interface Received {
  path: string;
  body: Record<string, unknown>;
}

/** A tiny webhook receiver: records every POST, answers 200 unless the path says `fail`. */
async function receiver(): Promise<{ server: Server; origin: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString()) });
      if (path.includes('FAIL')) return void response.writeHead(500).end('internal_error');
      // Rate limited the first time, as Slack answers a burst: try again in a second.
      if (path.includes('BUSY') && received.filter((r) => r.path === path).length === 1) {
        return void response.writeHead(429, { 'retry-after': '1' }).end('rate_limited');
      }
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, received };
}

/** Waits until `check` holds (up to 30 s on a busy machine), asking every 50 ms. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Never happened: ${what}`);
}

describe('Slack and Teams channels', () => {
  let slack: Awaited<ReturnType<typeof receiver>>;
  let teams: Awaited<ReturnType<typeof receiver>>;
  let t: TestApp;
  let admin: SignedInAgent;
  let adminUser: MadeUser;
  let author: MadeUser;
  let reviewer: MadeUser;
  const logged: string[] = [];

  const SLACK_SECRET = 'S3cretSlackToken0000';
  const TEAMS_SECRET = 'TeamsSignature9999';
  const slackUrl = (name: string) => `${slack.origin}/services/T0A1/B0A1/${name}${SLACK_SECRET}`;
  const teamsUrl = () =>
    `${teams.origin}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=${TEAMS_SECRET}`;

  beforeAll(async () => {
    slack = await receiver();
    teams = await receiver();
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await new Promise((resolve) => slack.server.close(resolve));
    await new Promise((resolve) => teams.server.close(resolve));
  });

  beforeEach(async () => {
    slack.received.length = 0;
    teams.received.length = 0;
    logged.length = 0;
    t = await createTestApp({
      CHAT_WEBHOOK_ALLOW: [slack.origin, teams.origin].map((o) => o.slice(7)).join(','),
    });
    adminUser = await makeUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    author = await makeUser(t, { roles: ['curator'] });
    reviewer = await makeUser(t, { roles: ['curator'] });
  });
  afterEach(() => t.close());

  /** Where people open Chorus: the links in messages lead there. */
  const chorus = () => publicAddress(t.config);

  const connect = (body: Record<string, unknown>) =>
    admin.agent
      .post('/api/channels')
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ language: 'en', receivesItems: true, receivesReports: false, ...body });

  const channels = async () =>
    (await admin.agent.get('/api/channels').expect(200)).body as Array<Record<string, unknown>>;

  it('posts an approved item to each channel whose filters let it through, in its language', async () => {
    const climate = await makeTopic(t, adminUser, 'Climate');
    const hiring = await makeTopic(t, adminUser, 'Hiring');
    const sales = await makeGroup(t, adminUser, 'department', 'Sales');
    await connect({ name: 'All news', kind: 'slack', webhookUrl: slackUrl('all') }).expect(201);
    await connect({
      name: 'Klima',
      kind: 'teams',
      webhookUrl: teamsUrl(),
      language: 'da',
      topicIds: [climate.id],
      departmentIds: [sales.id],
    }).expect(201);
    await connect({
      name: 'Deutsch',
      kind: 'slack',
      webhookUrl: slackUrl('de'),
      languages: ['de'],
    }).expect(201);
    await connect({
      name: 'Hiring',
      kind: 'slack',
      webhookUrl: slackUrl('hiring'),
      topicIds: [hiring.id],
    }).expect(201);

    const itemId = await makeItem(t, {
      title: 'Our plant in Aarhus opens',
      language: 'en',
      topicIds: [climate.id],
      targets: [sales.id],
    });
    await approveItem(t, itemId, { author, reviewer });

    await until('Slack and Teams got the item', () =>
      slack.received.length >= 1 && teams.received.length >= 1 ? true : undefined,
    );
    expect(slack.received.map(({ path }) => path)).toEqual([
      `/services/T0A1/B0A1/all${SLACK_SECRET}`,
    ]);
    const posted = slack.received[0].body;
    expect(posted.text).toBe('New to share: Our plant in Aarhus opens');
    expect(JSON.stringify(posted.blocks)).toContain(
      `"url":"${chorus()}/share/${itemId}?source=slack"`,
    );
    const card = teams.received[0].body as {
      type: string;
      attachments: Array<{
        contentType: string;
        content: { actions: Array<{ title: string; url: string }> };
      }>;
    };
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.actions[0]).toMatchObject({
      title: 'Del',
      url: `${chorus()}/share/${itemId}?source=teams`,
    });
    const listed = await until('the deliveries are recorded', async () => {
      const list = await channels();
      return list.filter((c) => c.lastDeliveredAt).length === 2 ? list : undefined;
    });
    expect(listed.map((c) => [c.name, c.lastDeliveredAt !== null])).toEqual([
      ['All news', true],
      ['Deutsch', false],
      ['Hiring', false],
      ['Klima', true],
    ]);
  });

  it('shows Slack and Teams the thumbnail at a signed address that needs no session', async () => {
    await connect({ name: 'All news', kind: 'slack', webhookUrl: slackUrl('all') }).expect(201);
    const itemId = await makeItem(t, { title: 'With a picture', language: 'en' });
    await t.app.get(DataSource).query(
      `INSERT INTO content_thumbnails (item_id, source_url, content_type, width, height, data, hash, fetched_at)
       VALUES ($1, 'https://news.example.com/p.png', 'image/png', 1, 1, $2, $3, now())`,
      [itemId, Buffer.from('png-bytes'), 'ab'.repeat(32)],
    );
    await approveItem(t, itemId, { author, reviewer });
    await until('Slack got the item', () => (slack.received.length >= 1 ? true : undefined));
    const [, section] = slack.received[0].body.blocks as Array<{
      accessory?: { image_url: string };
    }>;
    const imageUrl = new URL(section.accessory!.image_url);
    expect(imageUrl.origin).toBe(chorus());
    const path = `${imageUrl.pathname}${imageUrl.search}`;
    const picture = await t.http().get(path).expect(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.body).toEqual(Buffer.from('png-bytes'));
    await t.http().get(path.replace(/sig=./, 'sig=X')).expect(404);
    await t.http().get(`/api/content/${itemId}/thumbnail?v=abababab`).expect(401);
  });

  it("posts a new report to the social media team's channel only", async () => {
    await connect({ name: 'All news', kind: 'slack', webhookUrl: slackUrl('all') }).expect(201);
    await connect({
      name: 'Social media team',
      kind: 'teams',
      webhookUrl: teamsUrl(),
      receivesItems: false,
      receivesReports: true,
    }).expect(201);
    const reporter = await signIn(t, await makeUser(t, { name: 'Rita Reporter' }));
    const { body } = await reporter.api
      .post('/api/escalations', {
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
        network: 'linkedin',
        excerpt: 'This company is a scam! <!channel>',
        description: 'Under my post about the new office.',
      })
      .expect(201);

    const [message] = await until('Teams got the report', () =>
      teams.received.length ? teams.received : undefined,
    );
    const text = JSON.stringify(message.body);
    expect(text).toContain('This company is a scam! <!channel>');
    expect(text).toContain('Reported by Rita Reporter');
    expect(text).toContain(`${chorus()}/inbox/${body.id}`);
    expect(slack.received).toEqual([]);
  });

  it('marks a channel failing after five failed deliveries in a row, and a success heals it', async () => {
    const created = await connect({
      name: 'Broken',
      kind: 'slack',
      webhookUrl: slackUrl('FAIL'),
    }).expect(201);
    for (let i = 0; i < 5; i += 1) {
      await approveItem(t, await makeItem(t, { title: `Story ${i}`, language: 'en' }), {
        author,
        reviewer,
      });
    }
    const failing = await until('the channel is failing', async () =>
      (await channels()).find((c) => c.failingSince !== null),
    );
    expect(failing).toMatchObject({
      name: 'Broken',
      lastError: 'HTTP 500: internal_error',
    });
    expect(failing.consecutiveFailures).toBeGreaterThanOrEqual(5);

    // The admins are told once for the streak, however many failures follow.
    await approveItem(t, await makeItem(t, { title: 'Story 6', language: 'en' }), {
      author,
      reviewer,
    });
    await until('the sixth failure is recorded', async () =>
      Number((await channels())[0].consecutiveFailures) >= 6 ? true : undefined,
    );
    const db = t.app.get(DataSource);
    const told = await db.query(
      `SELECT user_id AS "userId", kind, params, link FROM notifications
        WHERE kind = 'channel.failing' ORDER BY user_id`,
    );
    const admins = await db.query(`SELECT id FROM users WHERE 'admin' = ANY(roles) ORDER BY id`);
    expect(admins).toHaveLength(2); // the first admin, and the one who connected the channel
    expect(told).toEqual(
      admins.map(({ id }: { id: string }) => ({
        userId: id,
        kind: 'channel.failing',
        params: { channel: 'Broken' },
        link: '/settings/channels',
      })),
    );

    await admin.agent
      .patch(`/api/channels/${created.body.id}`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ webhookUrl: slackUrl('fixed') })
      .expect(200);
    const test = await admin.agent
      .post(`/api/channels/${created.body.id}/test`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .expect(200);
    expect(test.body).toEqual({ delivered: true, error: null });
    expect(await channels()).toEqual([
      expect.objectContaining({ consecutiveFailures: 0, failingSince: null, lastError: null }),
    ]);
  });

  it('tries a rate-limited message again after the Retry-After the provider asked for', async () => {
    await connect({ name: 'Busy', kind: 'slack', webhookUrl: slackUrl('BUSY') }).expect(201);
    await approveItem(t, await makeItem(t, { title: 'Story', language: 'en' }), {
      author,
      reviewer,
    });

    const [channel] = await until('the second attempt arrived', async () => {
      const list = await channels();
      return list[0].lastDeliveredAt ? list : undefined;
    });
    expect(slack.received.map(({ body }) => body.text)).toEqual([
      'New to share: Story',
      'New to share: Story',
    ]);
    expect(channel).toMatchObject({ consecutiveFailures: 0, failingSince: null, lastError: null });
  });

  it('never gives the webhook address back in full, nor logs it', async () => {
    const created = await connect({
      name: 'Broken',
      kind: 'slack',
      webhookUrl: slackUrl('FAIL'),
    }).expect(201);
    expect(created.body.webhookHint).toBe(`${slack.origin}/…/${SLACK_SECRET.slice(-4)}`);
    await approveItem(t, await makeItem(t, { title: 'Story', language: 'en' }), {
      author,
      reviewer,
    });
    await until('the failure is recorded', async () =>
      (await channels())[0].lastError ? true : undefined,
    );
    const everything = JSON.stringify([
      created.body,
      await channels(),
      (await admin.agent.get('/api/audit').expect(200)).body,
      logged,
    ]);
    expect(everything).not.toContain(SLACK_SECRET);
    expect(logged.join('\n')).toContain('Posting to the chat channel "Broken" failed: HTTP 500');
  });

  it('refuses addresses that are not the providers’ webhooks, saying why', async () => {
    const refused = await connect({
      name: 'Wrong',
      kind: 'slack',
      webhookUrl: 'https://example.com/services/T0/B0/X',
    }).expect(400);
    expect(refused.body.message).toMatch(/not a Slack incoming webhook/);
    await connect({
      name: 'Plain',
      kind: 'teams',
      webhookUrl: 'http://prod-1.westus.logic.azure.com/workflows/a/triggers/manual/paths/invoke',
    }).expect(400);
    await connect({
      name: 'Nothing',
      kind: 'slack',
      webhookUrl: slackUrl('x'),
      receivesItems: false,
    })
      .expect(400)
      .expect(({ body }) => expect(body.message).toMatch(/Choose what the channel receives/));
    await connect({ name: 'Twice', kind: 'slack', webhookUrl: slackUrl('a') }).expect(201);
    await connect({ name: 'twice', kind: 'slack', webhookUrl: slackUrl('b') }).expect(409);
    expect(await channels()).toHaveLength(1);
  });

  it('is for admins only', async () => {
    const curator = await signIn(t, author);
    await curator.agent.get('/api/channels').expect(403);
    await curator.agent
      .post('/api/channels')
      .set('X-XSRF-TOKEN', curator.xsrf)
      .send({
        name: 'x',
        kind: 'slack',
        webhookUrl: slackUrl('x'),
        language: 'en',
        receivesItems: true,
        receivesReports: false,
      })
      .expect(403);
  });
});
