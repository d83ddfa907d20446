import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { jobQueueDb } from '../database/job-queue-db';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** pg-boss keeps its tables in a schema of its own, next to (not inside) the application's. */
export const JOBS_SCHEMA = 'pgboss';

/** Which attempt at a job this is: the last one when `retryCount` reached `retryLimit`. */
export interface JobAttempt {
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, attempt: JobAttempt) => Promise<void>;

export interface SendOptions {
  /** A job already waiting under this key is not queued twice. */
  singletonKey?: string;
  /** Not before this time. */
  startAfter?: Date;
  retryLimit?: number;
  retryDelay?: number;
  /** Doubles the delay after each failed attempt. */
  retryBackoff?: boolean;
  /** Among jobs due, higher first (0 by default). */
  priority?: number;
  /** The transaction the job is written in. */
  manager?: EntityManager;
}

/**
 * Background work on pg-boss queues in PostgreSQL: no second server to run, and jobs survive
 * restarts. Every replica works the queues; a scheduled job runs once per tick, not per replica.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  /** This process's worker per queue, woken when this process queues a job. */
  private readonly workers = new Map<string, string>();

  private readonly scheduledJobs: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.scheduledJobs = config.scheduledJobs;
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'chorus-jobs',
      max: 4,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
  }

  /** Runs before any module's onApplicationBootstrap, so features can register their jobs there. */
  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /**
   * Runs `handler` on `cron` (UTC), once per tick across all replicas. With scheduled jobs off
   * (`CHORUS_SCHEDULED_JOBS=false`, as in tests) the queue is worked but nothing ticks.
   */
  async schedule(queue: string, cron: string, handler: JobHandler<void>): Promise<void> {
    await this.boss.createQueue(queue);
    if (this.scheduledJobs) await this.boss.schedule(queue, cron);
    await this.work(queue, handler);
  }

  /** Works jobs of `queue` one at a time on each replica. */
  async work<T extends object | void>(queue: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.createQueue(queue);
    const id = await this.boss.work<T, unknown, { includeMetadata: true }>(
      queue,
      { includeMetadata: true },
      async ([job]) => {
        await handler(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
      },
    );
    this.workers.set(queue, id);
  }

  /**
   * Queues a job; a worker in this process starts on it at once rather than at its next poll.
   * With a singleton key, a job already waiting under that key is not queued twice.
   *
   * With `manager`, the job is written in that transaction: it exists exactly when the change
   * that caused it commits, and no worker sees it before. Its worker finds it at its next poll.
   */
  async send<T extends object>(queue: string, data: T, options: SendOptions = {}): Promise<void> {
    const { manager, ...rest } = options;
    await this.boss.send(queue, data, {
      retryLimit: 2,
      retryDelay: 5,
      ...rest,
      ...(manager ? { db: jobQueueDb(manager) } : {}),
    });
    const worker = this.workers.get(queue);
    if (worker && !manager) this.boss.notifyWorker(worker);
  }

  /**
   * Queues many jobs in one statement, each with its own data and start; the options apply to
   * all. With `manager`, written in that transaction like `send`.
   */
  async sendMany<T extends object>(
    queue: string,
    jobs: { data: T; startAfter?: Date }[],
    options: Omit<SendOptions, 'singletonKey' | 'startAfter'> = {},
  ): Promise<void> {
    if (jobs.length === 0) return;
    const { manager, ...rest } = options;
    await this.boss.insert(
      queue,
      jobs.map((job) => ({ retryLimit: 2, retryDelay: 5, ...rest, ...job })),
      manager ? { db: jobQueueDb(manager) } : undefined,
    );
  }

  /** Wakes this process's worker of `queue`, e.g. once the transaction that queued a job committed. */
  wake(queue: string): void {
    const worker = this.workers.get(queue);
    if (worker) this.boss.notifyWorker(worker);
  }

  /** Finishes the jobs in hand (up to 5 s), then stops polling and closes the pool. */
  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000 });
  }
}
