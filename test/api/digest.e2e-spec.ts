import request from 'supertest';
import { DataSource } from 'typeorm';
import { publicAddress } from '../../apps/api/src/config/public-address';
import { DigestService } from '../../apps/api/src/digest/digest.service';
import {
  enroll,
  leaveProgramme,
  makeLiveItem,
  makeShare,
  makeTopic,
  publishPolicy,
  saveSettings,
} from '../support/factories';
import { TestMailServer } from '../support/mail';
import {
  createTestApp,
  makeUser,
  signIn,
  type MadeUser,
  type SignedInAgent,
  type TestApp,
} from '../support/test-app';

const HOUR = 3_600_000;

/** The Monday 09:05 UTC after the given time: just past a default weekly digest's hour. */
function nextMondayAt905(after: number): Date {
  const date = new Date(after);
  date.setUTCHours(9, 5, 0, 0);
  while (date.getUTCDay() !== 1 || date.getTime() <= after) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return date;
}

describe('the digest', () => {
  let mail: TestMailServer;
  let t: TestApp;
  let admin: MadeUser;
  let adminAgent: SignedInAgent;
  let db: DataSource;
  let origin: string;
  /** A Monday 09:05 UTC in each test's own week, so each test has periods of its own. */
  let week = 0;
  const monday = () => new Date(nextMondayAt905(Date.now()).getTime() + 7 * 24 * HOUR * week++);

  beforeAll(async () => {
    mail = await new TestMailServer().start();
    t = await createTestApp({ SMTP_URL: mail.url });
    origin = publicAddress(t.config);
    db = t.app.get(DataSource);
    admin = await makeUser(t, { roles: ['admin'], name: 'Ada Admin' });
    adminAgent = await signIn(t, admin);
    await saveSettings(t, admin, { enabledNetworks: ['linkedin', 'x'] });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  const digests = () => t.app.get(DigestService);
  const enrolled = async (overrides: Parameters<typeof makeUser>[1] = {}) => {
    const person = await makeUser(t, overrides);
    await enroll(t, person);
    return person;
  };
  const digestRows = async (person: MadeUser) =>
    db.query<{ period_start: Date; item_ids: string[] }[]>(
      'SELECT period_start, item_ids::text[] FROM digests WHERE user_id = $1',
      [person.id],
    );
  const setPreferences = (person: MadeUser, values: Record<string, unknown>) =>
    db.query(
      `INSERT INTO notification_preferences (user_id, digest_frequency, digest_weekday, digest_hour, time_zone)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        person.id,
        values.frequency ?? 'weekly',
        values.weekday ?? 1,
        values.hour ?? 9,
        values.timeZone ?? null,
      ],
    );

  it('arrives with both parts, the unsubscribe headers, and buttons to Chorus’s share route', async () => {
    const sofie = await enrolled({ name: 'Sofie Jensen', email: 'sofie@digest.test' });
    const item = await makeLiveItem(t, { title: 'Our new office in Aarhus' });

    await digests().run(monday());

    const received = await mail.messageTo(sofie.email);
    expect(received.contentTypes).toEqual(
      expect.arrayContaining(['multipart/alternative', 'text/plain', 'text/html']),
    );
    expect(received.text).toContain('Hello Sofie Jensen,');
    expect(received.text).toContain('Our new office in Aarhus');
    expect(received.text).toContain(`${origin}/share/${item}?network=linkedin&source=digest`);
    expect(received.html).toContain(`href="${origin}/share/${item}?network=x&amp;source=digest"`);
    expect(received.headers.get('list-unsubscribe')).toMatch(
      /^<https?:\/\/[^>]+\/unsubscribe\/[^>]+>$/,
    );
    expect(received.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('offers buttons for the networks the person uses, among those the organisation offers', async () => {
    const marc = await enrolled({ email: 'marc@digest.test' });
    await db.query(
      `INSERT INTO social_profiles (user_id, network, handle) VALUES ($1, 'x', '@marc')`,
      [marc.id],
    );
    const item = await makeLiveItem(t, { title: 'Only on X for Marc' });

    await digests().run(monday());

    const received = await mail.messageTo(marc.email);
    expect(received.text).toContain(`${origin}/share/${item}?network=x&source=digest`);
    expect(received.text).not.toContain('network=linkedin');
  });

  it('unsubscribes on the one-click POST without a session; a GET of the link changes nothing', async () => {
    const lars = await enrolled({ email: 'lars@digest.test' });
    await makeLiveItem(t, { title: 'Something to unsubscribe from' });
    await digests().run(monday());
    const received = await mail.messageTo(lars.email);
    const link = new URL(received.headers.get('list-unsubscribe')!.slice(1, -1));
    const anonymous = () => request(t.app.getHttpServer());
    const larsAgent = await signIn(t, lars);
    const frequency = async () =>
      (await larsAgent.agent.get('/api/me/notification-preferences').expect(200)).body.digest
        .frequency as string;

    await anonymous().get(link.pathname).expect(200);
    expect(await frequency()).toBe('weekly');

    await anonymous()
      .post(link.pathname)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect((response) => expect(response.status).toBeLessThan(300));
    expect(await frequency()).toBe('never');

    // And no digest comes any more, even with something new.
    await makeLiveItem(t);
    await digests().run(monday());
    expect(await digestRows(lars)).toHaveLength(1);
  });

  it('is written in the recipient’s language', async () => {
    const mette = await enrolled({ language: 'da', email: 'mette@digest.test' });
    await makeLiveItem(t, { title: 'Nyt kontor' });
    await digests().run(monday());
    const received = await mail.messageTo(mette.email);
    expect(received.subject).toMatch(/opslag at dele, udvalgt til dig$/);
    expect(received.text).toContain('Del på LinkedIn');
    expect(received.headers.get('content-language')).toBe('da');
  });

  it('offers what the person has not shared, pinned first, then followed topics, then newest', async () => {
    const person = await enrolled();
    const topic = await makeTopic(t, admin, `Climate ${Date.now()}`);
    await t.app
      .get(DataSource)
      .query('INSERT INTO topic_follows (user_id, topic_id) VALUES ($1, $2)', [
        person.id,
        topic.id,
      ]);
    const now = Date.now();
    const shared = await makeLiveItem(t, {
      title: 'Already shared',
      publishAt: new Date(now - HOUR),
    });
    const newest = await makeLiveItem(t, { title: 'Newest', publishAt: new Date(now - 2 * HOUR) });
    const followed = await makeLiveItem(t, {
      title: 'On a followed topic',
      topicIds: [topic.id],
      publishAt: new Date(now - 3 * HOUR),
    });
    const pinned = await makeLiveItem(t, {
      title: 'Pinned',
      pinned: true,
      publishAt: new Date(now - 4 * HOUR),
    });
    await makeShare(t, person, shared, { network: 'linkedin' });

    await digests().run(monday());

    const [row] = await digestRows(person);
    expect(row.item_ids.slice(0, 3)).toEqual([pinned, followed, newest]);
    expect(row.item_ids).not.toContain(shared);
    expect(row.item_ids.length).toBeLessThanOrEqual(8);
    const received = await mail.messageTo(person.email);
    expect(received.text).not.toContain('Already shared');
  });

  it('goes to enrolled, active people only: leaving the programme stops it', async () => {
    const stayed = await enrolled();
    const left = await enrolled();
    const never = await makeUser(t);
    await leaveProgramme(t, left);
    await makeLiveItem(t);

    await digests().run(monday());

    expect(await digestRows(stayed)).toHaveLength(1);
    expect(await digestRows(left)).toEqual([]);
    expect(await digestRows(never)).toEqual([]);
  });

  it('is queued once per person and period, however often and however concurrently it runs', async () => {
    const person = await enrolled({ email: 'once@digest.test' });
    await makeLiveItem(t);
    const now = monday();

    const results = await Promise.all([digests().run(now), digests().run(now)]);
    await digests().run(now);

    expect(await digestRows(person)).toHaveLength(1);
    expect(results.reduce((sum, result) => sum + result.queued, 0)).toBeGreaterThanOrEqual(1);
    const [{ count }] = await db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM mail_deliveries WHERE idempotency_key LIKE $1`,
      [`digest:${person.id}:%`],
    );
    expect(count).toBe(1);
  });

  it('queues a run’s digests in consecutive send slots, at the configured rate', async () => {
    await enrolled();
    await enrolled();
    await makeLiveItem(t);
    const now = monday();

    const { queued } = await digests().run(now);

    // Everyone of this run has the default schedule: the period starts Monday 09:00 UTC.
    const periodStart = new Date(now.getTime() - 5 * 60_000).toISOString();
    const rows = await db.query<{ send_after: Date }[]>(
      `SELECT send_after FROM mail_deliveries WHERE idempotency_key LIKE $1 ORDER BY send_after`,
      [`digest:%:${periodStart}`],
    );
    expect(rows).toHaveLength(queued);
    expect(queued).toBeGreaterThanOrEqual(2);
    // MAIL_RATE_PER_MINUTE is 60,000 in tests: one slot every millisecond.
    const gaps = rows
      .slice(1)
      .map((row, i) => row.send_after.getTime() - rows[i].send_after.getTime());
    expect(new Set(gaps)).toEqual(new Set([1]));
  });

  it('comes at the person’s weekday and hour in their time zone, or their choice of daily or never', async () => {
    const base = monday();
    const copenhagen = await enrolled();
    await setPreferences(copenhagen, { weekday: 3, hour: 7, timeZone: 'Europe/Copenhagen' });
    const daily = await enrolled();
    await setPreferences(daily, { frequency: 'daily', hour: 9 });
    const never = await enrolled();
    await setPreferences(never, { frequency: 'never' });
    await makeLiveItem(t);

    // Monday 09:05 UTC: the daily one is due; Wednesday's is not.
    await digests().run(base);
    expect(await digestRows(daily)).toHaveLength(1);
    expect(await digestRows(copenhagen)).toEqual([]);

    // Wednesday 06:05 UTC is 07:05 in Copenhagen (winter) or 08:05 (summer): due either way.
    const wednesday = new Date(base.getTime() + 2 * 24 * HOUR - 3 * HOUR);
    await digests().run(wednesday);
    const [row] = await digestRows(copenhagen);
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Copenhagen',
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
      }).format(row.period_start),
    ).toBe('Wednesday 07:00');
    expect(await digestRows(never)).toEqual([]);
  });

  it('is not sent when there is nothing new since the last one', async () => {
    const person = await enrolled();
    await makeLiveItem(t, { title: 'Shown once' });
    const first = monday();
    await digests().run(first);
    expect(await digestRows(person)).toHaveLength(1);

    // A week later: no item, policy or training lesson came since.
    await digests().run(new Date(first.getTime() + 7 * 24 * HOUR));
    expect(await digestRows(person)).toHaveLength(1);
  });

  it('says what is new in the policy for those who must sign it', async () => {
    const person = await enrolled();
    await publishPolicy(t, admin, { requiresAcknowledgment: true });
    const preview = await adminAgent.agent
      .get('/api/digests/preview')
      .query({ userId: person.id })
      .expect(200);
    expect(preview.body.text).toMatch(
      /Version \d+ of the social media policy is waiting for your signature\./,
    );
  });

  it('shows an admin anyone’s digest as they would get it now, and only an admin', async () => {
    const mette = await enrolled({ language: 'da' });
    await makeLiveItem(t, { title: 'Til forhåndsvisning' });

    const preview = await adminAgent.agent
      .get('/api/digests/preview')
      .query({ userId: mette.id })
      .expect(200);
    expect(preview.body).toMatchObject({
      language: 'da',
      subject: expect.stringMatching(/opslag/),
    });
    expect(preview.body.html).toContain('Til forhåndsvisning');
    expect(preview.body.text).toContain('Til forhåndsvisning');
    expect(await digestRows(mette)).toEqual([]);

    const employee = await signIn(t, mette);
    await employee.agent.get('/api/digests/preview').query({ userId: mette.id }).expect(403);
    const missing = await adminAgent.agent
      .get('/api/digests/preview')
      .query({ userId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(missing.body.message).toBe('No person with id 00000000-0000-4000-8000-000000000000.');
    await adminAgent.agent.get('/api/digests/preview').query({ userId: 'nope' }).expect(400);
  });
});
