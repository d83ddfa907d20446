import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/**
 * pg-boss's view of a TypeORM transaction: a job sent through it is written in that
 * transaction, so it exists exactly when the change that caused it commits.
 */
export function jobQueueDb(manager: EntityManager): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: (await manager.query(text, values)) as unknown[],
    }),
  };
}
