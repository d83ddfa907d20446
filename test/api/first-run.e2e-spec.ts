import { UI_LANGUAGES } from '@chorus/core';
import { DEMO_ACCOUNTS, DEMO_COLLEAGUES } from '../../apps/api/src/demo/demo-accounts';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase, dropTestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { cookieValue, TEST_SECRET } from '../support/test-app';
import { Client } from 'pg';
import request from 'supertest';

async function boot(databaseUrl: string, env: Record<string, string>) {
  await runMigrations(databaseUrl);
  const app = await createApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      CHORUS_SESSION_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** How many shares the demo wrote for the person with `email`, read from the database itself. */
async function sharesSeededFor(databaseUrl: string, email: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM shares JOIN users ON users.id = shares.user_id WHERE users.email = $1',
      [email],
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

describe('first run', () => {
  const databases: string[] = [];
  async function freshDatabase() {
    const database = await createTestDatabase();
    databases.push(database.name);
    return database.url;
  }
  afterAll(() => Promise.all(databases.map(dropTestDatabase)));

  it('seeds one demo account per role in demo mode, each signing in with chorus-demo', async () => {
    const url = await freshDatabase();
    const app = await boot(url, { CHORUS_DEMO: 'true' });
    try {
      for (const [email, role] of [
        ['admin@chorus.example', 'admin'],
        ['curator@chorus.example', 'curator'],
        ['analyst@chorus.example', 'analyst'],
        ['employee@chorus.example', 'employee'],
      ]) {
        const response = await request(app.getHttpServer())
          .post('/api/auth/login')
          .send({ email, password: 'chorus-demo' })
          .expect(200);
        expect(response.body.roles).toContain(role);
      }
    } finally {
      await app.close();
    }
  });

  it('seeds a small company: groups, people in every state, profiles, outbox and audit history', async () => {
    const url = await freshDatabase();
    const app = await boot(url, { CHORUS_DEMO: 'true' });
    try {
      const agent = request.agent(app.getHttpServer());
      await agent
        .post('/api/auth/login')
        .send({ email: 'admin@chorus.example', password: 'chorus-demo' })
        .expect(200);
      const departments = await agent.get('/api/groups/department').expect(200);
      expect(departments.body.length).toBeGreaterThanOrEqual(5);
      expect(
        departments.body.every((group: { memberCount: number }) => group.memberCount > 0),
      ).toBe(true);
      const statuses = await Promise.all(
        ['active', 'invited', 'deactivated'].map(async (status) => {
          const page = await agent.get(`/api/people?status=${status}`).expect(200);
          return page.body.total;
        }),
      );
      expect(statuses).toEqual([18, 5, 1]);
      // Someone to sign in as for every language the portal speaks.
      const active = await agent.get('/api/people?status=active&pageSize=100').expect(200);
      const languages = new Set(
        active.body.items.map((person: { language: string }) => person.language),
      );
      expect([...UI_LANGUAGES].filter((language) => !languages.has(language))).toEqual([]);
      // The invitations leave the mail queue one send slot after another.
      // The demo's digests and reminders leave beside them.
      const invitations = await eventually(
        'five kept invitations',
        async () => {
          const kept = await agent.get('/api/outbox?pageSize=100').expect(200);
          const invited = (kept.body.items as { subject: string; text: string }[]).filter((mail) =>
            mail.text.includes('/invitation?token='),
          );
          return invited.length >= 5 && invited;
        },
        20_000,
      );
      // Each invitation in its recipient's language.
      expect(invitations.map((mail) => mail.subject).sort()).toEqual([
        'Du er inviteret til Chorus',
        'Du har bjudits in till Chorus',
        'Je bent uitgenodigd voor Chorus',
        'You are invited to Chorus',
        'Έχετε προσκληθεί στο Chorus',
      ]);
      const audit = await agent.get('/api/audit').expect(200);
      expect(audit.body.total).toBeGreaterThan(15);
      const content = await agent.get('/api/content').expect(200);
      expect(content.body.counts).toEqual({ draft: 2, in_review: 1, approved: 8, archived: 1 });
      // The feeds' suggestions, and pages colleagues suggested, each with their note.
      const inbox = await agent.get('/api/source-entries?pageSize=50').expect(200);
      const entries = inbox.body.items as { sourceId: string | null; note: string | null }[];
      expect(entries.filter((entry) => entry.sourceId !== null)).toHaveLength(4);
      const fromPeople = entries.filter((entry) => entry.sourceId === null);
      expect(fromPeople).toHaveLength(5);
      expect(fromPeople.every((entry) => entry.note)).toBe(true);
      const profile = await agent.get('/api/me/profile').expect(200);
      expect(profile.body.socialProfiles).toEqual([
        { network: 'linkedin', handle: 'ada-admin', audienceSize: 640 },
      ]);
    } finally {
      await app.close();
    }
  });

  it('seeds the programme: the demo employee and curator may share at once, admin and analyst have not joined', async () => {
    const url = await freshDatabase();
    const app = await boot(url, { CHORUS_DEMO: 'true' });
    try {
      const signIn = async (email: string) => {
        const agent = request.agent(app.getHttpServer());
        await agent.post('/api/auth/login').send({ email, password: 'chorus-demo' }).expect(200);
        return agent;
      };
      for (const email of ['employee@chorus.example', 'curator@chorus.example']) {
        const status = await (await signIn(email)).get('/api/me/advocacy').expect(200);
        expect(status.body).toMatchObject({ enrolled: true, mayShare: true, blockers: [] });
      }
      for (const email of ['admin@chorus.example', 'analyst@chorus.example']) {
        const status = await (await signIn(email)).get('/api/me/advocacy').expect(200);
        expect(status.body.enrolled).toBe(false);
      }

      const employee = await signIn('employee@chorus.example');
      const training = await employee.get('/api/training').expect(200);
      expect(
        training.body.stages.map((stage: { lessons: unknown[]; questionCount: number }) => [
          stage.lessons.length >= 3,
          stage.questionCount >= 5,
        ]),
      ).toEqual([
        [true, true],
        [true, true],
        [true, true],
      ]);
      const policy = await employee.get('/api/policy/current').expect(200);
      expect(policy.body.body.length).toBeGreaterThan(3000);
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'employee@chorus.example', password: 'chorus-demo' })
        .expect(200);
      const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
      const xsrf = cookieValue(login, 'XSRF-TOKEN');
      const blocked = await request(app.getHttpServer())
        .post('/api/shares/preflight')
        .set('Cookie', cookies.map((cookie) => cookie.split(';')[0]).join('; '))
        .set('X-XSRF-TOKEN', xsrf)
        .send({ network: 'linkedin', text: 'Sneak peek: #ProjectFalcon launches soon!' })
        .expect(422);
      expect(blocked.body.details.findings[0]).toMatchObject({
        kind: 'restricted_term',
        note: 'Falcon is not announced yet: do not mention it.',
      });

      expect(policy.body).toMatchObject({ language: 'en', fellBack: false });
      expect(policy.body.languages).toEqual(expect.arrayContaining(['da', 'el', 'en', 'nl', 'sv']));
      // The Swedish colleague reads the policy in Swedish and signed that text.
      const lars = await signIn('lars.andersson@chorus.example');
      const inSwedish = await lars.get('/api/policy/current').expect(200);
      expect(inSwedish.body).toMatchObject({
        language: 'sv',
        fellBack: false,
        title: 'Policy för sociala medier',
        standing: { acknowledged: { language: 'sv' } },
      });

      const analyst = await signIn('analyst@chorus.example');
      const coverage = await analyst.get('/api/policy/coverage').expect(200);
      expect(coverage.body.departments.length).toBeGreaterThanOrEqual(4);
      const signedIn = new Set(
        coverage.body.departments.flatMap((row: { languages: { language: string }[] }) =>
          row.languages.map((entry) => entry.language),
        ),
      );
      expect([...signedIn]).toEqual(expect.arrayContaining(['da', 'el', 'en', 'nl', 'sv']));
      const csv = await analyst.get('/api/policy/acknowledgments.csv').expect(200);
      expect(csv.text).toMatch(/\r\nLars Andersson,lars\.andersson@chorus\.example,[^\r]*,1,sv,/);
      const curator = await signIn('curator@chorus.example');
      const inbox = await curator.get('/api/escalations?scope=all').expect(200);
      expect(inbox.body.counts).toEqual({ open: 2, in_progress: 1, resolved: 1 });
      const feed = await employee.get('/api/feed?limit=50').expect(200);
      expect(feed.body.items.length).toBeGreaterThanOrEqual(6);
      expect(feed.body.items[0].pinned).toBe(true);
      const kinds = new Set(feed.body.items.map((item: { kind: string }) => item.kind));
      expect(kinds.has('company_news') && kinds.has('industry')).toBe(true);
      // Each with its own header picture, drawn at seeding and served by Chorus, offline.
      const pictures: string[] = feed.body.items.map(
        (item: { thumbnailUrl: string }) => item.thumbnailUrl,
      );
      expect(pictures.every((url) => url?.startsWith('/api/content/'))).toBe(true);
      expect(new Set(pictures).size).toBe(pictures.length);
      const picture = await employee.get(pictures[0]).expect(200);
      expect(picture.headers['content-type']).toBe('image/webp');
      // My activity counts exactly the shares seeded for this person, and its click total is the
      // sum of what each of them earned.
      const activity = await employee.get('/api/shares/mine?pageSize=100').expect(200);
      const seeded = await sharesSeededFor(url, 'employee@chorus.example');
      expect(seeded).toBeGreaterThan(0);
      expect(activity.body.total).toBe(seeded);
      expect(activity.body.totals.shares).toBe(seeded);
      const earned = activity.body.items.map((share: { clicks: number }) => share.clicks);
      expect(earned).toHaveLength(seeded);
      expect(activity.body.totals.clicks).toBe(
        earned.reduce((sum: number, n: number) => sum + n, 0),
      );
      expect(activity.body.totals.clicks).toBeGreaterThan(0);
      const admin = await signIn('admin@chorus.example');
      const terms = await admin.get('/api/restricted-terms').expect(200);
      expect(terms.body.length).toBeGreaterThanOrEqual(5);
    } finally {
      await app.close();
    }
  });

  it('does not seed again when the database already has people', async () => {
    const url = await freshDatabase();
    await (await boot(url, { CHORUS_DEMO: 'true' })).close();
    const app = await boot(url, { CHORUS_DEMO: 'true' });
    try {
      const { DataSource } = await import('typeorm');
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM users`);
      expect(count).toBe(DEMO_ACCOUNTS.length + DEMO_COLLEAGUES.length);
    } finally {
      await app.close();
    }
  });

  it('creates only the first administrator from the environment when demo mode is off', async () => {
    const url = await freshDatabase();
    const app = await boot(url, {
      CHORUS_DEMO: 'false',
      CHORUS_ADMIN_EMAIL: 'Boss@Company.Example',
      CHORUS_ADMIN_PASSWORD: 'a-long-admin-password',
    });
    try {
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'boss@company.example', password: 'a-long-admin-password' })
        .expect(200);
      expect(login.body.roles).toEqual(['admin', 'employee']);
      await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'admin@chorus.example', password: 'chorus-demo' })
        .expect(401);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with demo mode off, an empty database and no first administrator', async () => {
    const url = await freshDatabase();
    await expect(boot(url, { CHORUS_DEMO: 'false' })).rejects.toThrow(
      'set CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD',
    );
  });
});
