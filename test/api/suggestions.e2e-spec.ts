import { randomUUID } from 'node:crypto';
import dns from 'node:dns';
import { DataSource } from 'typeorm';
import { PointsService } from '../../apps/api/src/points/points.service';
import { SourcesRepository } from '../../apps/api/src/sources/sources.repository';
import { approveItem, enroll, makeGroup, makeItem, makeLiveItem } from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

// People suggest pages to the curators' inbox; the portal asks whether a page can be shared.
// Host names resolve through a stand-in for DNS: `*.example` sites are public, `intranet.acme`
// is private, anything else does not exist.

const PUBLIC_ADDRESS = '93.184.216.34';

describe('suggestions from people', () => {
  let t: TestApp;
  let admin: MadeUser;
  let curator: SignedInAgent;
  let ana: MadeUser;
  let anaAgent: SignedInAgent;
  let bo: SignedInAgent;
  let outsider: SignedInAgent;
  let analyst: SignedInAgent;
  let lookups: jest.SpyInstance;

  beforeAll(async () => {
    lookups = jest.spyOn(dns.promises, 'lookup').mockImplementation((async (host: string) => {
      if (host.endsWith('.example')) return [{ address: PUBLIC_ADDRESS, family: 4 }];
      if (host === 'intranet.acme') return [{ address: '10.20.0.7', family: 4 }];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    }) as unknown as typeof dns.promises.lookup);
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
    curator = await signIn(t, await makeUser(t, { roles: ['curator'], name: 'Cora Curator' }));
    ana = await makeUser(t, { name: 'Ana Advocate' });
    await enroll(t, ana);
    anaAgent = await signIn(t, ana);
    const boUser = await makeUser(t, { name: 'Bo Berg' });
    await enroll(t, boUser);
    bo = await signIn(t, boUser);
    outsider = await signIn(t, await makeUser(t, { name: 'Olle Outside' }));
    analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
  });

  afterAll(async () => {
    await t.close();
    lookups.mockRestore();
  });

  const suggest = (who: SignedInAgent, body: { url: string; title?: string; note?: string }) =>
    who.api.post('/api/suggestions', body);

  async function inbox(query = '') {
    const response = await curator.api.get(`/api/source-entries?pageSize=100${query}`).expect(200);
    return response.body.items as {
      id: string;
      url: string;
      title: string;
      note: string | null;
      sourceId: string | null;
      suggestedBy: { id: string; name: string } | null;
    }[];
  }

  describe('suggesting', () => {
    it("puts the page in the curators' inbox with the suggester's name and note", async () => {
      const response = await suggest(anaAgent, {
        url: 'https://news.example/2026/plant?utm_source=linkedin#jobs',
        title: '  Our new plant  ',
        note: 'Customers keep asking where we build.',
      }).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        url: 'https://news.example/2026/plant',
        title: 'Our new plant',
        note: 'Customers keep asking where we build.',
        state: 'new',
        createdAt: expect.any(String),
      });

      const [entry] = (await inbox()).filter((e) => e.id === response.body.id);
      expect(entry).toMatchObject({
        sourceId: null,
        suggestedBy: { id: ana.id, name: 'Ana Advocate' },
        note: 'Customers keep asking where we build.',
      });
      expect((await inbox('&origin=people')).map((e) => e.id)).toContain(entry.id);
      expect((await inbox('&origin=feeds')).map((e) => e.id)).not.toContain(entry.id);
    });

    it('names the page by its host and path when no title is given', async () => {
      const response = await suggest(bo, { url: 'https://blog.example/field-notes/' }).expect(201);
      expect(response.body).toMatchObject({ title: 'blog.example/field-notes', note: null });
    });

    it('takes at most 20 pages a day from one person', async () => {
      const keen = await makeUser(t, { name: 'Kim Keen' });
      await enroll(t, keen);
      const kim = await signIn(t, keen);
      const db = t.app.get(DataSource);
      await db.query(
        `INSERT INTO source_entries (url, title, suggested_by_id, created_at)
         SELECT 'https://keen.example/' || n, 'Page ' || n, $1, now() - interval '23 hours'
           FROM generate_series(1, 20) n`,
        [keen.id],
      );

      const refused = await suggest(kim, { url: 'https://keen.example/one-more' }).expect(429);
      expect(refused.body.message).toBe(
        'You have suggested 20 pages in the last 24 hours, as many as Chorus takes from one person in a day. Try again tomorrow.',
      );
      expect((await inbox()).some((e) => e.url === 'https://keen.example/one-more')).toBe(false);

      // A day after the first of them, there is room again.
      await db.query(
        `UPDATE source_entries SET created_at = now() - interval '25 hours'
          WHERE url = 'https://keen.example/1'`,
      );
      await suggest(kim, { url: 'https://keen.example/one-more' }).expect(201);
    });

    it('lets curators suggest without joining the programme', async () => {
      await suggest(curator, { url: 'https://press.example/award' }).expect(201);
    });

    it('answers a page already in the inbox with that suggestion, adding its suggester’s note only if it had none', async () => {
      const first = await suggest(anaAgent, { url: 'https://shop.example/spring' }).expect(201);

      const again = await suggest(anaAgent, {
        url: 'https://shop.example/spring#top',
        note: 'Great for our retail customers.',
      }).expect(200);
      expect(again.body).toMatchObject({
        id: first.body.id,
        note: 'Great for our retail customers.',
      });

      // Someone else's note is neither changed nor shown to a colleague; a curator sees it.
      const colleague = await suggest(bo, {
        url: 'https://shop.example/spring',
        note: 'Another view',
      }).expect(200);
      expect(colleague.body).toMatchObject({ id: first.body.id, note: null });
      const third = await suggest(curator, { url: 'https://shop.example/spring' }).expect(200);
      expect(third.body.note).toBe('Great for our retail customers.');
      const entries = (await inbox()).filter((e) => e.url === 'https://shop.example/spring');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        suggestedBy: expect.objectContaining({ name: 'Ana Advocate' }),
        note: 'Great for our retail customers.',
      });
    });

    it('refuses a page that is already an item, naming it to curators only', async () => {
      const itemId = await makeItem(t, {
        url: 'https://news.example/launch',
        title: 'The launch',
        status: 'in_review',
      });
      const employee = await suggest(anaAgent, { url: 'https://news.example/launch#x' }).expect(
        409,
      );
      expect(employee.body.message).toBe('The curators already have this page.');
      expect(JSON.stringify(employee.body)).not.toContain('The launch');
      expect(JSON.stringify(employee.body)).not.toContain(itemId);

      const curating = await suggest(curator, { url: 'https://news.example/launch' }).expect(409);
      expect(curating.body.message).toBe(
        'The curators already have this page: “The launch” (in review).',
      );
      expect(curating.body.details).toMatchObject({ id: itemId });
    });

    it('refuses a page the curators set aside', async () => {
      const entry = await suggest(anaAgent, { url: 'https://old.example/news' }).expect(201);
      await curator.api
        .post(`/api/source-entries/${entry.body.id}/dismiss`, { reason: 'Old news by now.' })
        .expect(200);
      const response = await suggest(bo, { url: 'https://old.example/news' }).expect(409);
      expect(response.body.message).toBe(
        'The curators have already looked at this page and decided not to use it.',
      );
    });

    it.each([
      [
        'http://intranet.acme/wiki',
        'Chorus cannot take intranet.acme: it is on a private network, not the public web. Suggest pages that anyone on the internet can open.',
      ],
      [
        'http://127.0.0.1:8080/admin',
        'Chorus cannot take 127.0.0.1: it is on a private network, not the public web. Suggest pages that anyone on the internet can open.',
      ],
      [
        'https://nowhere.invalid/page',
        'Chorus could not find the site nowhere.invalid. Check the address, or try again later.',
      ],
      [
        'javascript:alert(1)',
        'url must be the address of a web page, starting with http:// or https://, like https://example.com/news/article',
      ],
      [
        'https://user:secret@news.example/',
        'url must be the address of a web page, starting with http:// or https://, like https://example.com/news/article',
      ],
    ])('refuses %s, which is not a public web page (422)', async (url, message) => {
      const response = await suggest(anaAgent, { url }).expect(422);
      expect(response.body.message).toBe(message);
      expect((await inbox()).map((e) => e.url)).not.toContain(url);
    });

    it('says why in the language the browser asks for', async () => {
      const response = await anaAgent.api
        .post('/api/suggestions', { url: 'http://intranet.acme/x' })
        .set('Accept-Language', 'el-GR,el;q=0.9')
        .expect(422);
      expect(response.body.message).toBe(
        'Το Chorus δεν μπορεί να δεχτεί το intranet.acme: βρίσκεται σε ιδιωτικό δίκτυο, όχι στον δημόσιο ιστό. Προτείνετε σελίδες που μπορεί να ανοίξει οποιοσδήποτε στο διαδίκτυο.',
      );
    });

    it('is for people in the programme, curators and admins only', async () => {
      for (const who of [outsider, analyst]) {
        const response = await suggest(who, { url: 'https://news.example/x' }).expect(403);
        expect(response.body.message).toBe(
          'Only people in the advocacy programme, curators and admins can suggest pages. Join the programme on the Advocacy programme page first.',
        );
      }
    });

    it("is part of the suggester's own data, in their export", async () => {
      const exported = await anaAgent.api.get('/api/me/export').expect(200);
      expect(exported.body.suggestedPages).toContainEqual({
        url: 'https://news.example/2026/plant',
        title: 'Our new plant',
        note: 'Customers keep asking where we build.',
        state: 'new',
        createdAt: expect.any(String),
        decidedAt: null,
        declineReason: null,
      });
      const others = await bo.api.get('/api/me/export').expect(200);
      expect(JSON.stringify(others.body.suggestedPages)).not.toContain('/2026/plant');
    });

    it('refuses a note longer than 500 characters', async () => {
      const response = await suggest(anaAgent, {
        url: 'https://news.example/long-note',
        note: 'x'.repeat(501),
      }).expect(400);
      expect(response.body.message).toContain('note');
    });
  });

  describe('promoting', () => {
    it('makes a draft crediting the suggester, in the audit log', async () => {
      const entry = await suggest(anaAgent, {
        url: 'https://stories.example/customer',
        note: 'A customer story in their words.',
      }).expect(201);
      const promoted = await curator.api
        .post(`/api/source-entries/${entry.body.id}/promote`, { kind: 'industry' })
        .expect(200);
      expect(promoted.body).toMatchObject({ state: 'promoted', itemId: expect.any(String) });
      const item = await curator.api.get(`/api/content/${promoted.body.itemId}`).expect(200);
      expect(item.body).toMatchObject({
        url: 'https://stories.example/customer',
        status: 'draft',
        suggestedBy: { id: ana.id, name: 'Ana Advocate' },
      });

      const adminAgent = await signIn(t, admin);
      const audit = await adminAgent.api
        .get(`/api/audit?targetId=${promoted.body.itemId}`)
        .expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'content.created',
          summary: expect.objectContaining({ suggestedBy: 'Ana Advocate' }),
        }),
      ]);
      const promotion = await adminAgent.api
        .get('/api/audit?action=source.entry_promoted')
        .expect(200);
      expect(promotion.body.items[0].summary).toMatchObject({
        itemId: promoted.body.itemId,
        suggestedBy: 'Ana Advocate',
        note: 'A customer story in their words.',
      });

      // The page is an item now: suggesting it again points to it.
      await suggest(bo, { url: 'https://stories.example/customer' }).expect(409);
    });

    it('forgets who suggested what when they delete their account; the suggestions stay', async () => {
      const leaving = await makeUser(t, { name: 'Lea Leaving', email: 'lea.leaving@chorus.test' });
      await enroll(t, leaving);
      const lea = await signIn(t, leaving);
      const kept = await suggest(lea, { url: 'https://kept.example/a', note: 'Still good' });
      const promoted = await suggest(lea, { url: 'https://kept.example/b' }).expect(201);
      await curator.api
        .post(`/api/source-entries/${promoted.body.id}/promote`, { kind: 'industry' })
        .expect(200);

      await lea.api.delete('/api/me', { confirmEmail: 'lea.leaving@chorus.test' }).expect(204);

      const [entry] = (await inbox()).filter((e) => e.id === kept.body.id);
      expect(entry).toMatchObject({ suggestedBy: null, sourceId: null, note: 'Still good' });
      const audit = await t.app.get(DataSource).query(`SELECT * FROM audit_entries`);
      expect(JSON.stringify(audit)).not.toMatch(/Lea Leaving|lea\.leaving/);
      expect(JSON.stringify(audit)).not.toContain(leaving.id);
    });
  });

  describe('deciding', () => {
    let cora: MadeUser;
    let reviewer: MadeUser;

    beforeAll(async () => {
      cora = await makeUser(t, { roles: ['curator'], name: 'Cora Second' });
      reviewer = await makeUser(t, { roles: ['curator'], name: 'Rita Reviewer' });
    });

    async function told(who: SignedInAgent) {
      const response = await who.api.get('/api/notifications').expect(200);
      return (
        response.body.items as { kind: string; params: Record<string, unknown>; link: string }[]
      ).filter((notification) => notification.kind === 'suggestion.decided');
    }

    async function mine(who: SignedInAgent) {
      const response = await who.api.get('/api/suggestions/mine').expect(200);
      return response.body as {
        items: {
          id: string;
          state: string;
          itemId: string | null;
          reason: string | null;
          shareable: boolean;
        }[];
        total: number;
      };
    }

    /** The points a person has for suggestions, counted afresh from the facts. */
    async function suggestionPoints(person: { id: string }) {
      await t.app.get(PointsService).refresh([person.id]);
      const [row] = await t.app.get(DataSource).query<{ points: number }[]>(
        `SELECT coalesce(sum(points), 0)::int AS points FROM point_awards
            WHERE user_id = $1 AND rule = 'suggestion'`,
        [person.id],
      );
      return row.points;
    }

    const promote = (entryId: string) =>
      curator.api.post(`/api/source-entries/${entryId}/promote`, { kind: 'industry' }).expect(200);

    it('tells the suggester once the item their page became is approved', async () => {
      const keen = await makeUser(t, { name: 'Pia Proposer' });
      await enroll(t, keen);
      const pia = await signIn(t, keen);
      const entry = await suggest(pia, { url: 'https://cases.example/rollout' }).expect(201);
      const { body: promoted } = await promote(entry.body.id);

      expect((await mine(pia)).items).toEqual([
        expect.objectContaining({ id: entry.body.id, state: 'in_preparation', itemId: null }),
      ]);
      expect(await told(pia)).toEqual([]);
      expect(await suggestionPoints(keen)).toBe(0);

      await approveItem(t, promoted.itemId, { author: cora, reviewer });

      // The approval is the fact the suggestion rule reads: she earns its points.
      expect(await suggestionPoints(keen)).toBe(5);

      expect(await told(pia)).toEqual([
        expect.objectContaining({
          params: { title: 'cases.example/rollout', outcome: 'approved', reason: '' },
          link: '/suggest',
        }),
      ]);
      expect((await mine(pia)).items).toEqual([
        expect.objectContaining({
          id: entry.body.id,
          state: 'approved',
          itemId: promoted.itemId,
          reason: null,
          decidedAt: expect.any(String),
        }),
      ]);
    });

    it('tells the suggester at once when their page is promoted to an item approved already', async () => {
      const entry = await suggest(bo, { url: 'https://cases.example/already' }).expect(201);
      // A curator added the same page by hand meanwhile, and it went live.
      const itemId = await makeLiveItem(t, {
        url: 'https://cases.example/already',
        title: 'Already live',
      });
      const { body: promoted } = await promote(entry.body.id);
      expect(promoted.itemId).toBe(itemId);

      expect(await told(bo)).toContainEqual(
        expect.objectContaining({
          params: { title: 'Already live', outcome: 'approved', reason: '' },
        }),
      );
      expect((await mine(bo)).items).toContainEqual(
        expect.objectContaining({ id: entry.body.id, state: 'approved', itemId }),
      );
    });

    it('says of each approved suggestion whether its suggester can share it now', async () => {
      const elsewhere = await makeGroup(t, admin, 'department', 'Elsewhere');
      const pages = {
        forMe: { url: 'https://cases.example/for-me' },
        forOthers: { url: 'https://cases.example/for-others', targets: [elsewhere.id] },
        expired: {
          url: 'https://cases.example/expired-case',
          expiresAt: new Date(Date.now() - 3_600_000),
        },
      };
      const entries: Record<string, string> = {};
      for (const [name, page] of Object.entries(pages)) {
        const entry = await suggest(bo, { url: page.url }).expect(201);
        // Curators added the same page by hand meanwhile, and approved it.
        await makeLiveItem(t, page);
        await promote(entry.body.id);
        entries[name] = entry.body.id;
      }

      const { items } = await mine(bo);
      const shareable = (id: string) => items.find((item) => item.id === id);
      expect(shareable(entries.forMe!)).toMatchObject({ state: 'approved', shareable: true });
      expect(shareable(entries.forOthers!)).toMatchObject({ state: 'approved', shareable: false });
      expect(shareable(entries.expired!)).toMatchObject({ state: 'approved', shareable: false });
      // What is not approved is never offered to share.
      expect(
        items.filter((item) => item.state !== 'approved').every((item) => !item.shareable),
      ).toBe(true);
    });

    it('declines a person’s suggestion with the reason their suggester is told', async () => {
      const keen = await makeUser(t, { name: 'Dag Declined' });
      await enroll(t, keen);
      const dag = await signIn(t, keen);
      const entry = await suggest(dag, { url: 'https://rivals.example/praise' }).expect(201);

      const dismissed = await curator.api
        .post(`/api/source-entries/${entry.body.id}/dismiss`, {
          reason: '  It praises a competitor.  ',
        })
        .expect(200);
      expect(dismissed.body).toMatchObject({
        state: 'dismissed',
        declineReason: 'It praises a competitor.',
      });

      expect(await told(dag)).toEqual([
        expect.objectContaining({
          params: {
            title: 'rivals.example/praise',
            outcome: 'declined',
            reason: 'It praises a competitor.',
          },
          link: '/suggest',
        }),
      ]);
      expect((await mine(dag)).items).toEqual([
        expect.objectContaining({
          state: 'declined',
          reason: 'It praises a competitor.',
          itemId: null,
          decidedAt: expect.any(String),
        }),
      ]);
      // The reason is part of the suggester's own data.
      const exported = await dag.api.get('/api/me/export').expect(200);
      expect(exported.body.suggestedPages).toEqual([
        expect.objectContaining({
          state: 'dismissed',
          declineReason: 'It praises a competitor.',
          decidedAt: expect.any(String),
        }),
      ]);
      const adminAgent = await signIn(t, admin);
      const audit = await adminAgent.api
        .get('/api/audit?action=source.entry_dismissed')
        .expect(200);
      expect(audit.body.items[0].summary).toMatchObject({
        suggestedBy: 'Dag Declined',
        reason: 'It praises a competitor.',
      });
    });

    it.each([
      ['no body', undefined],
      ['no reason', {}],
      ['a blank reason', { reason: '   ' }],
    ])(
      'refuses to dismiss a person’s suggestion with %s (422), leaving it new',
      async (_, body) => {
        const entry = await suggest(anaAgent, {
          url: `https://unsure.example/${randomUUID()}`,
        }).expect(201);
        const response = await curator.api
          .post(`/api/source-entries/${entry.body.id}/dismiss`, body)
          .expect(422);
        expect(response.body.message).toBe(
          'Say why you dismiss this page: the person who suggested it is told the reason.',
        );
        expect((await inbox()).map((e) => e.id)).toContain(entry.body.id);
      },
    );

    it('asks for the reason in the curator’s language', async () => {
      const entry = await suggest(anaAgent, { url: 'https://unsure.example/german' }).expect(201);
      const response = await curator.api
        .post(`/api/source-entries/${entry.body.id}/dismiss`)
        .set('Accept-Language', 'de-DE,de;q=0.9')
        .expect(422);
      expect(response.body.message).toBe(
        'Geben Sie an, warum Sie diese Seite ablehnen: Wer sie vorgeschlagen hat, erfährt die Begründung.',
      );
    });

    it('refuses a reason longer than 500 characters', async () => {
      const entry = await suggest(anaAgent, { url: 'https://unsure.example/long' }).expect(201);
      const response = await curator.api
        .post(`/api/source-entries/${entry.body.id}/dismiss`, { reason: 'x'.repeat(501) })
        .expect(400);
      expect(response.body.message).toContain('reason');
    });

    it('dismisses a feed’s suggestion without a reason, and refuses one', async () => {
      const sources = t.app.get(SourcesRepository);
      const feed = await sources.insert({ url: `https://feeds.example/${randomUUID()}.xml` });
      const links = ['one', 'two'].map((name) => ({
        url: `https://feeds.example/${feed.id}/${name}`,
        title: name,
        publishedAt: null,
      }));
      await sources.suggest(feed.id, links);
      const [one, two] = (await inbox(`&sourceId=${feed.id}`)).sort((a, b) =>
        a.title.localeCompare(b.title),
      );

      await curator.api.post(`/api/source-entries/${one.id}/dismiss`).expect(200);
      const refused = await curator.api
        .post(`/api/source-entries/${two.id}/dismiss`, { reason: 'Off topic' })
        .expect(422);
      expect(refused.body.message).toBe(
        'A feed’s suggestion is dismissed without a reason: there is no one to tell. Leave reason out.',
      );
    });

    it('lists only my own suggestions, newest first, and nothing for someone who made none', async () => {
      const { items } = await mine(anaAgent);
      expect(items.length).toBeGreaterThan(1);
      const created = items.map((item) => (item as unknown as { createdAt: string }).createdAt);
      expect([...created].sort().reverse()).toEqual(created);
      expect(items[items.length - 1]).toMatchObject({
        url: 'https://news.example/2026/plant',
        state: 'waiting',
      });
      expect(JSON.stringify((await mine(bo)).items)).not.toContain('/2026/plant');
      expect(await mine(outsider)).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    });
  });

  describe('looking a page up', () => {
    const lookup = (who: SignedInAgent, url: string) =>
      who.api.get(`/api/content/lookup?url=${encodeURIComponent(url)}`);

    it('finds a live item in the person’s feed: shareable, with its id and title', async () => {
      const itemId = await makeLiveItem(t, {
        url: 'https://news.example/live',
        title: 'Live and well',
      });
      const response = await lookup(bo, 'https://news.example/live?utm_medium=social#top').expect(
        200,
      );
      expect(response.body).toEqual({ state: 'shareable', itemId, title: 'Live and well' });
    });

    it('knows a page that is not for the person now, without saying more', async () => {
      const elsewhere = await makeGroup(t, admin, 'department', 'Far away');
      await makeLiveItem(t, { url: 'https://news.example/targeted', targets: [elsewhere.id] });
      await makeItem(t, { url: 'https://news.example/draft' });
      await makeLiveItem(t, {
        url: 'https://news.example/expired',
        expiresAt: new Date(Date.now() - 3_600_000),
      });
      await suggest(anaAgent, { url: 'https://news.example/in-the-inbox' }).expect(201);
      for (const url of ['targeted', 'draft', 'expired', 'in-the-inbox']) {
        const response = await lookup(bo, `https://news.example/${url}`).expect(200);
        expect(response.body).toEqual({ state: 'known' });
      }
    });

    it('does not know a page Chorus has never seen', async () => {
      const response = await lookup(outsider, 'https://unheard.example/of').expect(200);
      expect(response.body).toEqual({ state: 'unknown' });
    });

    it('refuses what is not a web address', async () => {
      const response = await lookup(bo, 'chrome://extensions').expect(422);
      expect(response.body.message).toMatch(/^url must be the address of a web page/);
    });
  });
});
