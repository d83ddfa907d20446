import { DEFAULT_UI_LANGUAGE } from '@chorus/core';
import { Enrollment } from '../advocacy/entities/enrollment.entity';
import { hashPassword } from '../auth/passwords';
import { ContentItem } from '../content/entities/content-item.entity';
import { PolicyAcknowledgment } from '../policy/entities/policy-acknowledgment.entity';
import { ORG_SETTINGS } from '../settings/org-settings';
import { Share } from '../sharing/entities/share.entity';
import { ClickEvent } from '../tracking/entities/click-event.entity';
import { QuizAttempt } from '../training/entities/quiz-attempt.entity';
import { User } from '../users/entities/user.entity';
import type { Client } from 'pg';
import { DAY, iso, monthsBefore, monthsBetween, organisationCalendar } from './calendar';
import { DEPARTMENTS, LOCATIONS, TOPICS } from './catalogue';
import { entityTable, joinTable, pgArray } from './copy-rows';
import { randomFromSeed } from './draw';
import { GeneratorRepository } from './generator.repository';
import type { LoadOptions } from './load-options';
import {
  CLICK_EVENT_COLUMNS,
  clickEvents,
  LOAD_DOMAIN,
  PASSING_SCORE,
  planCampaigns,
  planLoadSet,
  type Item,
  type NamedRows,
  type Person,
  type PlannedShare,
} from './load-set';

// Loads the data set of load-set.ts into a migrated database. Big tables go in with COPY FROM
// STDIN, streamed: memory grows with the number of people, items and shares, never with the
// number of click events. Loading, the rebuild of the click rollups included, is one
// transaction: nothing is written when it fails. Then VACUUM ANALYZE, so that the database reads
// like one that has aged.

/** The time zone set when the database has none, so that days differ from UTC days. */
export const LOAD_TIME_ZONE = 'Europe/Amsterdam';

export interface LoadRequest extends LoadOptions {
  /** An administrator to create, who signs in with this password. */
  admin?: { email: string; password: string };
}

export interface LoadResult {
  counts: {
    users: number;
    programme: number;
    items: number;
    clicks: number;
    shares: number;
    shareClickDays: number;
  };
  seconds: number;
  timeZone: string;
  firstDay: string;
  lastDay: string;
}

const USERS = entityTable(User, [
  'id',
  'email',
  'name',
  'roles',
  'status',
  'language',
  'departmentId',
  'locationId',
  'lastSignInAt',
  'createdAt',
  'updatedAt',
]);
const ENROLLMENTS = entityTable(Enrollment, ['userId', 'enrolledAt']);
const ACKNOWLEDGMENTS = entityTable(PolicyAcknowledgment, [
  'userId',
  'policyVersionId',
  'language',
  'typedName',
  'acknowledgedAt',
]);
const ATTEMPTS = entityTable(QuizAttempt, [
  'userId',
  'stage',
  'score',
  'passed',
  'language',
  'answers',
  'createdAt',
]);
const ITEMS = entityTable(ContentItem, [
  'id',
  'url',
  'kind',
  'status',
  'title',
  'summary',
  'siteName',
  'language',
  'campaignId',
  'publishAt',
  'authorId',
  'approverId',
  'approvedAt',
  'unfurlState',
  'createdAt',
  'updatedAt',
]);
const ITEM_TOPICS = joinTable(ContentItem, 'topics');
const SHARES = entityTable(Share, [
  'id',
  'userId',
  'itemId',
  'network',
  'text',
  'edited',
  'declaredAudience',
  'code',
  'createdAt',
  'day',
  'verifiedAt',
  'disabledAt',
]);
const CLICK_EVENTS = entityTable(ClickEvent, CLICK_EVENT_COLUMNS);

/**
 * Loads the data set through `client` (connected, to a migrated database). Refuses (throws,
 * nothing written) a database that holds the data set already, one where the administrator to
 * create exists, and one with no users at all unless an administrator is to be created.
 */
export async function loadData(
  client: Client,
  options: LoadRequest,
  log: (line: string) => void = console.log,
): Promise<LoadResult> {
  const started = performance.now();
  const db = new GeneratorRepository(client);
  await assertLoadable(db, options.admin);
  const random = randomFromSeed(options.seed);
  const now = Date.now();
  const start = monthsBefore(now, options.months);
  const timeZone = await organisationTimeZone(db);
  const dayOf = organisationCalendar(timeZone);
  const months = monthsBetween(dayOf(start).date, dayOf(now).date);
  await db.clickPartitions(months);
  log(`Time zone ${timeZone}; click partitions for ${months[0]} to ${months.at(-1)}`);
  await warnOfRetention(db, options.months, log);

  await db.begin();
  let counts: LoadResult['counts'];
  try {
    const names = await namedRows(db, random, start, now);
    const { people, items, shares } = planLoadSet(random, options, names, start, now);
    await db.settingUnlessSet('timeZone', timeZone);
    if (options.admin) {
      const { email, password } = options.admin;
      await db.createAdmin(email, email.split('@')[0], await hashPassword(password));
    }
    const users = await timed(log, 'users', () => db.copy(USERS, people.map(userRow)));
    const programme = await timed(log, 'enrollments, acknowledgments, quiz attempts', () =>
      copyProgramme(db, people, start, now),
    );
    const loadedItems = await timed(log, 'content items', () => copyItems(db, items));
    const clicks = await timed(log, 'click events', () =>
      db.copy(CLICK_EVENTS, clickEvents(random, shares, dayOf, now, progress(log, options.clicks))),
    );
    const loadedShares = await timed(log, 'shares', () =>
      db.copy(
        SHARES,
        shares.map((share) => shareRow(share, dayOf(share.at).date)),
      ),
    );
    const shareClickDays = await timed(log, 'click rollups (rebuilt)', () =>
      db.rebuildClickRollups(),
    );
    counts = { users, programme, items: loadedItems, clicks, shares: loadedShares, shareClickDays };
    await db.commit();
  } catch (error) {
    await db.rollback().catch(() => {});
    throw error;
  }
  await timed(log, 'vacuum and analyse', () => db.vacuumAnalyse());
  const seconds = (performance.now() - started) / 1000;
  log(
    `Loaded ${n(counts.users)} users, ${n(counts.items)} items, ${n(counts.shares)} shares, ` +
      `${n(counts.clicks)} click events and ${n(counts.shareClickDays)} share_click_days rows ` +
      `in ${seconds.toFixed(0)} s`,
  );
  return { counts, seconds, timeZone, firstDay: dayOf(start).date, lastDay: dayOf(now).date };
}

/** Refuses a database that holds the data set already, or that nobody could sign in to after. */
async function assertLoadable(db: GeneratorRepository, admin: LoadRequest['admin']): Promise<void> {
  const { inDomain, all, withEmail } = await db.userCounts(LOAD_DOMAIN, admin?.email ?? '');
  if (inDomain > 0) {
    throw new Error(
      `The database already holds the load data set (${n(inDomain)} people @${LOAD_DOMAIN}): ` +
        'nothing was written. Load into an empty database, or drop this one first.',
    );
  }
  if (admin && withEmail > 0)
    throw new Error(`${admin.email} exists already: nothing was written.`);
  if (all === 0 && !admin) {
    throw new Error(
      'The database has no users: Chorus creates its first administrator only on an empty ' +
        'database, so after loading nobody could sign in. Add --admin email:password.',
    );
  }
}

/** The stored organisation time zone (the API's default when it is not one), or LOAD_TIME_ZONE. */
async function organisationTimeZone(db: GeneratorRepository): Promise<string> {
  const stored = await db.setting('timeZone');
  if (stored === undefined) return LOAD_TIME_ZONE;
  return ORG_SETTINGS.timeZone.accepts(stored) ? stored : ORG_SETTINGS.timeZone.default;
}

/** Housekeeping drops raw events older than the retention period: says so when it will. */
async function warnOfRetention(
  db: GeneratorRepository,
  months: number,
  log: (line: string) => void,
) {
  const stored = await db.setting('clickRetentionMonths');
  const { accepts, default: fallback } = ORG_SETTINGS.clickRetentionMonths;
  const retention = accepts(stored) ? stored : fallback;
  if (months > retention) {
    log(
      `Note: clickRetentionMonths is ${retention}: the API's hourly housekeeping will drop the ` +
        'click events of older months (their daily rollups stay).',
    );
  }
}

/** Departments, locations, topics and campaigns, created where missing (by name or slug). */
async function namedRows(
  db: GeneratorRepository,
  random: () => number,
  start: number,
  now: number,
): Promise<NamedRows> {
  const departments = await db.groups(
    'department',
    DEPARTMENTS.map((d) => d.name),
  );
  const locations = await db.groups(
    'location',
    LOCATIONS.map((l) => l.name),
  );
  const topics = await db.topics(TOPICS);
  const campaigns = planCampaigns(random, start, now);
  const campaignIds = await db.campaigns(
    campaigns.map((c) => ({ ...c, startsAt: iso(c.startsAt), endsAt: iso(c.endsAt) })),
  );
  return {
    departments: DEPARTMENTS.map((d) => ({ ...d, id: found(departments, d.name) })),
    locations: LOCATIONS.map((l) => ({ ...l, id: found(locations, l.name) })),
    topics: TOPICS.map((name) => ({ name, id: found(topics, name) })),
    campaigns: campaigns.map((c) => ({ ...c, id: found(campaignIds, c.slug) })),
  };
}

const found = (ids: Map<string, string>, name: string): string => {
  const id = ids.get(name);
  if (!id) throw new Error(`${name} was neither found nor created`);
  return id;
};

const userRow = (p: Person) =>
  USERS.row({
    id: p.id,
    email: p.email,
    name: p.name,
    roles: pgArray(p.roles),
    status: p.status,
    language: p.language,
    departmentId: p.departmentId,
    locationId: p.location.id,
    lastSignInAt: p.lastSignInAt === null ? null : iso(p.lastSignInAt),
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  });

/** Enrollments, policy version 1 (unless there is one) and its acknowledgments, quiz attempts. */
async function copyProgramme(
  db: GeneratorRepository,
  people: Person[],
  start: number,
  now: number,
) {
  const { id: policyVersionId, mainLanguage } = await db.firstPolicyVersion(
    'Social media policy',
    '# Social media policy\n\nShare what is public, be yourself, and ask when in doubt.',
    iso(start - 45 * DAY),
  );
  const enrolled = await db.copy(
    ENROLLMENTS,
    people.flatMap(({ id, programme }) =>
      programme?.current
        ? [ENROLLMENTS.row({ userId: id, enrolledAt: iso(programme.enrolledAt) })]
        : [],
    ),
  );
  const acknowledged = await db.copy(
    ACKNOWLEDGMENTS,
    people.flatMap(({ id, name, programme }) =>
      programme?.acknowledgedAt === undefined
        ? []
        : [
            ACKNOWLEDGMENTS.row({
              userId: id,
              policyVersionId,
              language: mainLanguage,
              typedName: name,
              acknowledgedAt: iso(programme.acknowledgedAt),
            }),
          ],
    ),
  );
  // The data set has no translations: every quiz is taken in its stage's main language.
  const stageLanguages = await db.stageLanguages();
  const attempts = await db.copy(
    ATTEMPTS,
    people.flatMap(({ id, programme }) =>
      (programme?.attempts ?? [])
        .filter(({ at }) => at < now)
        .map(({ stage, score, at }) =>
          ATTEMPTS.row({
            userId: id,
            stage,
            score,
            passed: score >= PASSING_SCORE,
            language: stageLanguages.get(stage) ?? DEFAULT_UI_LANGUAGE,
            answers: '{}',
            createdAt: iso(at),
          }),
        ),
    ),
  );
  return enrolled + acknowledged + attempts;
}

async function copyItems(db: GeneratorRepository, items: Item[]): Promise<number> {
  const loaded = await db.copy(
    ITEMS,
    items.map((item) =>
      ITEMS.row({
        id: item.id,
        url: item.url,
        kind: item.kind,
        status: item.status,
        title: item.title,
        summary: `${item.title}: the story in short, as unfurled from the page.`,
        siteName: item.siteName,
        language: item.language,
        campaignId: item.campaignId,
        publishAt: item.publishAt === null ? null : iso(item.publishAt),
        authorId: item.authorId,
        approverId: item.approverId,
        approvedAt: iso(item.approvedAt),
        unfurlState: 'done',
        createdAt: iso(item.createdAt),
        updatedAt: iso(item.updatedAt),
      }),
    ),
  );
  await db.copy(
    ITEM_TOPICS,
    items.flatMap((item) =>
      item.topics.map((topic) => ITEM_TOPICS.row({ ownerId: item.id, relatedId: topic.id })),
    ),
  );
  return loaded;
}

const shareRow = (s: PlannedShare, day: string) =>
  SHARES.row({
    id: s.id,
    userId: s.userId,
    itemId: s.itemId,
    network: s.network,
    text: s.text,
    edited: s.edited,
    declaredAudience: s.audience,
    code: s.code,
    createdAt: iso(s.at),
    day,
    verifiedAt: s.verifiedAt ? iso(s.verifiedAt) : null,
    disabledAt: s.disabled ? iso(s.at + 7 * DAY) : null,
  });

/** Runs a step that resolves with a row count; prints the count and the time taken. */
async function timed<T>(
  log: (line: string) => void,
  label: string,
  step: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await step();
  const rows = typeof result === 'number' ? `${n(result)} rows in ` : '';
  log(`${label}: ${rows}${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Prints progress every million rows. */
function progress(log: (line: string) => void, total: number): () => void {
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

const n = (value: number) => value.toLocaleString('en-US');
