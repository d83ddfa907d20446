import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SourcePollingService } from '../../apps/api/src/sources/source-polling.service';
import { backdateLastPoll } from '../support/history';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

// RSS 2.0 and Atom feeds served by a loopback server of the test's own (allowed through
// CHORUS_FETCH_ALLOW), read by the real polling job.

const rss = (links: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Acme Newsroom</title>
${links.map((link, i) => `<item><title>Story ${i + 1}</title><link>${link}</link><pubDate>Sat, 2${i} Nov 2026 10:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Industry Review</title>
<entry><title>The state of advocacy</title><link href="https://review.example.org/advocacy"/><updated>2026-11-20T10:00:00Z</updated></entry>
<entry><title>Shared story</title><link href="https://news.acme.example/one"/></entry>
</feed>`;

/** Feeds modelled on published ones, as bytes (the parser's fixtures). */
const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../apps/api/src/sources/feeds/fixtures', name));

/** The entity tag the fixture's RSS feed answers with: it changes with the feed's text. */
const rssEtag = (body: string) => `"${Buffer.byteLength(body)}-${body.split('<item>').length - 1}"`;

describe('RSS and Atom sources', () => {
  let server: Server;
  let base: string;
  let t: TestApp;
  let curator: SignedInAgent;
  const requests: IncomingMessage[] = [];
  const RSS_LINKS = [
    'https://news.acme.example/one',
    'https://news.acme.example/two?utm_source=rss',
  ];
  let rssLinks = RSS_LINKS;
  let failing = false;
  let notModified = 0;
  let port: number;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request);
      if (request.url === '/rss.xml') {
        if (failing) return void response.writeHead(503).end();
        const body = rss(rssLinks);
        const etag = rssEtag(body);
        if (request.headers['if-none-match'] === etag) {
          notModified += 1;
          return void response.writeHead(304).end();
        }
        return void response
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag })
          .end(body);
      }
      if (request.url === '/atom.xml') {
        return void response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
      }
      if (request.url === '/blogger.xml') {
        const body = fixture('blogger-atom.xml');
        return void response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body);
      }
      if (request.url === '/windows-1251.xml') {
        // The charset is named only in the XML declaration, as many older CMSs serve it.
        const body = fixture('rss-0.91-windows-1251.xml');
        return void response.writeHead(200, { 'content-type': 'text/xml' }).end(body);
      }
      if (request.url === '/not-a-feed.xml') {
        return void response.writeHead(200, { 'content-type': 'text/xml' }).end('<html/>');
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // The suggestion inbox is the organisation's: each test starts with an empty one, and the
  // feeds as published.
  beforeEach(async () => {
    rssLinks = RSS_LINKS;
    failing = false;
    notModified = 0;
    requests.length = 0;
    t = await createTestApp({ CHORUS_FETCH_ALLOW: `127.0.0.1:${port}` });
    curator = await signIn(t, await makeUser(t, { roles: ['curator'] }));
  });
  afterEach(() => t.close());

  const post = (path: string, body: object = {}) =>
    curator.agent.post(path).set('X-XSRF-TOKEN', curator.xsrf).send(body);

  /** Waits until the source has been read once more than `polls` times. */
  async function polled(id: string, after: string | null = null) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const list = await curator.agent.get('/api/sources').expect(200);
      const source = list.body.find((s: { id: string }) => s.id === id);
      if (source.lastPolledAt && source.lastPolledAt !== after) return source;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The feed was never read');
  }

  let rssSource: { id: string; lastPolledAt: string; lastSuccessAt: string };

  /** The RSS feed as a source, read once: its two links suggested. */
  async function readRss(): Promise<void> {
    const created = await post('/api/sources', { url: `${base}/rss.xml` }).expect(201);
    rssSource = await polled(created.body.id);
  }

  /** The Atom feed as a source, read once. */
  async function readAtom(): Promise<void> {
    const created = await post('/api/sources', { url: `${base}/atom.xml` }).expect(201);
    await polled(created.body.id);
  }

  it('reads an RSS feed at once and suggests its links, normalised', async () => {
    const topic = await post('/api/topics', { name: 'Company news' }).expect(201);
    const created = await post('/api/sources', {
      url: `${base}/rss.xml`,
      topicIds: [topic.body.id],
    }).expect(201);
    rssSource = await polled(created.body.id);
    expect(rssSource).toMatchObject({
      title: 'Acme Newsroom',
      lastError: null,
      newEntries: 2,
      topics: [{ name: 'Company news' }],
      pollIntervalMinutes: 30,
    });
    const entries = await curator.agent.get(`/api/sources/${created.body.id}/entries`).expect(200);
    expect(entries.body.items.map((e: { url: string }) => e.url).sort()).toEqual([
      'https://news.acme.example/one',
      'https://news.acme.example/two',
    ]);
  });

  it('asks again politely: an unchanged feed answers 304 and suggests nothing twice', async () => {
    await readRss();
    await post(`/api/sources/${rssSource.id}/poll`).expect(200);
    const again = await polled(rssSource.id, rssSource.lastPolledAt);
    expect(again.lastError).toBeNull();
    expect(requests.at(-1)?.headers['if-none-match']).toBe(rssEtag(rss(rssLinks)));
    expect(notModified).toBe(1);
    const inbox = await curator.agent.get('/api/source-entries').expect(200);
    expect(inbox.body.total).toBe(2);
    rssSource = again;
  });

  it('reads Atom too, without suggesting a link another feed already did', async () => {
    await readRss();
    const created = await post('/api/sources', { url: `${base}/atom.xml` }).expect(201);
    const source = await polled(created.body.id);
    expect(source).toMatchObject({ title: 'Industry Review', newEntries: 1 });
    const inbox = await curator.agent.get('/api/source-entries').expect(200);
    expect(inbox.body.total).toBe(3);
  });

  it('promotes a suggestion to a draft item with the feed’s topics, and dismisses another', async () => {
    const topic = await post('/api/topics', { name: 'Company news' }).expect(201);
    const created = await post('/api/sources', {
      url: `${base}/rss.xml`,
      topicIds: [topic.body.id],
    }).expect(201);
    rssSource = await polled(created.body.id);
    await readAtom();
    const inbox = await curator.agent
      .get(`/api/source-entries?sourceId=${rssSource.id}`)
      .expect(200);
    const [first, second] = inbox.body.items;
    const promoted = await post(`/api/source-entries/${first.id}/promote`, {
      kind: 'company_news',
    }).expect(200);
    expect(promoted.body).toMatchObject({ state: 'promoted', itemId: expect.any(String) });
    const item = await curator.agent.get(`/api/content/${promoted.body.itemId}`).expect(200);
    expect(item.body).toMatchObject({
      url: first.url,
      status: 'draft',
      topics: [{ name: 'Company news' }],
    });

    await post(`/api/source-entries/${second.id}/dismiss`).expect(200);
    const again = await post(`/api/source-entries/${second.id}/promote`, { kind: 'industry' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      'This suggestion has already been dismissed; the inbox shows only new ones.',
    );
    const left = await curator.agent.get('/api/source-entries').expect(200);
    expect(left.body.total).toBe(1);
  });

  it('does not suggest a link that is already content', async () => {
    await readRss();
    // Its first suggestions already dealt with.
    const first = await curator.agent.get(`/api/sources/${rssSource.id}/entries`).expect(200);
    for (const entry of first.body.items) {
      await post(`/api/source-entries/${entry.id}/dismiss`).expect(200);
    }
    await post('/api/content', { url: 'https://news.acme.example/three', kind: 'industry' }).expect(
      201,
    );
    rssLinks = [...rssLinks, 'https://news.acme.example/three', 'https://news.acme.example/four'];
    await post(`/api/sources/${rssSource.id}/poll`).expect(200);
    const source = await polled(rssSource.id, rssSource.lastPolledAt);
    rssSource = source;
    const entries = await curator.agent.get(`/api/sources/${rssSource.id}/entries`).expect(200);
    expect(entries.body.items.map((e: { url: string }) => e.url)).toEqual([
      'https://news.acme.example/four',
    ]);
  });

  it('shows a feed error on the source, keeping the time of the last success', async () => {
    await readRss();
    failing = true;
    try {
      await post(`/api/sources/${rssSource.id}/poll`).expect(200);
      const failed = await polled(rssSource.id, rssSource.lastPolledAt);
      expect(failed.lastError).toMatch(/HTTP 503/);
      expect(failed.lastSuccessAt).toBe(rssSource.lastSuccessAt);
    } finally {
      failing = false;
    }

    const created = await post('/api/sources', { url: `${base}/not-a-feed.xml` }).expect(201);
    const broken = await polled(created.body.id);
    expect(broken).toMatchObject({
      lastError: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)',
      lastSuccessAt: null,
    });
  });

  it('reads each feed again once its interval has passed', async () => {
    await readRss();
    await backdateLastPoll(t, rssSource.id, 31);
    const before = (await curator.agent.get('/api/sources').expect(200)).body.find(
      (s: { id: string }) => s.id === rssSource.id,
    );
    await t.app.get(SourcePollingService).queueDue();
    const after = await polled(rssSource.id, before.lastPolledAt);
    expect(new Date(after.lastPolledAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a feed address twice, a bad address and a bad interval', async () => {
    await readAtom();
    const twice = await post('/api/sources', { url: `${base}/atom.xml` }).expect(409);
    expect(twice.body.message).toMatch(/already a source/);
    await post('/api/sources', { url: 'gopher://old.example/' }).expect(400);
    const interval = await post('/api/sources', {
      url: `${base}/other.xml`,
      pollIntervalMinutes: 1,
    }).expect(400);
    expect(interval.body.message).toBe('pollIntervalMinutes must be 5 or more');
  });

  it('suggests the articles of a Blogger feed, not its comment or API links', async () => {
    const created = await post('/api/sources', { url: `${base}/blogger.xml` }).expect(201);
    expect(await polled(created.body.id)).toMatchObject({
      title: 'Harbour Engineering Blog',
      lastError: null,
    });
    const entries = await curator.agent.get(`/api/sources/${created.body.id}/entries`).expect(200);
    expect(
      entries.body.items.map((e: { url: string; title: string }) => [e.url, e.title]).sort(),
    ).toEqual([
      [
        'https://engineering.harbour.example/2026/11/shipping-harbour-map.html',
        'Shipping the new harbour map',
      ],
      [
        'https://engineering.harbour.example/2026/11/tides-and-queues.html',
        'Tides & queues: what we learned',
      ],
    ]);
  });

  it('reads a feed whose encoding only its XML declaration names', async () => {
    const created = await post('/api/sources', { url: `${base}/windows-1251.xml` }).expect(201);
    expect(await polled(created.body.id)).toMatchObject({
      title: 'Новости компании',
      lastError: null,
    });
    const entries = await curator.agent.get(`/api/sources/${created.body.id}/entries`).expect(200);
    expect(entries.body.items).toMatchObject([
      {
        url: 'https://press.sever.example/news/kazan-office.html',
        title: 'Открытие нового офиса в Казани',
      },
    ]);
  });
});
