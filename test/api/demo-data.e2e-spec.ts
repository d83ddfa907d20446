import { Client } from 'pg';
import request from 'supertest';
import {
  isInAudience,
  MIN_DEPARTMENT_MEMBERS,
  NOTIFICATION_KIND_RULES,
  notificationMessageKey,
  notificationMessageParams,
  renderMessage,
  type NotificationKind,
  type Role,
} from '@chorus/core';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-accounts';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { recountPoints } from '../../apps/api/src/points/recount.repository';
import { createTestDatabase, dropTestDatabase } from '../support/database';
import { TEST_SECRET } from '../support/test-app';

/**
 * The demo is written through the services' repositories, so its data must be data the product
 * could have made: what the click writer, the share flow and the audit log would have left.
 */
describe('the demo data', () => {
  let database: { name: string; url: string };
  let app: Awaited<ReturnType<typeof createApp>>;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
    app = await createApp(
      loadConfig({
        DATABASE_URL: database.url,
        CHORUS_SESSION_SECRET: TEST_SECRET,
        LOG_LEVEL: 'silent',
        CHORUS_DEMO: 'true',
      }),
    );
    await app.getHttpAdapter().getInstance().ready();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await app?.close();
    await db?.end();
    if (database) await dropTestDatabase(database.name);
  });

  async function rows<T>(sql: string): Promise<T[]> {
    return (await db.query(sql)).rows as T[];
  }

  it('connects chat channels the admin sees filled: a Slack one failing, addresses encrypted', async () => {
    const channels = await rows<{
      name: string;
      kind: string;
      webhook_ciphertext: string;
      webhook_hint: string;
      failing: boolean;
    }>(
      `SELECT name, kind, webhook_ciphertext, webhook_hint, failing_since IS NOT NULL AS failing
         FROM chat_channels ORDER BY name`,
    );
    expect(channels.map(({ name, kind, failing }) => [name, kind, failing])).toEqual([
      ['#employee-advocacy', 'slack', true],
      ['Chorus Danmark – kultur', 'teams', false],
      ['Social media team', 'teams', false],
    ]);
    for (const channel of channels) {
      expect(channel.webhook_ciphertext).toMatch(/^v1\./);
      expect(channel.webhook_ciphertext).not.toContain('hooks.slack.com');
    }
    expect(channels[0].webhook_hint).toBe('https://hooks.slack.com/…/XXXX');
  });

  it('queues the digest of the demo employee in English and of their Danish colleague in Danish', async () => {
    const digests = await rows<{
      recipient: string;
      language: string;
      subject: string;
      text: string;
    }>(
      `SELECT delivery.recipient, delivery.language, delivery.subject, delivery.text
         FROM mail_deliveries delivery
        WHERE delivery.idempotency_key LIKE 'digest:%' ORDER BY delivery.recipient`,
    );
    expect(digests.map(({ recipient, language }) => [recipient, language])).toEqual([
      ['employee@chorus.example', 'en'],
      ['sofie.jensen@chorus.example', 'da'],
    ]);
    expect(digests[0].subject).toMatch(/posts? to share, picked for you$/);
    expect(digests[1].subject).toMatch(/opslag at dele, udvalgt til dig$/);
    expect(digests[1].text).toContain('Del på LinkedIn');
    const [recorded] = await rows<{ count: number }>(
      'SELECT count(*)::int AS count FROM digests WHERE cardinality(item_ids) > 0',
    );
    expect(recorded.count).toBe(2);
  });

  it('speaks its colleagues’ languages: topic names, term notes and suggested posts', async () => {
    const topics = await rows<{ name: string; names: Record<string, string> }>(
      `SELECT name, names FROM topics`,
    );
    for (const language of ['nl', 'da', 'sv', 'el']) {
      expect(topics.filter((topic) => topic.names[language]).length).toBeGreaterThan(3);
    }
    // Someone reads a main name for want of a translation.
    expect(topics.some((topic) => !topic.names.el)).toBe(true);
    const notes = await rows<{ notes: Record<string, string> }>(
      `SELECT notes FROM restricted_terms`,
    );
    for (const language of ['nl', 'da', 'sv', 'el']) {
      expect(notes.every((term) => term.notes[language])).toBe(true);
    }

    // The Danish, Swedish and Greek colleagues find suggested posts in their language; the
    // French and German ones find live items with none in theirs, and are told so.
    const live = await rows<{ language: string; items: number; without: number }>(
      `SELECT person.language,
              count(DISTINCT item.id)::int AS items,
              count(DISTINCT item.id) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM content_variants own
                 WHERE own.item_id = item.id AND own.language = person.language))::int AS without
         FROM users person
         JOIN content_items item ON item.status = 'approved'
          AND (cardinality(item.target_languages) = 0 OR person.language = ANY(item.target_languages))
        WHERE person.email IN ('sofie.jensen@chorus.example', 'lars.andersson@chorus.example',
                               'eleni.papadopoulou@chorus.example', 'marc.dubois@chorus.example',
                               'jonas.schmidt@chorus.example')
        GROUP BY person.language`,
    );
    const byLanguage = new Map(live.map((row) => [row.language, row]));
    for (const language of ['da', 'sv', 'el']) {
      const { items, without } = byLanguage.get(language) ?? { items: 0, without: 0 };
      expect(items - without).toBeGreaterThanOrEqual(3);
    }
    for (const language of ['fr', 'de']) {
      expect(byLanguage.get(language)?.without).toBeGreaterThan(0);
    }
  });

  it('has pages colleagues in the programme suggested, each in their language, beside the feeds’', async () => {
    const suggested = await rows<{ language: string; note: string; enrolled: boolean }>(
      `SELECT person.language, entry.note,
              EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = person.id) AS enrolled
         FROM source_entries entry JOIN users person ON person.id = entry.suggested_by_id
        WHERE entry.state = 'new' AND entry.source_id IS NULL`,
    );
    expect(new Set(suggested.map((row) => row.language)).size).toBeGreaterThanOrEqual(4);
    expect(suggested.every((row) => row.enrolled && row.note.length > 0)).toBe(true);
    // None of those waiting is already an item: the inbox would have refused it.
    const [{ duplicates }] = await rows<{ duplicates: number }>(
      `SELECT count(*)::int AS duplicates FROM source_entries entry
         JOIN content_items item ON item.url = entry.url OR item.canonical_url = entry.url
        WHERE entry.state = 'new'`,
    );
    expect(duplicates).toBe(0);
  });

  it('has suggestions the curators decided: made items, and declined with reasons in their suggesters’ languages', async () => {
    const decided = await rows<{
      state: string;
      language: string;
      reason: string | null;
      item: string | null;
      approved: boolean;
      suggested: Date;
      decided: Date;
    }>(
      `SELECT entry.state::text AS state, person.language, entry.decline_reason AS reason,
              item.url AS item, item.approved_at IS NOT NULL AS approved,
              entry.created_at AS suggested, entry.decided_at AS decided
         FROM source_entries entry JOIN users person ON person.id = entry.suggested_by_id
         LEFT JOIN content_items item ON item.id = entry.item_id
        WHERE entry.state <> 'new'`,
    );
    const promoted = decided.filter((row) => row.state === 'promoted');
    expect(promoted.map((row) => row.approved).sort()).toEqual([false, true]);
    expect(promoted.every((row) => row.item !== null && row.reason === null)).toBe(true);
    const declined = decided.filter((row) => row.state === 'dismissed');
    expect(declined.every((row) => (row.reason ?? '').length > 0 && row.item === null)).toBe(true);
    expect(new Set(declined.map((row) => row.language)).size).toBeGreaterThanOrEqual(3);
    expect(decided.every((row) => row.suggested < row.decided)).toBe(true);
  });

  it('has challenges in several languages: running, ended with its result, and one to come', async () => {
    const challenges = await rows<{
      title: string;
      state: string;
      result: number | null;
      ended: boolean;
    }>(
      `SELECT title,
              CASE WHEN ends_on < chorus_organisation_day(now()) THEN 'ended'
                   WHEN starts_on > chorus_organisation_day(now()) THEN 'upcoming'
                   ELSE 'active' END AS state,
              result, ended_at IS NOT NULL AS ended
         FROM challenges ORDER BY starts_on`,
    );
    expect(challenges.map(({ title, state }) => [title, state])).toEqual([
      ['Bæredygtighed: 12 delinger på en måned', 'ended'],
      ['100 verified shares for the winter launch', 'active'],
      ['Karriere: 200 Klicks auf unsere Stellenanzeigen', 'active'],
      ['Défi Customer Day : 50 partages', 'upcoming'],
    ]);
    // The ended one holds what it counted; the others have no result yet.
    expect(challenges[0]).toMatchObject({ ended: true, result: expect.any(Number) });
    expect(challenges[0].result).toBeGreaterThan(0);
    expect(challenges.slice(1).every((challenge) => challenge.result === null)).toBe(true);
  });

  it('shows on leaderboards only the advocates who chose it, across departments and languages', async () => {
    const shown = await rows<{ email: string; language: string; department: string }>(
      `SELECT u.email, u.language, g.name AS department
         FROM enrollments e JOIN users u ON u.id = e.user_id JOIN org_groups g ON g.id = u.department_id
        WHERE e.leaderboard_since IS NOT NULL AND e.leaderboard_since >= e.enrolled_at
        ORDER BY u.email`,
    );

    expect(shown.map((person) => person.email)).not.toContain('employee@chorus.example');
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(new Set(shown.map((person) => person.department)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(shown.map((person) => person.language)).size).toBeGreaterThanOrEqual(4);
  });

  it('ranks Sales, Marketing and any other department with enough enrolled active members', async () => {
    const teams = await rows<{ department: string; members: number; withoutPoints: number }>(
      `SELECT g.name AS department, count(*)::int AS members,
              count(*) FILTER (WHERE passed.user_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM point_months p WHERE p.user_id = u.id AND p.points > 0))::int
                AS "withoutPoints"
         FROM enrollments e JOIN users u ON u.id = e.user_id
         JOIN org_groups g ON g.id = u.department_id
         LEFT JOIN (SELECT DISTINCT user_id FROM quiz_attempts WHERE stage = 1 AND passed) passed
           ON passed.user_id = u.id
        WHERE u.status = 'active'
        GROUP BY g.name HAVING count(*) >= ${MIN_DEPARTMENT_MEMBERS}`,
    );
    expect(teams.map((team) => team.department)).toEqual(
      expect.arrayContaining(['Marketing', 'Sales']),
    );
    // Everyone in them who may share has shared and earned points.
    expect(teams.every((team) => team.withoutPoints === 0)).toBe(true);

    const employee = request.agent(app.getHttpServer());
    await employee
      .post('/api/auth/login')
      .send({ email: 'employee@chorus.example', password: DEMO_PASSWORD })
      .expect(200);
    const board = await employee.get('/api/leaderboards?period=quarter').expect(200);
    const ranked: { name: string; members: number }[] = board.body.departments;
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    const byName = (a: { department: string }, b: { department: string }) =>
      a.department.localeCompare(b.department);
    expect(ranked.map(({ name, members }) => ({ department: name, members })).sort(byName)).toEqual(
      teams.map(({ department, members }) => ({ department, members })).sort(byName),
    );
    // The demo employee sees her own rank without being shown.
    expect(board.body.me).toMatchObject({ shown: false, rank: expect.any(Number) });
  });

  it('counts points from its facts, the own-words point only since the admin turned it on', async () => {
    const versions = await rows<{ ownWords: boolean }>(
      `SELECT (rules #>> '{ownWords,enabled}')::boolean AS "ownWords" FROM point_rule_versions
        ORDER BY effective_from`,
    );
    expect(versions).toEqual([{ ownWords: false }, { ownWords: true }]);
    const [{ changed }] = await rows<{ changed: Date }>(
      `SELECT max(effective_from) AS changed FROM point_rule_versions`,
    );
    const [before] = await rows<{ ownWords: number; shares: number }>(
      `SELECT count(*) FILTER (WHERE rule = 'ownWords' AND at < '${changed.toISOString()}')::int AS "ownWords",
              count(*) FILTER (WHERE rule = 'share')::int AS shares FROM point_awards`,
    );
    expect(before.ownWords).toBe(0);
    expect(before.shares).toBeGreaterThan(20);

    // Counted again from the facts, through a plain client as the benches do: the same rows.
    const stored = await rows(`SELECT user_id, month, points FROM point_months ORDER BY 1, 2`);
    const everyone = (
      await rows<{ id: string }>(`SELECT DISTINCT user_id AS id FROM point_awards`)
    ).map((row) => row.id);
    await recountPoints(db, everyone, 3);
    expect(await rows(`SELECT user_id, month, points FROM point_months ORDER BY 1, 2`)).toEqual(
      stored,
    );
  });

  it('counts its clicks in the rollups exactly as a recount from the events does', async () => {
    const [{ events }] = await rows<{ events: number }>(
      `SELECT count(*)::int AS events FROM click_events`,
    );
    expect(events).toBeGreaterThan(500);
    const differences = await rows(
      `(SELECT 'rollup' AS side, * FROM share_click_days EXCEPT SELECT 'rollup', * FROM click_rollup_recount)
       UNION ALL
       (SELECT 'recount', * FROM click_rollup_recount EXCEPT SELECT 'recount', * FROM share_click_days)`,
    );
    expect(differences).toEqual([]);
    const [totals] = await rows<{ days: number; months: number; items: number }>(
      `SELECT (SELECT sum(clicks)::int FROM share_click_days) AS days,
              (SELECT sum(clicks)::int FROM share_click_months) AS months,
              (SELECT sum(clicks)::int FROM item_click_months) AS items`,
    );
    expect(totals.months).toBe(totals.days);
    expect(totals.items).toBe(totals.days);
    // Sharers opened their own links too: counted apart, never as clicks.
    const [own] = await rows<{ events: number; counted: number }>(
      `SELECT (SELECT count(*)::int FROM click_events WHERE kind = 'self') AS events,
              (SELECT sum(self_clicks)::int FROM share_click_months) AS counted`,
    );
    expect(own.events).toBeGreaterThan(0);
    expect(own.counted).toBe(own.events);
  });

  it('verifies each share at its first click or preview by its own network', async () => {
    // Threads' previews come from Meta's shared crawler, recorded as Facebook's.
    const shares = await rows<{ verified: Date | null; first: Date | null }>(
      `SELECT share.verified_at AS verified,
              (SELECT min(event.occurred_at) FROM click_events event
                WHERE event.share_id = share.id
                  AND (event.kind = 'click'
                       OR (event.kind = 'preview'
                           AND event.crawler = CASE share.network WHEN 'threads' THEN 'facebook'
                                                                  ELSE share.network::text END))) AS first
         FROM shares share`,
    );
    expect(shares.length).toBeGreaterThan(20);
    expect(shares.filter((share) => share.verified !== null).length).toBeGreaterThan(0);
    for (const share of shares) expect(share.verified).toEqual(share.first);
  });

  it('has shares on Threads and Mastodon, the Mastodon ones by people with a handle there', async () => {
    const networks = await rows<{ network: string; shares: number; withoutHandle: number }>(
      `SELECT share.network::text AS network, count(*)::int AS shares,
              count(*) FILTER (WHERE profile.handle IS NULL)::int AS "withoutHandle"
         FROM shares share
         LEFT JOIN social_profiles profile
           ON profile.user_id = share.user_id AND profile.network::text = share.network::text
        WHERE share.network IN ('threads', 'mastodon')
        GROUP BY share.network ORDER BY share.network::text`,
    );
    expect(networks).toEqual([
      { network: 'mastodon', shares: expect.any(Number), withoutHandle: 0 },
      { network: 'threads', shares: expect.any(Number), withoutHandle: expect.any(Number) },
    ]);
    expect(networks.every((row) => row.shares > 0)).toBe(true);
    // The demo employee has none, so the portal asks for one the first time she shares there.
    const [employee] = await rows<{ handles: number }>(
      `SELECT count(*)::int AS handles FROM social_profiles profile JOIN users u ON u.id = profile.user_id
        WHERE u.email = 'employee@chorus.example' AND profile.network = 'mastodon'`,
    );
    expect(employee.handles).toBe(0);
  });

  it('shares suggested posts as the share flow records them, after the item was published', async () => {
    const shares = await rows<{ text: string; suggested: string | null; title: string }>(
      `SELECT share.text, variant.text AS suggested, item.title
         FROM shares share
         JOIN content_items item ON item.id = share.item_id
         LEFT JOIN content_variants variant ON variant.id = share.variant_id
        WHERE share.created_at < item.publish_at OR item.status NOT IN ('approved', 'archived')
           OR variant.item_id <> share.item_id
           OR share.text <> coalesce(variant.text, item.title)`,
    );
    expect(shares).toEqual([]);
    const [{ fromSuggestions }] = await rows<{ fromSuggestions: number }>(
      `SELECT count(*)::int AS "fromSuggestions" FROM shares WHERE variant_id IS NOT NULL`,
    );
    expect(fromSuggestions).toBeGreaterThan(0);
  });

  it('gives the demo employee activity over weeks and several networks, clicks included', async () => {
    const networks = await rows<{
      network: string;
      shares: number;
      recent: number;
      clicks: number;
    }>(
      `SELECT share.network::text AS network, count(*)::int AS shares,
              count(*) FILTER (WHERE share.day > current_date - 28)::int AS recent,
              coalesce(sum((SELECT sum(clicks) FROM share_click_days rollup
                             WHERE rollup.share_id = share.id)), 0)::int AS clicks
         FROM shares share JOIN users u ON u.id = share.user_id
        WHERE u.email = 'employee@chorus.example'
        GROUP BY share.network ORDER BY share.network::text`,
    );
    expect(networks.map((row) => row.network)).toEqual(['bluesky', 'linkedin', 'x']);
    for (const row of networks) expect(row.clicks).toBeGreaterThan(0);
    expect(networks.filter((row) => row.recent > 0).length).toBeGreaterThanOrEqual(2);
    const [{ weeks }] = await rows<{ weeks: number }>(
      `SELECT count(DISTINCT date_trunc('week', share.day))::int AS weeks
         FROM shares share JOIN users u ON u.id = share.user_id
        WHERE u.email = 'employee@chorus.example'`,
    );
    expect(weeks).toBeGreaterThanOrEqual(5);
  });

  it('starts most shares from the feed, some from the digest, a few from notifications and chat', async () => {
    const counted = await rows<{ source: string; shares: number }>(
      `SELECT source::text, count(*)::int AS shares FROM shares GROUP BY source`,
    );
    const of = (source: string) => counted.find((row) => row.source === source)?.shares ?? 0;
    const all = counted.reduce((sum, row) => sum + row.shares, 0);
    expect(of('feed')).toBeGreaterThan(all / 2);
    expect(of('digest')).toBeGreaterThan(of('notification'));
    for (const source of ['digest', 'notification', 'slack', 'teams']) {
      expect(of(source)).toBeGreaterThan(0);
    }
  });

  it('dates its history in the past, each person invited before anything else happened to them', async () => {
    const [{ future }] = await rows<{ future: number }>(
      `SELECT count(*)::int AS future FROM audit_entries WHERE at > now()`,
    );
    expect(future).toBe(0);
    const early = await rows<{ target_label: string }>(
      `SELECT entry.target_label FROM audit_entries entry
         JOIN audit_entries invited ON invited.target_id = entry.target_id
                                   AND invited.action = 'person.invited'
        WHERE entry.target_type = 'person' AND entry.at < invited.at`,
    );
    expect(early).toEqual([]);
    const [{ weeks }] = await rows<{ weeks: number }>(
      `SELECT floor(extract(epoch FROM now() - min(at)) / 604800)::int AS weeks FROM audit_entries`,
    );
    expect(weeks).toBeGreaterThanOrEqual(7);
  });

  it('ships all three stages in English, Dutch, Danish, Swedish and Greek, taken in those languages', async () => {
    // Every lesson and question of every stage has a translation into each language.
    const missing = await rows<{ language: string; texts: number }>(
      `SELECT language.code AS language,
              (SELECT count(*) FROM training_lessons lesson
                WHERE NOT EXISTS (SELECT 1 FROM training_lesson_translations t
                                   WHERE t.lesson_id = lesson.id AND t.language = language.code))::int
            + (SELECT count(*) FROM quiz_questions question
                WHERE NOT EXISTS (SELECT 1 FROM quiz_question_translations t
                                   WHERE t.question_id = question.id AND t.language = language.code
                                     AND jsonb_array_length(t.options) = jsonb_array_length(question.options)))::int
            + (SELECT count(*) FROM training_stages stage
                WHERE NOT EXISTS (SELECT 1 FROM training_stage_translations t
                                   WHERE t.stage = stage.stage AND t.language = language.code))::int
              AS texts
         FROM (VALUES ('nl'), ('da'), ('sv'), ('el')) AS language(code)`,
    );
    expect(missing).toEqual([
      { language: 'nl', texts: 0 },
      { language: 'da', texts: 0 },
      { language: 'sv', texts: 0 },
      { language: 'el', texts: 0 },
    ]);
    const taken = await rows<{ email: string; language: string }>(
      `SELECT DISTINCT person.email, attempt.language FROM quiz_attempts attempt
         JOIN users person ON person.id = attempt.user_id
        WHERE person.email IN ('sofie.jensen@chorus.example', 'eleni.papadopoulou@chorus.example',
                               'marc.dubois@chorus.example')
        ORDER BY person.email`,
    );
    expect(taken).toEqual([
      { email: 'eleni.papadopoulou@chorus.example', language: 'el' },
      { email: 'marc.dubois@chorus.example', language: 'en' },
      { email: 'sofie.jensen@chorus.example', language: 'da' },
    ]);
  });

  it('tells each demo role things, read and unread, dated after they joined; Sofie reads hers in Danish', async () => {
    const told = await rows<{
      email: string;
      roles: Role[];
      status: string;
      enrolled: boolean;
      kind: NotificationKind;
      params: Record<string, string | number>;
      link: string;
      joined: Date;
      at: Date;
      readAt: Date | null;
    }>(
      `SELECT person.email, person.roles::text[] AS roles, person.status::text AS status,
              EXISTS (SELECT 1 FROM enrollments WHERE user_id = person.id) AS enrolled,
              told.kind, told.params, told.link, person.created_at AS joined,
              told.created_at AS at, told.read_at AS "readAt"
         FROM notifications told JOIN users person ON person.id = told.user_id`,
    );
    const now = Date.now();
    const roles = ['employee', 'sofie.jensen', 'curator', 'analyst', 'admin'];
    const states = roles.map((handle) => {
      const theirs = told.filter((row) => row.email === `${handle}@chorus.example`);
      return {
        handle,
        severalKinds: new Set(theirs.map((row) => row.kind)).size >= 2,
        unread: theirs.some((row) => row.readAt === null),
        read: theirs.some((row) => row.readAt !== null),
      };
    });
    expect(states).toEqual(
      roles.map((handle) => ({ handle, severalKinds: true, unread: true, read: true })),
    );
    for (const row of told) {
      // Someone notify() would tell: active, in the kind's audience, enrolled for a nudge.
      expect([row.email, row.status, isInAudience(row.kind, row.roles)]).toEqual([
        row.email,
        'active',
        true,
      ]);
      if (NOTIFICATION_KIND_RULES[row.kind].nudge)
        expect([row.email, row.enrolled]).toEqual([row.email, true]);
      expect(row.at.getTime()).toBeGreaterThan(row.joined.getTime());
      expect(row.at.getTime()).toBeLessThanOrEqual(now);
      if (row.readAt) expect(row.readAt.getTime()).toBeGreaterThanOrEqual(row.at.getTime());
      expect(row.link).toMatch(/^\/[a-z]*(\/[0-9a-f-]{36})?(\?[a-z]+=[a-z_]+)?$/);
    }

    const sofies = told.filter((row) => row.email === 'sofie.jensen@chorus.example');
    for (const { kind, params } of sofies) {
      const words = (language: string) =>
        renderMessage(
          language,
          notificationMessageKey(kind),
          notificationMessageParams(kind, params),
        );
      expect(words('da')).not.toMatch(/{{|}}|notifications:|undefined/);
      expect(words('da')).not.toBe(words('en'));
    }
    expect(sofies.map(({ kind, params }) => [kind, params])).toContainEqual([
      'report.status',
      { status: 'resolved' },
    ]);
  });
});
