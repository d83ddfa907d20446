import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { ClickStorage } from '../../apps/api/src/tracking/click-storage';
import { ClickWriter } from '../../apps/api/src/tracking/click-writer';
import { newEventId } from '../../apps/api/src/tracking/event-id';
import {
  archiveItem,
  makeLiveItem,
  makeQuiz,
  makeReady,
  publishPolicy,
} from '../support/factories';
import {
  createTestApp,
  MadeUser,
  makeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';
import type { Schema } from '../support/api-client';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const LINKEDIN_BOT =
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)';
const TWITTER_BOT = 'Twitterbot/1.0';

describe('tracked links', () => {
  let t: TestApp;
  let employee: SignedInAgent;
  let employeeUser: MadeUser;
  let admin: SignedInAgent;
  let curator: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await makeUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    curator = await makeUser(t, { roles: ['curator'] });
    await makeQuiz(t, curator, 1, 2);
    await publishPolicy(t, adminUser);
    employeeUser = await makeReady(t, await makeUser(t));
    employee = await signIn(t, employeeUser);
  });
  afterAll(() => t.close());

  async function share(
    network: Schema<'CreateShareDto'>['network'],
    itemOptions: Parameters<typeof makeLiveItem>[1] = {},
  ): Promise<{ id: string; code: string; itemId: string }> {
    const itemId = await makeLiveItem(t, itemOptions);
    const response = await employee.api
      .post('/api/shares', { contentId: itemId, network, text: 'Have a look!' })
      .expect(201);
    return { id: response.body.id, code: response.body.code, itemId };
  }

  async function events(shareId: string) {
    await t.app.get(ClickWriter).flush();
    return t.app
      .get(DataSource)
      .query<{ kind: string; crawler: string | null; visitor: string | null }[]>(
        'SELECT kind, crawler, visitor FROM click_events WHERE share_id = $1 ORDER BY id',
        [shareId],
      );
  }

  const verifiedAt = async (shareId: string) => {
    await t.app.get(ClickWriter).flush();
    const [row] = await t.app
      .get(DataSource)
      .query<{ verified_at: Date | null }[]>('SELECT verified_at FROM shares WHERE id = $1', [
        shareId,
      ]);
    return row.verified_at;
  };

  it('redirects to the item with UTM tags merged into its own query, keeping the fragment', async () => {
    const { code } = await share('linkedin', {
      title: 'Été 2026: our new office!',
      url: 'https://news.example.com/office?ref=home&utm_source=newsletter&utm_medium=email#photos',
    });
    const response = await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
    expect(response.headers.location).toBe(
      'https://news.example.com/office?ref=home&utm_source=linkedin&utm_medium=social' +
        `&utm_campaign=ete-2026-our-new-office&utm_content=advocate-${code.toLowerCase()}#photos`,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('records each request as a click, a preview, a bot or a HEAD, never storing who it was', async () => {
    const { id, code } = await share('x');
    await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
    await t.http().get(`/r/${code}`).set('User-Agent', TWITTER_BOT).expect(302);
    await t.http().get(`/r/${code}`).set('User-Agent', LINKEDIN_BOT).expect(302);
    await t.http().get(`/r/${code}`).set('User-Agent', 'curl/8.5.0').expect(302);
    await t.http().head(`/r/${code}`).set('User-Agent', CHROME).expect(302);
    const rows = await events(id);
    expect(rows.map((row) => `${row.kind}:${row.crawler ?? ''}`)).toEqual([
      'click:',
      'preview:x',
      'preview:linkedin',
      'bot:',
      'head:',
    ]);
    expect(rows[0].visitor).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(rows.slice(1).every((row) => row.visitor === null)).toBe(true);
    const columns = await t.app
      .get(DataSource)
      .query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'click_events'`,
      );
    expect(columns.map((column) => column.column_name).sort()).toEqual([
      'crawler',
      'day',
      'event_id',
      'id',
      'kind',
      'occurred_at',
      'share_id',
      'visitor',
    ]);
  });

  it('stores and counts events written twice (a retry, a replayed journal) only once', async () => {
    const { id } = await share('linkedin');
    const day = new Date().toISOString().slice(0, 10);
    const at = Date.now();
    const batch = ['click', 'click', 'preview'].map((kind, i) => ({
      id: newEventId(at),
      shareId: id,
      at,
      day,
      kind: kind as 'click' | 'preview',
      crawler: kind === 'preview' ? 'linkedin' : null,
      visitor: kind === 'click' ? `twice-${i}` : null,
    }));
    const storage = t.app.get(ClickStorage);
    expect(await storage.writeClicks(batch.slice(0, 2))).toBe(2);
    expect(await storage.writeClicks(batch)).toBe(1);
    expect(await storage.writeClicks(batch)).toBe(0);

    const db = t.app.get(DataSource);
    const [{ events: stored }] = await db.query<{ events: number }[]>(
      'SELECT count(*)::int AS events FROM click_events WHERE share_id = $1',
      [id],
    );
    expect(stored).toBe(3);
    const [rollup] = await db.query(
      'SELECT clicks, unique_visitors AS "uniqueVisitors", previews FROM share_click_days WHERE share_id = $1',
      [id],
    );
    expect(rollup).toEqual({ clicks: 2, uniqueVisitors: 2, previews: 1 });
    const [month] = await db.query(
      'SELECT clicks, previews FROM share_click_months WHERE share_id = $1',
      [id],
    );
    expect(month).toEqual({ clicks: 2, previews: 1 });
  });

  it('counts a visitor once per day per share, whatever the repeats, and apart on each share', async () => {
    const first = await share('linkedin');
    const second = await share('linkedin');
    for (const ua of [CHROME, CHROME, SAFARI_IPHONE]) {
      await t.http().get(`/r/${first.code}`).set('User-Agent', ua).expect(302);
    }
    await t.http().get(`/r/${second.code}`).set('User-Agent', CHROME).expect(302);
    const visitors = (await events(first.id)).map((row) => row.visitor);
    expect(visitors[0]).toBe(visitors[1]);
    expect(visitors[2]).not.toBe(visitors[0]);
    const [other] = (await events(second.id)).map((row) => row.visitor);
    expect(other).not.toBe(visitors[0]);

    const mine = await employee.api.get('/api/shares/mine').expect(200);
    const row = mine.body.items.find((item: { id: string }) => item.id === first.id);
    expect(row).toMatchObject({ clicks: 3, uniqueVisitors: 2, verified: true });
  });

  it("verifies a share by its own network's preview or a person's click, not another network's", async () => {
    const { id, code } = await share('linkedin');
    await t.http().get(`/r/${code}`).set('User-Agent', TWITTER_BOT).expect(302);
    await t.http().head(`/r/${code}`).set('User-Agent', LINKEDIN_BOT).expect(302);
    await t.http().get(`/r/${code}`).set('User-Agent', 'python-requests/2.32').expect(302);
    expect(await verifiedAt(id)).toBeNull();
    await t.http().get(`/r/${code}`).set('User-Agent', LINKEDIN_BOT).expect(302);
    expect(await verifiedAt(id)).not.toBeNull();

    const clicked = await share('facebook');
    await t.http().get(`/r/${clicked.code}`).set('User-Agent', SAFARI_IPHONE).expect(302);
    expect(await verifiedAt(clicked.id)).not.toBeNull();
  });

  describe("the sharer's own visits", () => {
    /** A session token for `userId`, signed as sign-in signs it (or with another secret). */
    const sessionToken = (
      userId: string,
      { secret, expiresIn = 900 }: { secret?: string; expiresIn?: number } = {},
    ) =>
      new JwtService({ secret: secret ?? t.app.get<AppConfig>(APP_CONFIG).sessionSecret }).sign(
        { sub: userId, sid: '00000000-0000-4000-8000-0000000000f1' },
        { algorithm: 'HS256', expiresIn },
      );

    async function figures(shareId: string) {
      await t.app.get(ClickWriter).flush();
      const db = t.app.get(DataSource);
      const [day] = await db.query(
        `SELECT clicks, unique_visitors AS "uniqueVisitors", self_clicks AS "selfClicks"
           FROM share_click_days WHERE share_id = $1`,
        [shareId],
      );
      const [month] = await db.query(
        `SELECT clicks, self_clicks AS "selfClicks" FROM share_click_months WHERE share_id = $1`,
        [shareId],
      );
      const [item] = await db.query(
        `SELECT sum(clicks)::int AS clicks FROM item_click_days WHERE item_id =
           (SELECT item_id FROM shares WHERE id = $1)`,
        [shareId],
      );
      return { day, month, itemClicks: item.clicks };
    }

    it('are recorded apart: never a click, a unique visitor or a verification', async () => {
      const { id, code } = await share('linkedin');
      await employee.agent.get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
      await employee.agent.get(`/r/${code}`).set('User-Agent', SAFARI_IPHONE).expect(302);

      expect(await events(id)).toEqual([
        { kind: 'self', crawler: null, visitor: null },
        { kind: 'self', crawler: null, visitor: null },
      ]);
      expect(await verifiedAt(id)).toBeNull();
      expect(await figures(id)).toEqual({
        day: { clicks: 0, uniqueVisitors: 0, selfClicks: 2 },
        month: { clicks: 0, selfClicks: 2 },
        itemClicks: 0,
      });
      const mine = await employee.api.get('/api/shares/mine').expect(200);
      const row = mine.body.items.find((item: { id: string }) => item.id === id);
      expect(row).toMatchObject({ clicks: 0, uniqueVisitors: 0, ownVisits: 2, verified: false });
    });

    it('are told by the session cookie alone, even once its token has expired', async () => {
      const { id, code } = await share('x');
      const expired = sessionToken(employeeUser.id, { expiresIn: -3600 });
      await t
        .http()
        .get(`/r/${code}`)
        .set('User-Agent', CHROME)
        .set('Cookie', `XSRF-TOKEN=abc; chorus_session=${expired}`)
        .expect(302);
      expect((await events(id)).map((row) => row.kind)).toEqual(['self']);
    });

    it("leave an anonymous visitor's click and a signed-in colleague's counted", async () => {
      const { id, code } = await share('facebook');
      await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
      expect(await verifiedAt(id)).not.toBeNull();
      const colleague = await signIn(t, await makeUser(t));
      await colleague.agent.get(`/r/${code}`).set('User-Agent', SAFARI_IPHONE).expect(302);

      expect((await events(id)).map((row) => row.kind)).toEqual(['click', 'click']);
      expect(await figures(id)).toEqual({
        day: { clicks: 2, uniqueVisitors: 2, selfClicks: 0 },
        month: { clicks: 2, selfClicks: 0 },
        itemClicks: 2,
      });
    });

    it.each([
      [
        'a token signed with another secret',
        () => sessionToken(employeeUser.id, { secret: 'not-the-secret-of-this-chorus-server' }),
      ],
      ['garbage', () => 'garbage'],
      ['nothing', () => ''],
    ])("count a click whose session cookie holds %s as a visitor's", async (_, cookie) => {
      const { id, code } = await share('linkedin');
      await t
        .http()
        .get(`/r/${code}`)
        .set('User-Agent', CHROME)
        .set('Cookie', `chorus_session=${cookie()}`)
        .expect(302);
      expect(await events(id)).toEqual([
        { kind: 'click', crawler: null, visitor: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) },
      ]);
      expect(await verifiedAt(id)).not.toBeNull();
    });

    it("leave the sharer's browser's previews and HEAD requests what they are", async () => {
      const { id, code } = await share('linkedin');
      await employee.agent.head(`/r/${code}`).set('User-Agent', CHROME).expect(302);
      await employee.agent.get(`/r/${code}`).set('User-Agent', LINKEDIN_BOT).expect(302);
      expect((await events(id)).map((row) => row.kind)).toEqual(['head', 'preview']);
    });
  });

  it('speaks the visitor’s language on its pages, as their browser asks', async () => {
    const greek = await t
      .http()
      .get('/r/ZZZZZZZZZZ')
      .set('User-Agent', SAFARI_IPHONE)
      .set('Accept-Language', 'el-GR,el;q=0.9,en;q=0.8')
      .expect(404);
    expect(greek.headers['content-language']).toBe('el');
    expect(greek.headers.vary).toBe('Accept-Language');
    expect(greek.text).toContain('<html lang="el">');
    expect(greek.text).toContain('<title>Ο σύνδεσμος δεν βρέθηκε</title>');
    expect(greek.text).not.toContain('Link not found');

    // The weights decide, not the order; a language Chorus does not speak is passed over.
    const norwegian = await t
      .http()
      .get('/r/ZZZZZZZZZZ')
      .set('Accept-Language', 'fi;q=1, en;q=0.5, no;q=0.8')
      .expect(404);
    expect(norwegian.headers['content-language']).toBe('nb');
    expect(norwegian.text).toContain('Fant ikke lenken');

    const unspoken = await t
      .http()
      .get('/r/ZZZZZZZZZZ')
      .set('Accept-Language', 'ja-JP, fi')
      .expect(404);
    expect(unspoken.headers['content-language']).toBe('en');
    expect(unspoken.text).toContain('<html lang="en">');

    const head = await t.http().head('/r/ZZZZZZZZZZ').set('Accept-Language', 'de').expect(404);
    expect(head.headers['content-language']).toBe('de');
    expect(head.text ?? '').toBe('');
  });

  it('answers unknown codes with a 404 page and links an admin turned off with a 410 page', async () => {
    const unknown = await t.http().get('/r/ZZZZZZZZZZ').set('User-Agent', CHROME).expect(404);
    expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(unknown.text).toContain('Link not found');
    await t.http().get('/r/not-a-code!').expect(404);
    await t.http().head('/r/ZZZZZZZZZZ').expect(404);

    const { id, code } = await share('linkedin');
    const found = await admin.api.get(`/api/shares/by-code/${code}`).expect(200);
    expect(found.body).toMatchObject({ id, disabled: false, itemTitle: 'Our new office' });
    await admin.api.patch(`/api/shares/${id}`, { disabled: true }).expect(200);
    const gone = await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(410);
    expect(gone.text).toContain('Link no longer available');
    expect(gone.headers['content-language']).toBe('en');
    const goneInSwedish = await t
      .http()
      .get(`/r/${code}`)
      .set('User-Agent', CHROME)
      .set('Accept-Language', 'sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7')
      .expect(410);
    expect(goneInSwedish.headers['content-language']).toBe('sv');
    expect(goneInSwedish.text).toContain('<html lang="sv">');
    expect(goneInSwedish.text).toContain('<h1>Länken är inte längre tillgänglig</h1>');
    expect(await events(id)).toEqual([]);

    await admin.api.patch(`/api/shares/${id}`, { disabled: false }).expect(200);
    // Asking again for what already holds changes nothing and answers the same.
    const again = await admin.api.patch(`/api/shares/${id}`, { disabled: false }).expect(200);
    expect(again.body).toMatchObject({ disabled: false, itemTitle: 'Our new office' });
    expect(again.body.sharedBy).not.toBeNull();
    await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
    const audit = await admin.api.get(`/api/audit?targetId=${id}`).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'share.link_enabled',
      'share.link_disabled',
    ]);
  });

  it('keeps working after the item is archived: posts out there must not break', async () => {
    const { code, itemId } = await share('linkedin');
    await archiveItem(t, curator, itemId);
    await t.http().get(`/r/${code}`).set('User-Agent', CHROME).expect(302);
  });

  it('only answers GET and HEAD', async () => {
    const { code } = await share('linkedin');
    const response = await t.http().post(`/r/${code}`).expect(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});
