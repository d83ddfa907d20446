import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { UnfurlService } from '../../apps/api/src/content/unfurl/unfurl.service';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

// Curating content against a real page server on loopback: allowed through CHORUS_FETCH_ALLOW
// for one port only, so the other server in this file shows that loopback is refused otherwise.

const ARTICLE = `<!doctype html><html lang="en-GB"><head>
  <title>Plain title</title>
  <meta property="og:title" content="Our new office opens in Athens">
  <meta property="og:description" content="Forty colleagues move into the new office &amp; lab.">
  <meta property="og:image" content="/images/office.jpg">
  <meta property="og:site_name" content="Acme News">
  <link rel="canonical" href="/news/athens-office">
</head><body><p>Hello</p></body></html>`;

/** Serves text as UTF-8, and bytes with no charset in the header (the page must name it). */
function serve(pages: Record<string, string | Buffer>): Promise<Server> {
  const server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    const type = typeof page === 'string' ? 'text/html; charset=utf-8' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe('curating content', () => {
  let pages: Server;
  let forbidden: Server;
  let site: string;
  let t: TestApp;
  let carlos: SignedInAgent;
  let carlosId: string;
  let clara: SignedInAgent;
  let admin: SignedInAgent;

  const served: Record<string, string | Buffer> = {};

  beforeAll(async () => {
    pages = await serve(served);
    Object.assign(served, {
      '/news/athens-office': ARTICLE,
      '/news/athens-office?utm_source=mail': ARTICLE,
      '/news/other': '<html><head><title>Other</title></head></html>',
      '/news/budget': '<html><head><title>Budget 2027</title></head></html>',
    });
    forbidden = await serve({ '/secret': '<title>Internal</title>' });
    site = `http://127.0.0.1:${portOf(pages)}`;
    t = await createTestApp({ CHORUS_FETCH_ALLOW: `127.0.0.1:${portOf(pages)}` });
    const curator = await makeUser(t, { name: 'Carlos Curator', roles: ['curator'] });
    carlosId = curator.id;
    carlos = await signIn(t, curator);
    clara = await signIn(t, await makeUser(t, { name: 'Clara Curator', roles: ['curator'] }));
    admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => pages.close(resolve));
    await new Promise((resolve) => forbidden.close(resolve));
  });

  const write = (who: SignedInAgent, method: 'post' | 'patch' | 'put' | 'delete', path: string) =>
    who.agent[method](path).set('X-XSRF-TOKEN', who.xsrf);

  function add(url: string, who = carlos) {
    return write(who, 'post', '/api/content').send({ url, kind: 'company_news' });
  }

  /** Waits for the background job to read the page. */
  async function unfurled(id: string) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const item = await carlos.agent.get(`/api/content/${id}`).expect(200);
      if (item.body.unfurlState !== 'pending') return item.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The page was never read');
  }

  async function withVariant(id: string, text = 'Proud of our new home in Athens! #acme') {
    await write(carlos, 'post', `/api/content/${id}/variants`)
      .send({ network: 'any', language: 'en', text })
      .expect(201);
  }

  it('adds a page as a draft and fills it in from the page in the background', async () => {
    const created = await add(`${site}/news/athens-office?utm_source=mail`).expect(201);
    expect(created.body).toMatchObject({
      url: `${site}/news/athens-office`,
      status: 'draft',
      kind: 'company_news',
      author: { id: carlosId, name: 'Carlos Curator' },
      actions: ['submit', 'archive'],
    });

    const item = await unfurled(created.body.id);
    expect(item).toMatchObject({
      unfurlState: 'done',
      unfurlError: null,
      title: 'Our new office opens in Athens',
      summary: 'Forty colleagues move into the new office & lab.',
      imageUrl: `${site}/images/office.jpg`,
      siteName: 'Acme News',
      language: 'en',
      canonicalUrl: `${site}/news/athens-office`,
    });
  });

  it('answers a page that is already an item with a 409 that points to it', async () => {
    const first = await add(`${site}/news/other`).expect(201);
    const again = await add(`${site}/news/other#comments`).expect(409);
    expect(again.body.details).toMatchObject({
      key: 'errors:content.alreadyAnItem',
      params: { status: 'draft' },
      id: first.body.id,
    });
    expect(again.body.message).toMatch(/already an item/);
  });

  it('keeps the fragment a curator gave for links to the item, but not for finding duplicates', async () => {
    served['/news/roadmap'] = '<html><head><title>Roadmap 2027</title></head></html>';
    const created = await add(`${site}/news/roadmap?utm_source=mail#section-3`).expect(201);
    expect(created.body.url).toBe(`${site}/news/roadmap#section-3`);
    const [row] = await t.app
      .get(DataSource)
      .query<{ url: string; url_fragment: string | null }[]>(
        'SELECT url, url_fragment FROM content_items WHERE id = $1',
        [created.body.id],
      );
    expect(row).toEqual({ url: `${site}/news/roadmap`, url_fragment: '#section-3' });
    const again = await add(`${site}/news/roadmap#section-4`).expect(409);
    expect(again.body.details).toMatchObject({
      key: 'errors:content.alreadyAnItem',
      id: created.body.id,
    });
    expect(await unfurled(created.body.id)).toMatchObject({
      unfurlState: 'done',
      title: 'Roadmap 2027',
    });
  });

  it('reads a page whose charset is named after its first 1024 bytes, and its https image', async () => {
    served['/news/kazan'] = readFileSync(
      join(__dirname, '../../apps/api/src/content/unfurl/fixtures/late-charset-windows-1251.html'),
    );
    const created = await add(`${site}/news/kazan`).expect(201);
    const item = await unfurled(created.body.id);
    expect(item).toMatchObject({
      unfurlState: 'done',
      title: 'Открытие нового офиса в Казани',
      summary: 'Компания «Север» открывает офис на 120 рабочих мест.',
      siteName: 'Север',
      imageUrl: 'https://press.sever.example/img/kazan.jpg',
    });
  });

  it('finds a page that is already an item by its canonical address, and refuses to submit it', async () => {
    served['/news/annual'] = '<html><head><title>Annual report</title></head></html>';
    served['/amp/annual'] =
      `<html><head><title>Annual report (AMP)</title><link rel="canonical" href="${site}/news/annual"></head></html>`;
    const original = await add(`${site}/news/annual`).expect(201);
    const copy = await add(`${site}/amp/annual`).expect(201);
    const read = await unfurled(copy.body.id);
    expect(read).toMatchObject({ duplicateOfId: original.body.id, canonicalUrl: null });
    expect(read.unfurlError).toMatch(/^This page is the same as another item/);
    expect(read.blockedActions).toEqual({ submit: 'duplicate' });
    await withVariant(copy.body.id);
    const submit = await write(carlos, 'post', `/api/content/${copy.body.id}/submit`).expect(409);
    expect(submit.body.details).toEqual({
      key: 'errors:content.duplicate',
      params: {},
      id: original.body.id,
    });
  });

  it('still answers 201 when the reading job cannot be queued, saying so on the item', async () => {
    const send = jest
      .spyOn(t.app.get(JobsService), 'send')
      .mockRejectedValueOnce(new Error('queue unavailable'));
    try {
      const created = await add(`${site}/news/queue-down`).expect(201);
      expect(created.body).toMatchObject({
        unfurlState: 'failed',
        unfurlError: 'could not start reading the page; try again',
      });
    } finally {
      send.mockRestore();
    }
  });

  it('refuses what is not a web address', async () => {
    const response = await add('ftp://example.com/file').expect(400);
    expect(response.body.message).toMatch(/must be a web address starting with http/);
  });

  it('refuses to read a loopback page that is not allowed, and leaves the item editable', async () => {
    const created = await add(`http://127.0.0.1:${portOf(forbidden)}/secret`).expect(201);
    const item = await unfurled(created.body.id);
    expect(item.unfurlState).toBe('failed');
    expect(item.unfurlError).toBe('refused: private address (127.0.0.1)');
    expect(item.title).toBeNull();

    const edited = await write(carlos, 'patch', `/api/content/${item.id}`)
      .send({ title: 'Typed by hand' })
      .expect(200);
    expect(edited.body.title).toBe('Typed by hand');
  });

  it('keeps what a curator typed when the page is read again', async () => {
    const created = await add(`${site}/news/budget`).expect(201);
    await unfurled(created.body.id);
    await write(carlos, 'patch', `/api/content/${created.body.id}`)
      .send({ title: 'Our 2027 budget, explained' })
      .expect(200);
    await write(carlos, 'post', `/api/content/${created.body.id}/unfurl`).expect(200);
    const item = await unfurled(created.body.id);
    expect(item.title).toBe('Our 2027 budget, explained');
    expect(item.editedFields).toEqual(['title']);
  });

  it('goes from draft to review to approved, by a second curator, and only that way', async () => {
    const { body } = await add(`${site}/news/flow-1`).expect(201);
    const id = body.id;

    const empty = await write(carlos, 'post', `/api/content/${id}/submit`).expect(422);
    expect(empty.body.message).toBe(
      'Add at least one suggested post before submitting the item for review.',
    );
    await withVariant(id);
    const submitted = await write(carlos, 'post', `/api/content/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'in_review',
      actions: ['approve', 'reject', 'archive'],
    });

    const twice = await write(carlos, 'post', `/api/content/${id}/submit`).expect(409);
    expect(twice.body).toMatchObject({ code: 'illegal_transition' });
    expect(twice.body.message).toMatch(/^This item is in review, so it cannot be submitted/);

    const own = await write(carlos, 'post', `/api/content/${id}/approve`).expect(403);
    expect(own.body.code).toBe('four_eyes');

    const approved = await write(clara, 'post', `/api/content/${id}/approve`).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approver: { name: 'Clara Curator' },
      approvedAt: expect.any(String),
    });

    const audit = await admin.agent.get(`/api/audit?targetId=${id}`).expect(200);
    expect(
      audit.body.items
        .filter((entry: { action: string }) => entry.action !== 'content.variant_saved')
        .map((entry: { action: string; summary: unknown }) => [entry.action, entry.summary]),
    ).toEqual([
      ['content.approved', { from: 'in_review', to: 'approved' }],
      ['content.submitted', { from: 'draft', to: 'in_review' }],
      ['content.created', { kind: 'company_news' }],
    ]);
  });

  it('tells each curator which steps are closed to them and why, and refuses exactly those', async () => {
    const { body } = await add(`${site}/news/flow-closed-steps`).expect(201);
    expect(body).toMatchObject({
      actions: ['submit', 'archive'],
      blockedActions: { submit: 'no_suggested_post' },
    });
    const empty = await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(422);
    expect(empty.body.code).toBe('unprocessable');

    await withVariant(body.id);
    const ready = await carlos.agent.get(`/api/content/${body.id}`).expect(200);
    expect(ready.body.blockedActions).toEqual({});
    const submitted = await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({
      actions: ['approve', 'reject', 'archive'],
      blockedActions: { approve: 'own_item_four_eyes' },
    });
    const forReviewer = await clara.agent.get(`/api/content/${body.id}`).expect(200);
    expect(forReviewer.body.blockedActions).toEqual({});

    const own = await write(carlos, 'post', `/api/content/${body.id}/approve`).expect(403);
    expect(own.body.code).toBe('four_eyes');
    const unchanged = await carlos.agent.get(`/api/content/${body.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'in_review', approver: null });
  });

  it('sends an item back to its author with the reason, who sees it until submitting again', async () => {
    const { body } = await add(`${site}/news/flow-2`).expect(201);
    await withVariant(body.id);
    await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);

    const noReason = await write(clara, 'post', `/api/content/${body.id}/reject`)
      .send({ reason: '  ' })
      .expect(400);
    expect(noReason.body.message).toBe('reason must say what the author should change');
    await write(clara, 'post', `/api/content/${body.id}/reject`)
      .send({ reason: 'The headline names the client; ask them first.' })
      .expect(200);

    const seen = await carlos.agent.get(`/api/content/${body.id}`).expect(200);
    expect(seen.body).toMatchObject({
      status: 'draft',
      rejectionReason: 'The headline names the client; ask them first.',
    });
    const resubmitted = await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);
    expect(resubmitted.body.rejectionReason).toBeNull();
  });

  it('fixes what an approved item says, but still lets its schedule and pin change', async () => {
    const { body } = await add(`${site}/news/flow-3`).expect(201);
    await withVariant(body.id);
    await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);
    await write(clara, 'post', `/api/content/${body.id}/approve`).expect(200);

    const text = await write(carlos, 'patch', `/api/content/${body.id}`)
      .send({ title: 'Changed after approval' })
      .expect(409);
    expect(text.body.message).toMatch(/^This item is approved: its text and suggested posts/);
    await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'x', language: 'en', text: 'Sneaky' })
      .expect(409);

    const scheduled = await write(carlos, 'patch', `/api/content/${body.id}`)
      .send({ pinned: true, publishAt: '2026-12-01T08:00:00Z', expiresAt: '2026-12-31T00:00:00Z' })
      .expect(200);
    expect(scheduled.body).toMatchObject({
      pinned: true,
      publishAt: '2026-12-01T08:00:00.000Z',
      expiresAt: '2026-12-31T00:00:00.000Z',
    });

    const backwards = await write(carlos, 'patch', `/api/content/${body.id}`)
      .send({ expiresAt: '2026-11-01T00:00:00Z' })
      .expect(400);
    expect(backwards.body.message).toBe('expiresAt must be later than publishAt.');

    await write(carlos, 'post', `/api/content/${body.id}/archive`).expect(200);
    const archived = await write(carlos, 'patch', `/api/content/${body.id}`)
      .send({ pinned: false })
      .expect(409);
    expect(archived.body.message).toBe('This item is archived: it can no longer change.');
  });

  it('never lets a late read of the page change what a reviewer approved', async () => {
    const { body } = await add(`${site}/news/late`).expect(201);
    await unfurled(body.id);
    await write(carlos, 'patch', `/api/content/${body.id}`)
      .send({ title: 'As reviewed' })
      .expect(200);
    await withVariant(body.id);
    await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);
    await write(clara, 'post', `/api/content/${body.id}/approve`).expect(200);

    served['/news/late'] =
      '<html><head><meta property="og:description" content="Changed"></head></html>';
    await t.app.get(UnfurlService).unfurl(body.id);

    const item = await carlos.agent.get(`/api/content/${body.id}`).expect(200);
    expect(item.body).toMatchObject({ title: 'As reviewed', summary: null, status: 'approved' });
  });

  it('lets authors approve their own items when an admin turns four-eyes off', async () => {
    await write(admin, 'patch', '/api/settings').send({ fourEyesApproval: false }).expect(200);
    try {
      const { body } = await add(`${site}/news/flow-4`).expect(201);
      await withVariant(body.id);
      const submitted = await write(carlos, 'post', `/api/content/${body.id}/submit`).expect(200);
      expect(submitted.body.blockedActions).toEqual({});
      await write(carlos, 'post', `/api/content/${body.id}/approve`).expect(200);
    } finally {
      await write(admin, 'patch', '/api/settings').send({ fourEyesApproval: true }).expect(200);
    }
  });

  it('checks suggested posts against each network, counting the link the network’s way', async () => {
    const { body } = await add(`${site}/news/flow-5`).expect(201);
    // The test site's host is an IP address, which X does not take for a link: its characters count.
    const room = 280 - 1 - `${site}/news/flow-5`.length;
    const tooLong = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'x', language: 'en', text: `${'a'.repeat(room - 1)}🎉` })
      .expect(422);
    expect(tooLong.body.message).toBe(
      'The post is too long for X: 281 of 280 characters (X counts each link as 23, and each emoji or CJK character as 2), with the link appended.',
    );
    const fits = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'x', language: 'en', text: `${'a'.repeat(room - 24)} example.com/x` })
      .expect(201);
    expect(fits.body.variants).toEqual([
      expect.objectContaining({ network: 'x', language: 'en', length: 280, limit: 280 }),
    ]);
    const duplicate = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'x', language: 'en', text: 'Again' })
      .expect(409);
    expect(duplicate.body).toMatchObject({
      code: 'conflict',
      message: 'This item already has a suggested post for X in English; edit that one instead.',
      details: { key: 'errors:content.variantTaken', params: { network: 'x', language: 'en' } },
    });
  });

  it('counts emoji as their UTF-8 bytes on Threads and links as 23 on Mastodon, saying so', async () => {
    const { body } = await add(`${site}/news/flow-threads`).expect(201);
    const room = 500 - 1 - `${site}/news/flow-threads`.length;
    const threads = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'threads', language: 'en', text: `${'a'.repeat(room - 3)}🎉` })
      .expect(422);
    expect(threads.body.message).toBe(
      'The post is too long for Threads: 501 of 500 characters (Threads counts each emoji as its UTF-8 bytes, mostly 4), with the link appended.',
    );
    await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'threads', language: 'en', text: `${'a'.repeat(room - 4)}🎉` })
      .expect(201);

    const link = 'https://www.example.com/a/rather/long/path/that/is/counted/as/23';
    const mastodon = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'mastodon', language: 'en', text: `${'b'.repeat(room - 23)} ${link}` })
      .expect(422);
    expect(mastodon.body.message).toBe(
      'The post is too long for Mastodon: 501 of 500 characters (Mastodon counts each link as 23), with the link appended.',
    );
    const fits = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'mastodon', language: 'en', text: `${'b'.repeat(room - 24)} ${link}` })
      .expect(201);
    expect(fits.body.variants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ network: 'mastodon', length: 500, limit: 500 }),
        expect.objectContaining({ network: 'threads', length: 500, limit: 500 }),
      ]),
    );
  });

  it('refuses a suggested post the guardrails would block for every advocate', async () => {
    const { body } = await add(`${site}/news/flow-guardrails`).expect(201);
    await write(admin, 'post', '/api/restricted-terms')
      .send({
        term: 'Kestrel',
        category: 'confidential',
        severity: 'block',
        note: 'Kestrel is our unannounced partner.',
      })
      .expect(201);
    const blocked = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'linkedin', language: 'en', text: 'Big news with #Kestrel today!' })
      .expect(422);
    expect(blocked.body).toMatchObject({
      code: 'guardrails_blocked',
      details: {
        findings: [expect.objectContaining({ kind: 'restricted_term', match: 'Kestrel' })],
      },
    });
    const swearing = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'any', language: 'nl', text: 'Godverdomme, wat een dag' })
      .expect(422);
    expect(swearing.body.details.findings[0]).toMatchObject({ kind: 'profanity', language: 'nl' });
    const warned = await write(carlos, 'post', `/api/content/${body.id}/variants`)
      .send({ network: 'linkedin', language: 'en', text: 'Questions? press@chorus.example' })
      .expect(201);
    expect(warned.body.variants).toHaveLength(1);
  });

  it('filters the queue and counts each status', async () => {
    const queue = await carlos.agent.get('/api/content?status=approved').expect(200);
    expect(queue.body.items.every((item: { status: string }) => item.status === 'approved')).toBe(
      true,
    );
    expect(queue.body.counts.approved).toBe(queue.body.total);
    expect(queue.body.counts.draft).toBeGreaterThan(0);
    const search = await carlos.agent.get('/api/content?search=Athens').expect(200);
    expect(search.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Our new office opens in Athens',
    ]);
  });

  it('is for curators and admins: employees and analysts cannot curate', async () => {
    for (const role of ['employee', 'analyst'] as const) {
      const someone = await signIn(t, await makeUser(t, { roles: [role] }));
      await add(`${site}/news/not-yours`, someone).expect(403);
      await someone.agent.get('/api/content').expect(403);
    }
  });
});
