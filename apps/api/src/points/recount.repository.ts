import {
  earnedBadges,
  normalizePointRules,
  pointAwards,
  pointsPerMonth,
  type Badge,
  type PointRuleVersion,
  type PointShareFact,
  type RecognitionFacts,
} from '@chorus/core';

/**
 * The recount of points and badges, free of the framework so that the API, the data generator
 * and the benches share it: a person's facts are read, their awards and month sums replaced
 * wholesale, and badges not recorded yet added. Facts are read for a batch of people at once,
 * with one set-based statement per kind of fact, never per share.
 */

/** Anything that runs SQL: a TypeORM EntityManager (rows back) or a pg client (`{ rows }` back). */
export interface RecountDb {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** People recounted in one transaction. */
export const RECOUNT_BATCH = 500;

/** A badge found by a recount that was not recorded before. */
export interface NewBadge {
  userId: string;
  badge: Badge;
  earnedAt: Date;
}

export interface RecountResult {
  people: number;
  awards: number;
  newBadges: NewBadge[];
}

/** The seed of the per-person advisory locks recounts take, so two never replace the same rows. */
const RECOUNT_LOCK = 7_283_110_461;

async function rows<T>(db: RecountDb, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query(sql, params);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

interface TransactionalManager extends RecountDb {
  transaction<T>(work: (manager: TransactionalManager) => Promise<T>): Promise<T>;
  queryRunner?: { isTransactionActive?: boolean } | null;
}

function isEntityManager(db: RecountDb): db is TransactionalManager {
  return typeof (db as Partial<TransactionalManager>).transaction === 'function';
}

/** Runs `work` in a transaction of its own, or in the caller's when one is open already. */
async function inTransaction<T>(db: RecountDb, work: (db: RecountDb) => Promise<T>): Promise<T> {
  if (isEntityManager(db)) {
    if (db.queryRunner?.isTransactionActive) return work(db);
    return db.transaction((manager) => work(manager));
  }
  await db.query('BEGIN');
  try {
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** What every recount reads once: the rule versions and the organisation's time zone. */
export interface RecountContext {
  versions: PointRuleVersion[];
  timeZone: string;
}

export async function loadRecountContext(db: RecountDb): Promise<RecountContext> {
  const versions = await rows<{ from: Date; rules: unknown }>(
    db,
    `SELECT effective_from AS "from", rules FROM point_rule_versions ORDER BY effective_from`,
  );
  const [zone] = await rows<{ zone: string | null }>(
    db,
    `SELECT value #>> '{}' AS zone FROM settings WHERE key = 'timeZone'`,
  );
  return {
    versions: versions.map((version) => ({
      from: new Date(version.from),
      rules: normalizePointRules(version.rules),
    })),
    timeZone: zone?.zone || 'UTC',
  };
}

/** The facts of a batch of people, by person: four statements whatever the batch's size. */
export async function loadRecognitionFacts(
  db: RecountDb,
  userIds: readonly string[],
): Promise<Map<string, RecognitionFacts>> {
  const facts = new Map<string, RecognitionFacts>();
  const of = (userId: string): RecognitionFacts => {
    let found = facts.get(userId);
    if (!found) {
      found = { shares: [], trainingPasses: [], approvedSuggestions: [] };
      facts.set(userId, found);
    }
    return found;
  };
  const ids = [...userIds];

  const shares = await rows<{
    id: string;
    userId: string;
    itemId: string;
    day: string;
    at: Date;
    edited: boolean;
    verifiedAt: Date | null;
  }>(
    db,
    `SELECT id, user_id AS "userId", item_id AS "itemId", day::text AS day, created_at AS at,
            edited, verified_at AS "verifiedAt"
       FROM shares WHERE user_id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map<string, PointShareFact>();
  for (const share of shares) {
    const fact: PointShareFact = {
      itemId: share.itemId,
      day: share.day,
      at: new Date(share.at),
      edited: share.edited,
      verifiedAt: share.verifiedAt ? new Date(share.verifiedAt) : null,
      clicks: [],
    };
    byId.set(share.id, fact);
    of(share.userId).shares.push(fact);
  }

  const clickDays = await rows<{ shareId: string; day: string; clicks: number }>(
    db,
    `SELECT share_id AS "shareId", day::text AS day, clicks
       FROM share_click_days WHERE user_id = ANY($1::uuid[]) AND clicks > 0`,
    [ids],
  );
  for (const { shareId, day, clicks } of clickDays) {
    byId.get(shareId)?.clicks.push({ day, clicks: Number(clicks) });
  }

  const passes = await rows<{ userId: string; stage: number; at: Date }>(
    db,
    `SELECT user_id AS "userId", stage, min(created_at) AS at
       FROM quiz_attempts WHERE passed AND user_id = ANY($1::uuid[])
      GROUP BY user_id, stage`,
    [ids],
  );
  for (const { userId, stage, at } of passes) {
    of(userId).trainingPasses.push({ stage: Number(stage), at: new Date(at) });
  }

  // An item is credited to the first person who suggested its page (as the content shows).
  const suggestions = await rows<{ userId: string; itemId: string; at: Date }>(
    db,
    `SELECT entry.suggested_by_id AS "userId", entry.item_id AS "itemId",
            greatest(item.approved_at, entry.decided_at) AS at
       FROM source_entries entry JOIN content_items item ON item.id = entry.item_id
      WHERE entry.suggested_by_id = ANY($1::uuid[]) AND item.approved_at IS NOT NULL
        AND NOT EXISTS (
              SELECT 1 FROM source_entries earlier
               WHERE earlier.item_id = entry.item_id AND earlier.suggested_by_id IS NOT NULL
                 AND earlier.created_at < entry.created_at)`,
    [ids],
  );
  for (const { userId, itemId, at } of suggestions) {
    of(userId).approvedSuggestions.push({ itemId, at: new Date(at) });
  }
  return facts;
}

/**
 * Recounts one batch of people in the caller's transaction: takes each person's lock, clears
 * their stale marks, and replaces their awards and month sums with what their facts earn now.
 * A transaction that changes a fact (or the rules) marks its people with a row lock (see
 * PointsRepository.markStale), so clearing a mark waits until it commits; the rules and the
 * facts are read after that, and so include the change. A mark made later stays for the next
 * recount.
 */
export async function recountBatch(
  db: RecountDb,
  userIds: readonly string[],
): Promise<RecountResult> {
  const ids = [...new Set(userIds)].sort();
  if (ids.length === 0) return { people: 0, awards: 0, newBadges: [] };
  await db.query(
    `SELECT pg_advisory_xact_lock(hashtextextended(person::text, $2))
       FROM (SELECT person FROM unnest($1::uuid[]) AS person ORDER BY person) AS ordered`,
    [ids, RECOUNT_LOCK],
  );
  await db.query(`DELETE FROM points_stale WHERE user_id = ANY($1::uuid[])`, [ids]);
  const context = await loadRecountContext(db);
  const facts = await loadRecognitionFacts(db, ids);

  const award = {
    user: [] as string[],
    rule: [] as string[],
    day: [] as string[],
    at: [] as string[],
    points: [] as number[],
    item: [] as (string | null)[],
    stage: [] as (number | null)[],
  };
  const month = { user: [] as string[], month: [] as string[], points: [] as number[] };
  const badge = { user: [] as string[], badge: [] as string[], at: [] as string[] };
  for (const [userId, personFacts] of facts) {
    const awards = pointAwards(personFacts, context.versions, context.timeZone);
    for (const each of awards) {
      award.user.push(userId);
      award.rule.push(each.rule);
      award.day.push(each.day);
      award.at.push(each.at.toISOString());
      award.points.push(each.points);
      award.item.push(each.itemId ?? null);
      award.stage.push(each.stage ?? null);
    }
    for (const [first, points] of pointsPerMonth(awards)) {
      month.user.push(userId);
      month.month.push(first);
      month.points.push(points);
    }
    for (const earned of earnedBadges(personFacts)) {
      badge.user.push(userId);
      badge.badge.push(earned.badge);
      badge.at.push(earned.earnedAt.toISOString());
    }
  }

  await db.query(`DELETE FROM point_awards WHERE user_id = ANY($1::uuid[])`, [ids]);
  if (award.user.length > 0) {
    await db.query(
      `INSERT INTO point_awards (user_id, rule, day, at, points, item_id, stage)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::date[], $4::timestamptz[],
                            $5::int[], $6::uuid[], $7::smallint[])`,
      [award.user, award.rule, award.day, award.at, award.points, award.item, award.stage],
    );
  }
  await db.query(`DELETE FROM point_months WHERE user_id = ANY($1::uuid[])`, [ids]);
  if (month.user.length > 0) {
    await db.query(
      `INSERT INTO point_months (user_id, month, points)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::int[])`,
      [month.user, month.month, month.points],
    );
  }
  const newBadges =
    badge.user.length === 0
      ? []
      : await rows<{ userId: string; badge: Badge; earnedAt: Date }>(
          db,
          `INSERT INTO badge_awards (user_id, badge, earned_at)
           SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[])
           ON CONFLICT (user_id, badge) DO NOTHING
           RETURNING user_id AS "userId", badge, earned_at AS "earnedAt"`,
          [badge.user, badge.badge, badge.at],
        );
  return {
    people: ids.length,
    awards: award.user.length,
    newBadges: newBadges.map((found) => ({ ...found, earnedAt: new Date(found.earnedAt) })),
  };
}

/**
 * Recounts the named people in batches of RECOUNT_BATCH, one transaction per batch (inside the
 * caller's transaction when one is open). For the data generator and the benches; the API goes
 * through PointsService, which also tells people of new badges.
 */
export async function recountPoints(
  db: RecountDb,
  userIds: readonly string[],
  batchSize = RECOUNT_BATCH,
): Promise<RecountResult> {
  const ids = [...new Set(userIds)];
  const total: RecountResult = { people: 0, awards: 0, newBadges: [] };
  if (ids.length === 0) return total;
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const result = await inTransaction(db, (tx) => recountBatch(tx, batch));
    total.people += result.people;
    total.awards += result.awards;
    total.newBadges.push(...result.newBadges);
  }
  return total;
}

/** Everyone with a fact points or badges read: what a full recount goes through. */
export async function peopleWithFacts(db: RecountDb): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    `SELECT user_id AS id FROM shares WHERE user_id IS NOT NULL
     UNION SELECT user_id FROM quiz_attempts WHERE passed
     UNION SELECT suggested_by_id FROM source_entries WHERE suggested_by_id IS NOT NULL
     UNION SELECT user_id FROM point_awards`,
  );
  return found.map((row) => row.id);
}
