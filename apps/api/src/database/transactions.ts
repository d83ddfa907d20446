import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** Work to do once a transaction's changes are visible to everyone, e.g. waking a worker. */
export type AfterCommit = () => void | Promise<void>;

/**
 * Where a service draws a transaction's boundary without touching the database itself: the
 * repository methods it calls with `manager` take part in the transaction; queries stay in
 * repositories (`<feature>.repository.ts`), rules in services.
 */
@Injectable()
export class Transactions {
  private readonly logger = new Logger(Transactions.name);
  /** The after-commit work of each open transaction, by its manager. */
  private readonly pending = new WeakMap<EntityManager, AfterCommit[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws.
   * Once it committed, the work registered with `afterCommit` runs, in order; after a rollback
   * it is dropped.
   */
  async run<T>(
    work: (manager: EntityManager) => Promise<T>,
    isolation?: IsolationLevel,
  ): Promise<T> {
    const hooks: AfterCommit[] = [];
    const tracked = (manager: EntityManager): Promise<T> => {
      this.pending.set(manager, hooks);
      return work(manager).finally(() => this.pending.delete(manager));
    };
    const result = isolation
      ? await this.dataSource.transaction(isolation, tracked)
      : await this.dataSource.transaction(tracked);
    this.runHooks(hooks);
    return result;
  }

  /**
   * Runs `hook` once the transaction of `manager` (one `run` opened) has committed; never when it
   * rolls back. Outside a transaction the change is already committed, so `hook` runs at once.
   * A hook's failure is logged: the transaction has committed by then and stays so.
   */
  afterCommit(manager: EntityManager, hook: AfterCommit): void {
    const hooks = this.pending.get(manager);
    if (hooks) {
      hooks.push(hook);
      return;
    }
    if (manager.queryRunner?.isTransactionActive) {
      throw new Error('afterCommit needs a transaction opened by Transactions.run');
    }
    this.runHooks([hook]);
  }

  private runHooks(hooks: AfterCommit[]): void {
    for (const hook of hooks) {
      void Promise.resolve()
        .then(hook)
        .catch((error: Error) => this.logger.error(`After commit: ${error.message}`));
    }
  }
}

/** Offers Transactions to every module. */
@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class DatabaseModule {}
