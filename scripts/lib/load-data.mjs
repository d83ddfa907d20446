// The large, realistic data set of `npm run seed:load` and `npm run bench:analytics`: people in
// departments and locations, the advocacy programme (enrollment, policy, training), curated
// content in campaigns, shares over the months and their click events, in the schema the built
// API's migrations create. Big tables go in with COPY FROM STDIN, streamed: memory grows with
// the number of people, items and shares, never with the number of click events. Everything
// is drawn from one seeded PRNG, so the same options give the same data (relative to now).
//
// Loading, the rebuild of the click rollups included, is one transaction: nothing is written
// when it fails. Then VACUUM ANALYZE, so that the database reads like one that has aged. People
// of the data set have e-mail addresses @load.test and no password; a database that holds them
// already is refused.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import argon2 from 'argon2';
import { from as copyFrom } from 'pg-copy-streams';
import { argument, prng, randomCodes } from './bench-support.mjs';

export const LOAD_DOMAIN = 'load.test';
export const LOAD_DEFAULTS = {
  users: 10_000,
  items: 5_000,
  shares: 200_000,
  clicks: 10_000_000,
  months: 13,
  seed: 1,
};
/** The time zone set when the database has none, so that days differ from UTC days. */
export const LOAD_TIME_ZONE = 'Europe/Amsterdam';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Every time zone's offset is a multiple of 15 minutes: such a bucket lies within one day. */
const QUARTER_HOUR = 15 * MINUTE;

const DEPARTMENTS = [
  ['Engineering', 0.3],
  ['Sales', 0.22],
  ['Support', 0.18],
  ['Marketing', 0.14],
  ['Finance', 0.09],
  ['People & Culture', 0.07],
];
const LOCATIONS = [
  ['Amsterdam', 0.35, 'nl'],
  ['Berlin', 0.2, 'de'],
  ['Paris', 0.15, 'fr'],
  ['Copenhagen', 0.1, 'da'],
  ['Stockholm', 0.1, 'sv'],
  ['Athens', 0.1, 'el'],
];
const TOPICS = [
  'Cloud',
  'Security',
  'Sustainability',
  'Hiring',
  'Culture',
  'Product',
  'Events',
  'Research',
  'Partners',
  'Customers',
  'Leadership',
  'Data',
];
const CAMPAIGNS = [
  'Spring launch',
  'Customer stories',
  'Graduate programme',
  'Security month',
  'Summer events',
  'Sustainability report',
  'Partner summit',
  'Product update',
  'Hiring week',
  'Trade fair',
  'Anniversary',
  'Year in review',
];
// prettier-ignore
const FIRST_NAMES = [
  'Anna', 'Lars', 'Sofie', 'Jan', 'Eleni', 'Marc', 'Priya', 'Jonas', 'Lotte', 'Pieter', 'Camille',
  'Henrik', 'Maria', 'Nikos', 'Emma', 'Lukas', 'Ingrid', 'Thomas', 'Chloe', 'Mads', 'Julia',
  'Dimitris', 'Sara', 'Felix',
];
// prettier-ignore
const LAST_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Jensen', 'Nielsen', 'Andersson', 'Johansson', 'Papadopoulou',
  'Georgiou', 'Schmidt', 'Weber', 'Dubois', 'Martin', 'Bernard', 'Visser', 'Hansen', 'Lindberg',
  'Nair', 'Fischer', 'Laurent', 'Smit', 'Berg', 'Costa', 'Meyer',
];
/** Content kinds: how common, the site they come from, and title patterns. */
const KINDS = [
  ['company_news', 0.4, 'Chorus newsroom'],
  ['industry', 0.3, 'Industry Weekly'],
  ['event', 0.15, 'Chorus events'],
  ['job', 0.15, 'Chorus careers'],
];
const TITLES = {
  company_news: [
    '{topic} at Chorus: what changed this quarter',
    'Our {city} team on {topic}',
    'Chorus opens a new office in {city}',
  ],
  industry: [
    'Why {topic} matters more than ever',
    'Five trends in {topic} to watch',
    'What {city} teaches us about {topic}',
  ],
  event: [
    'Join us in {city}: a day about {topic}',
    'Webinar: {topic} in practice',
    'Meet us at the {topic} summit in {city}',
  ],
  job: [
    'We are hiring in {city}: {topic} lead',
    'Join our {topic} team in {city}',
    'Internships in {topic}, {city}',
  ],
};
/** Share of people using each network (Xing three times as many in Berlin), and its pull. */
const NETWORKS = [
  ['linkedin', 0.92, 1],
  ['x', 0.3, 0.6],
  ['facebook', 0.25, 0.7],
  ['whatsapp', 0.2, 0.8],
  ['email', 0.15, 0.5],
  ['xing', 0.12, 0.4],
  ['bluesky', 0.1, 0.4],
  ['telegram', 0.03, 0.5],
  ['reddit', 0.03, 0.6],
];
/** Median audience people declare, for the networks where they have one. */
const AUDIENCE = { linkedin: 600, x: 300, facebook: 250, xing: 150, bluesky: 120, reddit: 80 };
const ROLES = { plain: '{employee}', curator: '{employee,curator}', analyst: '{employee,analyst}' };

/** The load options from the command line (--users N, --items N, ... --seed N), checked. */
export function loadOptionsFromArgs() {
  const options = Object.fromEntries(
    Object.entries(LOAD_DEFAULTS).map(([name, fallback]) => [
      name,
      argument(`--${name}`, fallback),
    ]),
  );
  for (const [name, value] of Object.entries(options)) {
    const least = ['shares', 'clicks', 'seed'].includes(name) ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      throw new Error(`--${name} must be a whole number of at least ${least}`);
    }
  }
  return options;
}

/**
 * Loads the data set into a migrated database through `client` (a connected pg.Client).
 * `options`: LOAD_DEFAULTS' keys, and `admin: { email, password }` for an administrator to
 * create. Resolves with the counts, the time zone and the first and last day covered.
 */
export async function loadData(client, options, log = console.log) {
  const started = performance.now();
  const q = (sql, params) => client.query(sql, params);
  await assertLoadable(q, options.admin);
  const random = prng(options.seed);
  const now = Date.now();
  const start = monthsBefore(now, options.months);
  const timeZone = await organisationTimeZone(q);
  const dayOf = calendar(timeZone);
  const months = monthsBetween(dayOf(start).date, dayOf(now).date);
  for (const month of months) await q('SELECT chorus_click_partition($1::date)', [month]);
  log(`Time zone ${timeZone}; click partitions for ${months[0]} to ${months.at(-1)}`);
  await warnOfRetention(q, options.months, log);

  const counts = {};
  await q('BEGIN');
  try {
    const names = await namedRows(q, start, now, random);
    const people = makePeople(random, options.users, names, start, now);
    markSharers(random, people);
    const items = makeItems(random, options.items, names, people, start, now);
    const shares = planShares(random, people, items, options, now);
    await q(
      `INSERT INTO settings (key, value) VALUES ('timeZone', $1) ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(timeZone)],
    );
    if (options.admin) await createAdmin(q, options.admin);
    counts.users = await timed(log, 'users', () => copyPeople(client, people));
    counts.programme = await timed(log, 'enrollments, acknowledgments, quiz attempts', () =>
      copyProgramme(client, q, people, start, now),
    );
    counts.items = await timed(log, 'content items', () => copyItems(client, items));
    counts.clicks = await timed(log, 'click events', () =>
      copy(
        client,
        'click_events (day, share_id, occurred_at, kind, crawler, visitor)',
        clickEvents(random, shares, dayOf, now, progress(log, options.clicks)),
      ),
    );
    counts.shares = await timed(log, 'shares', () => copyShares(client, shares, dayOf));
    counts.shareClickDays = await timed(log, 'click rollups (rebuilt)', async () => {
      await q('SELECT chorus_rebuild_click_rollups()');
      const { rows } = await q('SELECT count(*)::int AS n FROM share_click_days');
      return rows[0].n;
    });
    await q('COMMIT');
  } catch (error) {
    await q('ROLLBACK').catch(() => {});
    throw error;
  }
  await timed(log, 'vacuum and analyse', () => q('VACUUM (ANALYZE)'));
  const seconds = (performance.now() - started) / 1000;
  log(
    `Loaded ${n(counts.users)} users, ${n(counts.items)} items, ${n(counts.shares)} shares, ` +
      `${n(counts.clicks)} click events and ${n(counts.shareClickDays)} share_click_days rows ` +
      `in ${seconds.toFixed(0)} s`,
  );
  return { counts, seconds, timeZone, firstDay: dayOf(start).date, lastDay: dayOf(now).date };
}

/** Refuses a database that holds the data set already, or that nobody could sign in to after. */
async function assertLoadable(q, admin) {
  const { rows } = await q(
    `SELECT (SELECT count(*) FROM users WHERE email LIKE $1)::int AS loaded,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM users WHERE email = $2)::int AS admin`,
    [`%@${LOAD_DOMAIN}`, admin?.email ?? ''],
  );
  const [{ loaded, users, admin: adminTaken }] = rows;
  if (loaded > 0) {
    throw new Error(
      `The database already holds the load data set (${n(loaded)} people @${LOAD_DOMAIN}): ` +
        'nothing was written. Load into an empty database, or drop this one first.',
    );
  }
  if (adminTaken > 0) throw new Error(`${admin.email} exists already: nothing was written.`);
  if (users === 0 && !admin) {
    throw new Error(
      'The database has no users: Chorus creates its first administrator only on an empty ' +
        'database, so after loading nobody could sign in. Add --admin email:password.',
    );
  }
}

/** The stored organisation time zone, or LOAD_TIME_ZONE when none is stored yet. */
async function organisationTimeZone(q) {
  const { rows } = await q(`SELECT value FROM settings WHERE key = 'timeZone'`);
  if (rows.length === 0) return LOAD_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: rows[0].value });
    return rows[0].value;
  } catch {
    return 'UTC'; // what Chorus uses when the stored value is not a time zone
  }
}

/** Housekeeping drops raw events older than the retention period: says so when it will. */
async function warnOfRetention(q, months, log) {
  const { rows } = await q(`SELECT value FROM settings WHERE key = 'clickRetentionMonths'`);
  const retention = Number.isInteger(rows[0]?.value) ? rows[0].value : 13;
  if (months > retention) {
    log(
      `Note: clickRetentionMonths is ${retention}: the API's hourly housekeeping will drop the ` +
        'click events of older months (their daily rollups stay).',
    );
  }
}

async function createAdmin(q, { email, password }) {
  const passwordHash = await argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  await q(
    `INSERT INTO users (email, name, roles, password_hash) VALUES ($1, $2, '{admin,employee}', $3)`,
    [email, email.split('@')[0], passwordHash],
  );
}

/**
 * Departments, locations, topics and campaigns (kept when they exist by name or slug), as
 * { departments, locations, topics, campaigns }: arrays of { id, ...what the data set needs }.
 */
async function namedRows(q, start, now, random) {
  await q(
    `INSERT INTO org_groups (kind, name, name_key)
     SELECT kind::group_kind, name, lower(name)
       FROM unnest($1::text[], $2::text[]) AS g (kind, name)
     ON CONFLICT (kind, name_key) DO NOTHING`,
    [
      [...DEPARTMENTS.map(() => 'department'), ...LOCATIONS.map(() => 'location')],
      [...DEPARTMENTS.map(([name]) => name), ...LOCATIONS.map(([name]) => name)],
    ],
  );
  const { rows: groups } = await q('SELECT id, kind, name_key FROM org_groups');
  const group = (kind, name) =>
    groups.find((g) => g.kind === kind && g.name_key === name.toLowerCase()).id;
  await q(
    `INSERT INTO topics (name, name_key) SELECT name, lower(name) FROM unnest($1::text[]) AS name
     ON CONFLICT (name_key) DO NOTHING`,
    [TOPICS],
  );
  const { rows: topicRows } = await q('SELECT id, name_key FROM topics');
  const topics = TOPICS.map((name) => ({
    id: topicRows.find((t) => t.name_key === name.toLowerCase()).id,
    name,
  }));
  // A campaign every month or so, running three to eight weeks.
  const campaigns = CAMPAIGNS.map((name, i) => {
    const startsAt = start + ((now - start) * (i + random() * 0.5)) / CAMPAIGNS.length;
    const endsAt = Math.min(now, startsAt + (21 + random() * 35) * DAY);
    return { name, slug: name.toLowerCase().replaceAll(' ', '-'), startsAt, endsAt };
  });
  await q(
    `INSERT INTO campaigns (name, slug, description, starts_at, ends_at)
     SELECT name, slug, 'A push of the ' || lower(name) || ' content.', starts_at, ends_at
       FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])
            AS c (name, slug, starts_at, ends_at)
     ON CONFLICT (slug) DO NOTHING`,
    [
      campaigns.map((c) => c.name),
      campaigns.map((c) => c.slug),
      campaigns.map((c) => iso(c.startsAt)),
      campaigns.map((c) => iso(c.endsAt)),
    ],
  );
  const { rows: slugs } = await q('SELECT id, slug FROM campaigns WHERE slug = ANY($1::text[])', [
    campaigns.map((c) => c.slug),
  ]);
  for (const campaign of campaigns) campaign.id = slugs.find((c) => c.slug === campaign.slug).id;
  return {
    departments: DEPARTMENTS.map(([name, weight]) => ({ id: group('department', name), weight })),
    locations: LOCATIONS.map(([name, weight, language]) => ({
      id: group('location', name),
      name,
      weight,
      language,
    })),
    topics,
    campaigns,
  };
}

/**
 * People, as they joined over the months: ~3% deactivated, ~1% invited; of those active ~65%
 * enrolled in the programme and ~6% who left it again. Each with what the programme and
 * sharing need.
 */
function makePeople(random, count, names, start, now) {
  const department = cumulative(names.departments.map((d) => d.weight));
  const location = cumulative(names.locations.map((l) => l.weight));
  const launch = start - 30 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const place = names.locations[pickIndex(random, location)];
    // Most were there at the launch of the programme; the others joined the company since.
    const createdAt =
      random() < 0.8 ? launch - random() * 60 * DAY : start + random() * (now - start);
    const r = random();
    const status = r < 0.03 ? 'deactivated' : r < 0.04 ? 'invited' : 'active';
    const person = {
      id: uuid(random),
      name: `${first} ${last}`,
      email: `${first}.${last.replace(' ', '')}.${i + 1}@${LOAD_DOMAIN}`.toLowerCase(),
      roles: i % 100 === 7 ? ROLES.curator : i % 250 === 11 ? ROLES.analyst : ROLES.plain,
      status,
      language:
        random() < 0.6 ? place.language : random() < 0.9 ? 'en' : pick(random, LOCATIONS)[2],
      departmentId: names.departments[pickIndex(random, department)].id,
      location: place,
      createdAt,
      updatedAt: createdAt,
      lastSignInAt: status === 'active' && random() < 0.7 ? now - random() * 30 * DAY : null,
    };
    joinProgramme(random, person, Math.max(launch, createdAt), now);
    return person;
  });
}

/**
 * A person's way through the programme: enrolled now, or in the past until they left or were
 * deactivated; acknowledged the policy (~92%); passed training stages (stage 1 ~85% of them,
 * some at the second try; stage 2 a third of those, stage 3 fewer). Sets `enrolledAt`,
 * `current`, `until` (the end of their time in it), `acknowledgedAt`, `attempts` ([stage,
 * score, at]) and `passedAt` (of stage 1).
 */
function joinProgramme(random, person, from, now) {
  const r = random();
  const current = person.status === 'active' && r < 0.65;
  const leftAgain = person.status === 'active' && r >= 0.65 && r < 0.71;
  const deactivated = person.status === 'deactivated' && r < 0.5;
  if (!current && !leftAgain && !deactivated) return;
  // Early adopters first: joining thins out over the months.
  person.enrolledAt = from + (now - from) * random() ** 1.8;
  person.current = current;
  person.until = current
    ? now
    : person.enrolledAt + (now - person.enrolledAt) * (0.2 + 0.75 * random());
  if (deactivated) person.updatedAt = person.until;
  if (random() > 0.92) return;
  const acknowledgedAt = person.enrolledAt + random() * 3 * DAY;
  if (acknowledgedAt >= person.until) return;
  person.acknowledgedAt = acknowledgedAt;
  person.attempts = [];
  const failedAt = acknowledgedAt + random() * 5 * DAY;
  if (random() > 0.85) {
    if (random() < 0.4 && failedAt < person.until) person.attempts.push([1, 60, failedAt]);
    return;
  }
  if (random() < 0.12) person.attempts.push([1, 60, failedAt]);
  let at = failedAt + random() * 5 * DAY;
  for (const [stage, chance] of [
    [1, 1],
    [2, 0.35],
    [3, 0.3],
  ]) {
    if (at >= person.until || random() > chance) break;
    person.attempts.push([stage, 80 + Math.floor(random() * 21), at]);
    if (stage === 1) person.passedAt = at;
    at += random() * 60 * DAY;
  }
}

/**
 * Who shares, and how keenly: most of those who passed stage 1 (a few keen advocates share a
 * lot), on one to a few networks each, with the audience they declared there.
 */
function markSharers(random, people) {
  for (const person of people) {
    if (!person.passedAt || random() > 0.8) continue;
    person.keenness = Math.exp(1.3 * normal(random));
    const xing = person.location.name === 'Berlin' ? 3 : 1;
    person.networks = NETWORKS.filter(
      ([name, share]) => random() < share * (name === 'xing' ? xing : 1),
    ).map(([name]) => name);
    if (person.networks.length === 0) person.networks.push('linkedin');
    person.audience = Object.fromEntries(
      person.networks.map((network) => [
        network,
        AUDIENCE[network] && random() < 0.7
          ? Math.round(AUDIENCE[network] * Math.exp(0.9 * normal(random)))
          : null,
      ]),
    );
  }
}

function copyPeople(client, people) {
  return copy(
    client,
    'users (id, email, name, roles, status, language, department_id, location_id, ' +
      'last_sign_in_at, created_at, updated_at)',
    people.map((p) =>
      row(
        p.id,
        p.email,
        p.name,
        p.roles,
        p.status,
        p.language,
        p.departmentId,
        p.location.id,
        p.lastSignInAt && iso(p.lastSignInAt),
        iso(p.createdAt),
        iso(p.updatedAt),
      ),
    ),
  );
}

/** Enrollments, policy version 1 (unless there is one) and its acknowledgments, quiz attempts. */
async function copyProgramme(client, q, people, start, now) {
  await q(
    `INSERT INTO policy_versions (version, title, body, requires_acknowledgment, published_at)
     VALUES (1, 'Social media policy', $1, true, $2)
     ON CONFLICT (version) DO NOTHING`,
    [
      '# Social media policy\n\nShare what is public, be yourself, and ask when in doubt.',
      iso(start - 45 * DAY),
    ],
  );
  const { rows } = await q('SELECT id FROM policy_versions WHERE version = 1');
  const enrolled = await copy(
    client,
    'enrollments (user_id, enrolled_at)',
    people.filter((p) => p.current).map((p) => row(p.id, iso(p.enrolledAt))),
  );
  const acknowledged = await copy(
    client,
    'policy_acknowledgments (user_id, policy_version_id, typed_name, acknowledged_at)',
    people
      .filter((p) => p.acknowledgedAt)
      .map((p) => row(p.id, rows[0].id, p.name, iso(p.acknowledgedAt))),
  );
  const attempts = await copy(
    client,
    'quiz_attempts (user_id, stage, score, passed, answers, created_at)',
    people.flatMap((p) =>
      (p.attempts ?? [])
        .filter(([, , at]) => at < now)
        .map(([stage, score, at]) => row(p.id, stage, score, score >= 80, '{}', iso(at))),
    ),
  );
  return enrolled + acknowledged + attempts;
}

/**
 * Approved content published over the months, on working days mostly (kinds weighted; ~30% of
 * items older than four months archived), in the campaign running then for most, with one to
 * three topics each; sorted by publication.
 */
function makeItems(random, count, names, people, start, now) {
  const kind = cumulative(KINDS.map(([, weight]) => weight));
  const curators = people.filter((p) => p.roles === ROLES.curator).map((p) => p.id);
  const items = Array.from({ length: count }, (_, i) => {
    const [name, , siteName] = KINDS[pickIndex(random, kind)];
    const publishedAt = workingHours(random, start + random() * (now - start), start, now - HOUR);
    const topics = [pick(random, names.topics)];
    for (let extra = Math.floor(random() * 3); extra > 0; extra -= 1) {
      const topic = pick(random, names.topics);
      if (!topics.includes(topic)) topics.push(topic);
    }
    const title = pick(random, TITLES[name])
      .replace('{topic}', topics[0].name)
      .replace('{city}', pick(random, names.locations).name);
    const campaign = names.campaigns.find(
      (c) => publishedAt >= c.startsAt && publishedAt < c.endsAt,
    );
    const archived = publishedAt < now - 120 * DAY && random() < 0.3;
    const scheduled = random() < 0.85;
    const author = Math.floor(random() * curators.length);
    const approver = (author + 1 + Math.floor(random() * (curators.length - 1))) % curators.length;
    return {
      id: uuid(random),
      url: `https://${name.replace('_', '-')}.${LOAD_DOMAIN}/${i + 1}-${slug(title)}`,
      kind: name,
      status: archived ? 'archived' : 'approved',
      title,
      siteName,
      language: random() < 0.7 ? 'en' : pick(random, names.locations).language,
      campaignId: campaign && random() < 0.6 ? campaign.id : null,
      publishedAt,
      publishAt: scheduled ? publishedAt : null,
      approvedAt: scheduled ? publishedAt - random() * DAY : publishedAt,
      createdAt: publishedAt - (1 + random() * 2) * DAY,
      updatedAt: archived ? publishedAt + (60 + random() * 60) * DAY : publishedAt,
      authorId: curators[author] ?? null,
      approverId: curators.length > 1 ? curators[approver] : null,
      topics,
      pull: Math.exp(normal(random)),
    };
  });
  return items.sort((a, b) => a.publishedAt - b.publishedAt);
}

async function copyItems(client, items) {
  const loaded = await copy(
    client,
    'content_items (id, url, kind, status, title, summary, site_name, language, campaign_id, ' +
      'publish_at, author_id, approver_id, approved_at, unfurl_state, created_at, updated_at)',
    items.map((item) =>
      row(
        item.id,
        item.url,
        item.kind,
        item.status,
        item.title,
        `${item.title}: the story in short, as unfurled from the page.`,
        item.siteName,
        item.language,
        item.campaignId,
        item.publishAt && iso(item.publishAt),
        item.authorId,
        item.approverId,
        iso(item.approvedAt),
        'done',
        iso(item.createdAt),
        iso(item.updatedAt),
      ),
    ),
  );
  await copy(
    client,
    'content_item_topics (item_id, topic_id)',
    items.flatMap((item) => item.topics.map((topic) => row(item.id, topic.id))),
  );
  return loaded;
}

/**
 * Shares by the sharers, in their time in the programme and on working days mostly, of items
 * published in the 30 days before (recent and popular ones more often); sorted by time, with
 * the number of click events each will get.
 */
function planShares(random, people, items, options, now) {
  const firstItem = items[0]?.publishedAt ?? now;
  for (const person of people) person.sharesFrom = Math.max(person.passedAt, firstItem + HOUR);
  const sharers = people.filter((p) => p.keenness && p.until - p.sharesFrom > DAY);
  if (options.shares > 0 && sharers.length === 0) {
    throw new Error('Nobody shares with so few users or items: raise --users or --items.');
  }
  const who = cumulative(sharers.map((p) => p.keenness * (p.until - p.sharesFrom)));
  const published = Float64Array.from(items, (item) => item.publishedAt);
  const shares = randomCodes(random, options.shares).map((code) => {
    const person = sharers[pickIndex(random, who)];
    const { sharesFrom: from, until } = person;
    const at = workingHours(random, from + random() * (until - from), from, until - MINUTE);
    const item = pickItem(random, items, published, at);
    const network = pickNetwork(random, person.networks);
    const edited = random() < 0.12;
    return {
      id: uuid(random),
      userId: person.id,
      itemId: item.id,
      network,
      text: `${edited ? 'My take on this' : 'Worth a read'}: ${item.title}`,
      edited,
      audience: person.audience[network],
      code,
      at,
      disabled: random() < 0.001,
    };
  });
  shares.sort((a, b) => a.at - b.at);
  allocateClicks(random, shares, options.clicks, now);
  return shares;
}

/** An item published in the 30 days before `at` (any earlier one when there is none). */
function pickItem(random, items, published, at) {
  const upTo = Math.max(1, bisect(published, at));
  const from = Math.min(bisect(published, at - 30 * DAY), upTo - 1);
  const candidate = () => items[upTo - 1 - Math.floor((upTo - from) * random() ** 2)];
  const [a, b] = [candidate(), candidate()];
  return a.pull >= b.pull ? a : b;
}

function pickNetwork(random, networks) {
  const linkedin = networks.includes('linkedin') ? 2 : 0;
  const r = Math.floor(random() * (networks.length + linkedin));
  return r < networks.length ? networks[r] : 'linkedin';
}

/**
 * Spreads `total` click events over the shares, heavy-tailed (log-normal: most shares get a
 * few, some hundreds, ~8% none), more for better networks and bigger audiences, fewer for
 * shares too recent to have had their clicks yet. The counts add up to `total` exactly.
 */
function allocateClicks(random, shares, total, now) {
  const pull = Object.fromEntries(NETWORKS.map(([name, , weight]) => [name, weight]));
  const weights = shares.map((share) => {
    if (random() < 0.08) return 0;
    const audience = share.audience ? (share.audience / 500) ** 0.3 : 1;
    const matured = 1 - Math.exp(-(now - share.at) / (2 * DAY));
    return Math.exp(1.6 * Math.min(normal(random), 3.3)) * pull[share.network] * audience * matured;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulativeWeight = 0;
  let allocated = 0;
  shares.forEach((share, i) => {
    cumulativeWeight += weights[i];
    const upTo = sum > 0 ? Math.round((total * cumulativeWeight) / sum) : 0;
    share.clicks = upTo - allocated;
    allocated = upTo;
  });
}

/**
 * The click events of every share as COPY rows: most shares' first event is the network's
 * link preview within a minute or two; then ~81% clicks, ~8.5% previews, ~7.5% bots, ~3% HEAD
 * requests, most on the first day and fading over the weeks, never after now. Clicks carry a
 * visitor hash of the day: a reader may come back the same day (same hash) or another day (a
 * new hash). Sets each share's `verifiedAt`: its first click or preview by its network.
 */
function* clickEvents(random, shares, dayOf, now, onRow) {
  for (const [index, share] of shares.entries()) {
    const readers = Math.max(1, Math.round(share.clicks * 0.8));
    const room = now - share.at;
    let verifiedAt = Infinity;
    for (let n = 0; n < share.clicks; n += 1) {
      let kind = 'preview';
      let at = share.at + Math.min(room, 20_000 + random() * 70_000);
      if (n > 0 || random() > 0.85) {
        kind = visitKind(random());
        at = share.at + delay(random, room);
      }
      const day = dayOf(at);
      let crawler = '\\N';
      let visitor = '\\N';
      if (kind === 'click') {
        visitor = visitorHash(index, Math.floor(readers * random() ** 1.5), day.index);
        verifiedAt = Math.min(verifiedAt, at);
      } else if (kind === 'preview') {
        crawler = share.network;
        verifiedAt = Math.min(verifiedAt, at);
      }
      onRow();
      yield `${day.date}\t${share.id}\t${iso(at)}\t${kind}\t${crawler}\t${visitor}\n`;
    }
    share.verifiedAt = verifiedAt < Infinity ? verifiedAt : null;
  }
}

const visitKind = (r) => (r < 0.81 ? 'click' : r < 0.895 ? 'preview' : r < 0.97 ? 'bot' : 'head');

/** How long after sharing a visit comes: hours mostly, days often, weeks now and then; < room. */
function delay(random, room) {
  const r = random();
  const mean = r < 0.6 ? 8 * HOUR : r < 0.9 ? 3 * DAY : 20 * DAY;
  return -mean * Math.log(1 - random() * (1 - Math.exp(-room / mean)));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A 22-character stand-in for Chorus's visitor hash: the same for one reader, share and day. */
function visitorHash(share, reader, day) {
  let state = mix(share ^ mix(reader ^ mix(day)));
  let hash = '';
  for (let i = 0; i < 22; i += 1) {
    if (i % 5 === 0) state = mix(state + i);
    hash += BASE64URL[(state >>> ((i % 5) * 6)) & 63];
  }
  return hash;
}

/** A 32-bit integer mixer (MurmurHash3's finaliser). */
function mix(x) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function copyShares(client, shares, dayOf) {
  return copy(
    client,
    'shares (id, user_id, item_id, network, text, edited, declared_audience, code, created_at, ' +
      'day, verified_at, disabled_at)',
    shares.map((s) =>
      row(
        s.id,
        s.userId,
        s.itemId,
        s.network,
        s.text,
        s.edited,
        s.audience,
        s.code,
        iso(s.at),
        dayOf(s.at).date,
        s.verifiedAt && iso(s.verifiedAt),
        s.disabled ? iso(s.at + 7 * DAY) : null,
      ),
    ),
  );
}

/**
 * The organisation's calendar day of an instant, as { date: 'YYYY-MM-DD', index: days since
 * 1970-01-01 }, computed once per 15 minutes of time.
 */
function calendar(timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const buckets = new Map();
  return (at) => {
    const bucket = Math.floor(at / QUARTER_HOUR);
    let day = buckets.get(bucket);
    if (!day) {
      const parts = Object.fromEntries(
        format.formatToParts(bucket * QUARTER_HOUR).map((p) => [p.type, p.value]),
      );
      const date = `${parts.year}-${parts.month}-${parts.day}`;
      day = { date, index: Date.parse(date) / DAY };
      buckets.set(bucket, day);
    }
    return day;
  };
}

/** The first days of the months from the month of `first` to that of `last` (YYYY-MM-DD). */
function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  for (;;) {
    const day = `${year}-${String(month).padStart(2, '0')}-01`;
    if (day > last) return months;
    months.push(day);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

function monthsBefore(at, months) {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/**
 * Moves an instant to working hours (06-18 UTC), and most weekend instants to a day of the week
 * before, kept within [from, until].
 */
function workingHours(random, at, from, until) {
  let day = Math.floor(at / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  if ((weekday === 0 || weekday === 6) && random() < 0.8) {
    day -= ((weekday === 6 ? 1 : 2) + Math.floor(random() * 5)) * DAY;
  }
  return Math.min(until, Math.max(from, day + (6 + 6 * (random() + random())) * HOUR));
}

/** Streams COPY text rows into `target` ("table (column, ...)"); resolves with the row count. */
async function copy(client, target, rows) {
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), stream);
  return stream.rowCount;
}

/** Rows joined into chunks of about 64 kB, so that the stream is not one write per row. */
function* chunks(rows) {
  let chunk = '';
  for (const line of rows) {
    chunk += line;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** One COPY text row. The values are generated here and hold no tab, newline or backslash. */
const row = (...values) =>
  `${values.map((v) => (v === null || v === undefined ? '\\N' : v)).join('\t')}\n`;

/** Runs a step that resolves with a row count (or nothing); prints the count and time taken. */
async function timed(log, label, step) {
  const started = performance.now();
  const count = await step();
  const rows = typeof count === 'number' ? `${n(count)} rows in ` : '';
  log(`${label}: ${rows}${((performance.now() - started) / 1000).toFixed(1)} s`);
  return count;
}

/** Prints progress every million rows. */
function progress(log, total) {
  const started = performance.now();
  let done = 0;
  return () => {
    done += 1;
    if (done % 1_000_000 === 0) {
      const seconds = (performance.now() - started) / 1000;
      log(`  click events: ${n(done)} of ${n(total)} (${n(Math.round(done / seconds))}/s)`);
    }
  };
}

const iso = (at) => new Date(at).toISOString();
const n = (value) => value.toLocaleString('en-US');
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pick = (random, values) => values[Math.floor(random() * values.length)];

const UUID_PARTS = /^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/;

/**
 * A version 4 UUID drawn from `random`. (Made by one replace, a flat string: slices joined by
 * a template would keep ~370 bytes per UUID alive, 70 MB for the shares.)
 */
function uuid(random) {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return hex.replace(UUID_PARTS, `$1-$2-4$3-${'89ab'[Math.floor(random() * 4)]}$4-$5`);
}

/** A standard normal number (Box-Muller). */
function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Running sums of weights, for pickIndex. */
function cumulative(weights) {
  let sum = 0;
  return Float64Array.from(weights, (weight) => (sum += weight));
}

/** An index drawn with the probabilities of the weights behind `sums`. */
function pickIndex(random, sums) {
  return Math.min(bisect(sums, random() * sums[sums.length - 1]), sums.length - 1);
}

/** How many of the ascending `values` are at most `at`. */
function bisect(values, at) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
