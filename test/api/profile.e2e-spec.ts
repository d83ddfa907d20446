import { DataSource } from 'typeorm';
import { LoginFailuresRepository } from '../../apps/api/src/auth/login-failures.repository';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';
import { keptMailTo } from '../support/mail';

describe('my profile, my data and deleting my account', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps name, preferred language and declared social profiles, never credentials', async () => {
    const me = await signIn(t, await makeUser(t, { name: 'Sofie J', email: 'sofie@profile.test' }));
    const before = await me.api.get('/api/me').expect(200);
    expect(before.body.languageChosen).toBe(false);
    const saved = await me.api
      .patch('/api/me/profile', {
        name: 'Sofie Jensen',
        language: 'da',
        socialProfiles: [
          { network: 'linkedin', handle: ' sofiejensen ', audienceSize: 1540 },
          { network: 'bluesky', handle: 'sofie.bsky.social', audienceSize: null },
          { network: 'x', handle: '', audienceSize: null },
        ],
      })
      .expect(200);
    expect(saved.body).toEqual({
      email: 'sofie@profile.test',
      name: 'Sofie Jensen',
      language: 'da',
      department: null,
      location: null,
      socialProfiles: [
        { network: 'linkedin', handle: 'sofiejensen', audienceSize: 1540 },
        { network: 'bluesky', handle: 'sofie.bsky.social', audienceSize: null },
      ],
    });
    const again = await me.api.get('/api/me/profile').expect(200);
    expect(again.body).toEqual(saved.body);
    const account = await me.api.get('/api/me').expect(200);
    expect(account.body.language).toBe('da');
    // She chose it herself: the portal no longer lets a choice made before sign-in override it.
    expect(account.body.languageChosen).toBe(true);

    const replaced = await me.api
      .patch('/api/me/profile', {
        socialProfiles: [{ network: 'xing', handle: 'Sofie_Jensen', audienceSize: 80 }],
      })
      .expect(200);
    expect(replaced.body.socialProfiles).toEqual([
      { network: 'xing', handle: 'Sofie_Jensen', audienceSize: 80 },
    ]);
  });

  it('keeps a Mastodon handle as @name@server, however it was written', async () => {
    const me = await signIn(t, await makeUser(t));
    for (const [written, kept] of [
      ['sofie@Mastodon.Social', '@sofie@mastodon.social'],
      ['https://chaos.social/@sofie/', '@sofie@chaos.social'],
      ['@nikos@mastodon.ελ', '@nikos@mastodon.xn--qxam'],
    ]) {
      const saved = await me.api
        .patch('/api/me/profile', {
          socialProfiles: [
            { network: 'linkedin', handle: 'sofie', audienceSize: 10 },
            { network: 'mastodon', handle: written, audienceSize: 40 },
          ],
        })
        .expect(200);
      expect(saved.body.socialProfiles).toEqual([
        { network: 'linkedin', handle: 'sofie', audienceSize: 10 },
        { network: 'mastodon', handle: kept, audienceSize: 40 },
      ]);
    }
    // An audience without a handle is still a Mastodon profile.
    const audienceOnly = await me.api
      .patch('/api/me/profile', {
        socialProfiles: [{ network: 'mastodon', handle: null, audienceSize: 40 }],
      })
      .expect(200);
    expect(audienceOnly.body.socialProfiles).toEqual([
      { network: 'mastodon', handle: null, audienceSize: 40 },
    ]);
  });

  it.each([
    '@me@evil.example.com/path',
    '@me@user:pass@mastodon.social',
    '@me@127.0.0.1',
    '@me@[::1]',
    'me',
  ])(
    'refuses the Mastodon handle %s with a 422 that says how to write one, changing nothing',
    async (handle) => {
      const me = await signIn(t, await makeUser(t));
      await me.api
        .patch('/api/me/profile', {
          socialProfiles: [{ network: 'x', handle: '@me', audienceSize: 5 }],
        })
        .expect(200);
      const refused = await me.api
        .patch('/api/me/profile', {
          name: 'Not Saved',
          socialProfiles: [{ network: 'mastodon', handle, audienceSize: null }],
        })
        .set('Accept-Language', 'de-DE,de;q=0.9')
        .expect(422);
      expect(refused.body.message).toBe(
        `${handle} ist kein Mastodon-Handle: Schreiben Sie es als @name@server, zum Beispiel ` +
          '@sofie@mastodon.social (nur ein Servername, ohne Pfad, Port, Passwort oder IP-Adresse).',
      );
      const profile = await me.api.get('/api/me/profile').expect(200);
      expect(profile.body.name).not.toBe('Not Saved');
      expect(profile.body.socialProfiles).toEqual([
        { network: 'x', handle: '@me', audienceSize: 5 },
      ]);
    },
  );

  it.each([
    [
      { socialProfiles: [{ network: 'myspace', handle: 'x', audienceSize: 1 }] },
      /network must be one of/,
    ],
    [
      { socialProfiles: [{ network: 'x', handle: 'a', audienceSize: -5 }] },
      /audienceSize must be 0 or more/,
    ],
    [
      { socialProfiles: [{ network: 'x', handle: 'a', audienceSize: 2.5 }] },
      /audienceSize must be a whole number/,
    ],
    [
      {
        socialProfiles: [
          { network: 'x', handle: 'a', audienceSize: 1 },
          { network: 'x', handle: 'b', audienceSize: 2 },
        ],
      },
      /socialProfiles lists x more than once/,
    ],
    [
      { socialProfiles: [{ network: 'x', password: 'hunter2' }] },
      /password is not a field this request accepts/,
    ],
    [{ language: 'tlh' }, /language must be one of/],
  ])('refuses %j with a 400 that says why, changing nothing', async (body, message) => {
    const me = await signIn(t, await makeUser(t));
    const response = await me.api.malformed('patch', '/api/me/profile', body).expect(400);
    expect(response.body.message).toMatch(message);
    const profile = await me.api.get('/api/me/profile').expect(200);
    expect(profile.body.socialProfiles).toEqual([]);
  });

  it('exports everything held about me as a JSON download', async () => {
    const user = await makeUser(t, { name: 'Exporting Erik', email: 'erik@profile.test' });
    const me = await signIn(t, user);
    await me.api
      .patch('/api/me/profile', {
        socialProfiles: [{ network: 'linkedin', handle: 'erik', audienceSize: 300 }],
      })
      .expect(200);
    await me.api.post('/api/me/enrollment').expect(201);
    await me.api
      .post('/api/escalations', {
        url: 'https://x.com/a/status/1',
        network: 'x',
        excerpt: 'Rude remark',
      })
      .expect(201);

    await t.app.get(NotificationsService).notify({
      kind: 'policy.sign',
      recipients: [user.id],
      params: { version: 2 },
      link: '/policy',
      key: 'policy.sign:2',
    });
    await me.api
      .put('/api/me/notification-preferences', { quietHours: { start: 22, end: 7 } })
      .expect(200);

    const response = await me.api.get('/api/me/export').expect(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="chorus-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.body).toMatchObject({
      account: { id: user.id, email: 'erik@profile.test', name: 'Exporting Erik' },
      profile: { socialProfiles: [{ network: 'linkedin', handle: 'erik', audienceSize: 300 }] },
      sessions: [expect.objectContaining({ createdAt: expect.any(String), revokedAt: null })],
      mailedLinks: [],
      advocacyProgramme: { enrolledAt: expect.any(String) },
      policyAcknowledgments: [],
      training: { attempts: [], lessonsRead: [] },
      reportedComments: [
        expect.objectContaining({ network: 'x', excerpt: 'Rude remark', status: 'open' }),
      ],
      auditLog: [expect.objectContaining({ action: 'advocacy.joined' })],
      notificationPreferences: { quietHours: { start: 22, end: 7 } },
      notifications: [
        {
          kind: 'policy.sign',
          params: { version: 2 },
          link: '/policy',
          createdAt: expect.any(String),
          readAt: null,
        },
      ],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('deletes my account after I type my address: signed out, gone, and the log no longer names me', async () => {
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const user = await makeUser(t, { email: 'leaving@profile.test' });
    await admin.api.patch(`/api/people/${user.id}`, { name: 'Leo Leaving' }).expect(200);
    // Traces elsewhere: a burst of failed sign-ins (logged by address) and a kept reset mail.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await t.http().post('/api/auth/login').send({ email: user.email, password: 'wrong-guess-1' });
    }
    await t.http().post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const database = t.app.get(DataSource);
    const count = async (sql: string) =>
      (
        await database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, [user.email])
      )[0].n;
    await keptMailTo(t, user.email);
    expect(await count('mail_deliveries WHERE recipient = $1')).toBe(1);
    // The lock-out over, as if its window had passed.
    await t.app.get(LoginFailuresRepository).deleteByEmail(user.email);
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'wrong-guess-2' });
    const me = await signIn(t, user);

    const wrong = await me.api.delete('/api/me', { confirmEmail: 'someone@else.test' }).expect(400);
    expect(wrong.body.message).toMatch(/Type your own email address/);

    const deleted = await me.api
      .delete('/api/me', { confirmEmail: 'LEAVING@profile.test' })
      .expect(204);
    expect(String(deleted.headers['set-cookie'])).toMatch(/chorus_session=;/);
    expect(await count('outbox_messages WHERE recipient = $1')).toBe(0);
    expect(await count('mail_deliveries WHERE recipient = $1')).toBe(0);
    expect(await count('login_failures WHERE email = $1')).toBe(0);
    await me.api.get('/api/me').expect(401);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);

    const rows = await database.query(
      `SELECT action, actor_label, target_id, target_label, summary FROM audit_entries
          WHERE target_label = 'deleted account' OR target_label LIKE 'leaving@%' ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        action: 'person.updated',
        actor_label: expect.any(String),
        target_id: null,
        target_label: 'deleted account',
        summary: null,
      },
      {
        action: 'auth.sign_in_throttled',
        actor_label: null,
        target_id: null,
        target_label: 'deleted account',
        summary: null,
      },
      {
        action: 'person.deleted_own_account',
        actor_label: null,
        target_id: null,
        target_label: 'deleted account',
        summary: { roles: ['employee'] },
      },
    ]);
    expect(JSON.stringify(await database.query(`SELECT * FROM audit_entries`))).not.toMatch(
      /Leo Leaving|leaving@profile/,
    );
  });
});
