import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import request from 'supertest';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { sharedThumbnailUrl } from '../../apps/api/src/content/thumbnails/thumbnail-url';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { approveItem } from '../support/factories';
import {
  createTestApp,
  MadeUser,
  makeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

// Card thumbnails against a real page and image server on loopback, allowed through
// CHORUS_FETCH_ALLOW: the page names its image, Chorus fetches it once and serves it itself.

interface Served {
  type: string;
  body: string | Buffer;
}

function page(title: string, image: string): Served {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><title>${title}</title>
      <meta property="og:image" content="${image}"></head><body></body></html>`,
  };
}

function picture(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg') {
  return sharp({ create: { width, height, channels: 3, background: '#2a6fdb' } })
    .toFormat(format)
    .toBuffer();
}

describe('card thumbnails', () => {
  let server: Server;
  let site: string;
  let t: TestApp;
  let carlos: SignedInAgent;
  let carlosUser: MadeUser;
  let reviewer: MadeUser;
  let emma: SignedInAgent;
  const served: Record<string, Served> = {};
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const found = served[request.url ?? ''];
      if (!found) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': found.type }).end(found.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    site = `http://127.0.0.1:${port}`;
    t = await createTestApp({ CHORUS_FETCH_ALLOW: `127.0.0.1:${port}` });
    carlosUser = await makeUser(t, { roles: ['curator'] });
    carlos = await signIn(t, carlosUser);
    reviewer = await makeUser(t, { roles: ['curator'] });
    emma = await signIn(t, await makeUser(t, { roles: ['employee'] }));
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const write = (method: 'post' | 'patch', path: string) =>
    carlos.agent[method](path).set('X-XSRF-TOKEN', carlos.xsrf);
  const fetchesOf = (path: string) => requests.filter((url) => url === path).length;

  async function add(path: string) {
    const created = await write('post', '/api/content')
      .send({ url: `${site}${path}`, kind: 'company_news' })
      .expect(201);
    return created.body.id as string;
  }

  /** Waits until `done` holds for the item, as the curator sees it. */
  async function itemWhen(id: string, done: (item: Record<string, unknown>) => boolean) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { body } = await carlos.agent.get(`/api/content/${id}`).expect(200);
      if (done(body)) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Item ${id} never got there`);
  }
  const read = (id: string) => itemWhen(id, (item) => item.unfurlState !== 'pending');

  it('fetches the page image once, scales it down and serves it with an ETag', async () => {
    served['/news/office'] = page('New office', '/img/office.jpg');
    served['/img/office.jpg'] = { type: 'image/jpeg', body: await picture(1200, 630) };
    const id = await add('/news/office');

    const item = await read(id);
    expect(item).toMatchObject({
      unfurlState: 'done',
      title: 'New office',
      imageUrl: `${site}/img/office.jpg`,
      thumbnailError: null,
    });
    expect(item.thumbnailUrl).toMatch(
      new RegExp(`^/api/content/${id}/thumbnail\\?v=[0-9a-f]{16}$`),
    );

    const image = await carlos.agent.get(item.thumbnailUrl).buffer(true).expect(200);
    expect(image.headers).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'private, max-age=86400',
      'x-content-type-options': 'nosniff',
      etag: expect.stringMatching(/^"[0-9a-f]{64}"$/),
    });
    expect(await sharp(image.body as Buffer).metadata()).toMatchObject({
      format: 'webp',
      width: 600,
      height: 315,
    });

    const again = await carlos.agent
      .get(item.thumbnailUrl)
      .set('If-None-Match', image.headers.etag)
      .expect(304);
    expect(again.headers.etag).toBe(image.headers.etag);
    expect(again.text ?? '').toBe('');
    expect(fetchesOf('/img/office.jpg')).toBe(1);
  });

  it('does not fetch the image again when a new read names the same one, and does when it changes', async () => {
    served['/news/lab'] = page('New lab', '/img/lab.jpg');
    served['/img/lab.jpg'] = { type: 'image/jpeg', body: await picture(800, 600) };
    const id = await add('/news/lab');
    const first = await read(id);

    await write('post', `/api/content/${id}/unfurl`).expect(200);
    const second = await read(id);
    expect(second.thumbnailUrl).toBe(first.thumbnailUrl);
    expect(fetchesOf('/news/lab')).toBe(2);
    expect(fetchesOf('/img/lab.jpg')).toBe(1);

    served['/news/lab'] = page('New lab', '/img/lab-2.png');
    served['/img/lab-2.png'] = { type: 'image/png', body: await picture(400, 300, 'png') };
    await write('post', `/api/content/${id}/unfurl`).expect(200);
    const third = await read(id);
    expect(third.imageUrl).toBe(`${site}/img/lab-2.png`);
    expect(third.thumbnailUrl).not.toBe(first.thumbnailUrl);
    const image = await carlos.agent.get(third.thumbnailUrl).buffer(true).expect(200);
    expect(await sharp(image.body as Buffer).metadata()).toMatchObject({ width: 400, height: 300 });
  });

  it('records an image that is not one on the item, and still reads the page', async () => {
    served['/news/fake'] = page('Fake picture', '/img/fake.png');
    served['/img/fake.png'] = { type: 'image/png', body: '<html><body>Not found</body></html>' };
    const item = await read(await add('/news/fake'));
    expect(item).toMatchObject({
      unfurlState: 'done',
      unfurlError: null,
      title: 'Fake picture',
      thumbnailUrl: null,
      thumbnailError: 'image refused: not an image',
    });
    await carlos.agent.get(`/api/content/${item.id}/thumbnail`).expect(404);
  });

  it('refuses an image larger than 5 MB, and one the server calls SVG', async () => {
    served['/news/huge'] = page('Huge picture', '/img/huge.jpg');
    served['/img/huge.jpg'] = { type: 'image/jpeg', body: Buffer.alloc(5 * 1024 * 1024 + 1) };
    served['/news/vector'] = page('Vector picture', '/img/logo.svg');
    served['/img/logo.svg'] = {
      type: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    };

    const huge = await read(await add('/news/huge'));
    expect(huge).toMatchObject({
      title: 'Huge picture',
      thumbnailUrl: null,
      thumbnailError: 'image refused: larger than 5 MB',
    });
    const vector = await read(await add('/news/vector'));
    expect(vector).toMatchObject({
      thumbnailUrl: null,
      thumbnailError: 'image refused: unexpected content type (image/svg+xml)',
    });
  });

  it("makes a thumbnail of a curator's own image address, and drops it when they clear it", async () => {
    served['/news/no-image'] = {
      type: 'text/html',
      body: '<html><head><title>No image</title></head></html>',
    };
    served['/img/chosen.jpg'] = { type: 'image/jpeg', body: await picture(1000, 500) };
    const id = await add('/news/no-image');
    expect(await read(id)).toMatchObject({ imageUrl: null, thumbnailUrl: null });

    await write('patch', `/api/content/${id}`)
      .send({ imageUrl: `${site}/img/chosen.jpg` })
      .expect(200);
    const item = await itemWhen(id, (body) => body.thumbnailUrl !== null);
    const image = await carlos.agent.get(item.thumbnailUrl).buffer(true).expect(200);
    expect(await sharp(image.body as Buffer).metadata()).toMatchObject({ width: 600, height: 300 });

    await write('patch', `/api/content/${id}`).send({ imageUrl: null }).expect(200);
    await itemWhen(id, (body) => body.thumbnailUrl === null);
    await carlos.agent.get(`/api/content/${id}/thumbnail`).expect(404);
  });

  it('says so on the item when the thumbnail job cannot be queued', async () => {
    served['/news/queue-down'] = page('Queue down', '/img/queue-down.jpg');
    const id = await add('/news/queue-down');
    await read(id);
    const send = jest
      .spyOn(t.app.get(JobsService), 'send')
      .mockRejectedValueOnce(new Error('queue unavailable'));
    try {
      const edited = await write('patch', `/api/content/${id}`)
        .send({ imageUrl: `${site}/img/elsewhere.jpg` })
        .expect(200);
      expect(edited.body).toMatchObject({
        imageUrl: `${site}/img/elsewhere.jpg`,
        thumbnailUrl: null,
        thumbnailError: 'could not start fetching the image; save it again to retry',
      });
    } finally {
      send.mockRestore();
    }
  });

  it('shows employees the thumbnails of approved items only, and no one signed out', async () => {
    served['/news/draft'] = page('Draft', '/img/draft.jpg');
    served['/img/draft.jpg'] = { type: 'image/jpeg', body: await picture(640, 360) };
    const id = await add('/news/draft');
    const item = await read(id);
    expect(item.thumbnailUrl).not.toBeNull();

    const hidden = await emma.agent.get(item.thumbnailUrl).expect(404);
    expect(hidden.body.message).toBe(`Content item ${id} has no thumbnail to show.`);
    await approveItem(t, id, { author: carlosUser, reviewer });
    await emma.agent.get(item.thumbnailUrl).expect(200);
    const feed = await emma.agent.get('/api/feed').expect(200);
    expect(feed.body.items).toContainEqual(
      expect.objectContaining({ id, thumbnailUrl: item.thumbnailUrl }),
    );

    await request(t.app.getHttpServer()).get(item.thumbnailUrl).expect(401);
  });

  it('serves the pictures of approved items at addresses Chorus signed, without a session', async () => {
    served['/news/mailed'] = page('Mailed', '/img/mailed.jpg');
    served['/img/mailed.jpg'] = { type: 'image/jpeg', body: await picture(640, 360) };
    const id = await add('/news/mailed');
    const item = await read(id);
    const { headers } = await carlos.agent.get(item.thumbnailUrl).expect(200);
    const hash = String(headers.etag).replaceAll('"', '');
    const { sessionSecret } = t.app.get<AppConfig>(APP_CONFIG);
    const signed = sharedThumbnailUrl('', sessionSecret, id, hash)!;
    const anonymous = () => request(t.app.getHttpServer());

    await anonymous().get(signed).expect(404);
    await approveItem(t, id, { author: carlosUser, reviewer });
    const image = await anonymous().get(signed).buffer(true).expect(200);
    expect(image.headers).toMatchObject({ 'content-type': 'image/webp' });
    expect(String(image.headers['cache-control'])).toMatch(/^public, /);
    expect((await sharp(image.body as Buffer).metadata()).format).toBe('webp');

    const forged = signed.replace(/sig=[^&]+/, `sig=${'A'.repeat(32)}`);
    await anonymous().get(forged).expect(404);
    const otherItem = signed.replace(id, '00000000-0000-4000-8000-000000000000');
    await anonymous().get(otherItem).expect(404);
    await anonymous()
      .get(signed.replace(/v=[0-9a-f]+/, 'v=<script>'))
      .expect(400);
  });

  it("lets the portal load pictures from Chorus only, not from the pages' servers", async () => {
    const response = await carlos.agent.get('/api/me').expect(200);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("img-src 'self' data:;");
  });

  it('refuses a version that no thumbnailUrl names', async () => {
    const response = await carlos.agent
      .get('/api/content/00000000-0000-4000-8000-000000000000/thumbnail?v=<script>')
      .expect(400);
    expect(response.body.message).toMatch(/v must be the version a thumbnailUrl names/);
  });
});
