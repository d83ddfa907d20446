import { DataSource, EntityManager } from 'typeorm';

/** Keys of the advisory locks Chorus takes; replicas starting together take turns on each. */
export const LOCKS = {
  migrations: 7_283_110_421,
  firstRun: 7_283_110_422,
  /** Taken by every change that could leave Chorus without an active administrator. */
  administrators: 7_283_110_423,
  /**
   * The seed of the per-account and per-client locks sign-in attempts take in turn (see
   * lockKeyedBy): one key per account or client, derived from this one.
   */
  signIn: 7_283_110_424,
  /** The seed of the per-key locks that keep two restricted terms from matching the same words. */
  restrictedTermKey: 7_283_110_441,
  /** Taken by every change of a topic's names, so that no two topics take one name. */
  topicNames: 7_283_110_443,
  /** Taken to publish a policy version, so that two versions never get the same number. */
  policyVersions: 7_283_110_442,
  /** The seed of the per-person locks a quiz attempt takes (see lockKeyedBy). */
  quizAttempts: 7_283_110_451,
  /** The seed of the per-stage locks changes to a training stage's order take. */
  trainingStage: 7_283_110_452,
  /** Taken by each change of the organisation settings, so changes take turns. */
  settings: 7_283_110_440,
} as const;

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock on one dedicated
 * connection, so that only one process at a time does it.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Takes a transaction-level advisory lock: held until the caller's transaction ends. */
export async function lockForTransaction(manager: EntityManager, key: number): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [key]);
}

/**
 * Takes a transaction-level advisory lock on one thing of a kind (one account, one client):
 * its key is a 64-bit hash of `name` seeded with the kind's key from LOCKS.
 */
export async function lockKeyedBy(
  manager: EntityManager,
  key: number,
  name: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, $2))', [name, key]);
}
