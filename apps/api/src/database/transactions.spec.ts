import type { DataSource, EntityManager } from 'typeorm';
import { Transactions } from './transactions';

/**
 * A data source whose transactions commit when their work resolves and roll back when it
 * throws, recording each step, so that the order of commit and hooks can be read.
 */
function fakeDataSource(steps: string[]): DataSource {
  return {
    transaction: async (...args: unknown[]) => {
      const work = args[args.length - 1] as (manager: EntityManager) => Promise<unknown>;
      const manager = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;
      steps.push('begin');
      try {
        const result = await work(manager);
        steps.push('commit');
        return result;
      } catch (error) {
        steps.push('rollback');
        throw error;
      }
    },
  } as unknown as DataSource;
}

/** Lets the hooks queued after a commit run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Transactions.afterCommit', () => {
  it('runs the hooks once the transaction has committed, in the order they were registered', async () => {
    const steps: string[] = [];
    const transactions = new Transactions(fakeDataSource(steps));

    const result = await transactions.run(async (manager) => {
      transactions.afterCommit(manager, () => void steps.push('first hook'));
      transactions.afterCommit(manager, () => void steps.push('second hook'));
      steps.push('work done');
      return 42;
    });
    await settle();

    expect(result).toBe(42);
    expect(steps).toEqual(['begin', 'work done', 'commit', 'first hook', 'second hook']);
  });

  it('drops the hooks of a transaction that rolls back', async () => {
    const steps: string[] = [];
    const transactions = new Transactions(fakeDataSource(steps));

    await expect(
      transactions.run(async (manager) => {
        transactions.afterCommit(manager, () => void steps.push('hook'));
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    await settle();

    expect(steps).toEqual(['begin', 'rollback']);
  });

  it('keeps each transaction to its own hooks', async () => {
    const steps: string[] = [];
    const transactions = new Transactions(fakeDataSource(steps));

    await transactions.run(async (outer) => {
      transactions.afterCommit(outer, () => void steps.push('outer hook'));
      await expect(
        transactions.run(async (inner) => {
          transactions.afterCommit(inner, () => void steps.push('inner hook'));
          throw new Error('inner undone');
        }),
      ).rejects.toThrow();
    });
    await settle();

    expect(steps).toEqual(['begin', 'begin', 'rollback', 'commit', 'outer hook']);
  });

  it('runs a hook at once outside a transaction, where every change is already committed', async () => {
    const transactions = new Transactions(fakeDataSource([]));
    const hook = jest.fn();

    transactions.afterCommit({ queryRunner: undefined } as unknown as EntityManager, hook);
    await settle();

    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('refuses a transaction it did not open, whose commit it cannot see', () => {
    const transactions = new Transactions(fakeDataSource([]));
    const foreign = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;

    expect(() => transactions.afterCommit(foreign, jest.fn())).toThrow(
      /needs a transaction opened by Transactions.run/,
    );
  });

  it('keeps a failing hook from failing the committed transaction or the hooks after it', async () => {
    const transactions = new Transactions(fakeDataSource([]));
    const later = jest.fn();

    await expect(
      transactions.run(async (manager) => {
        transactions.afterCommit(manager, () => Promise.reject(new Error('worker gone')));
        transactions.afterCommit(manager, later);
        return 'committed';
      }),
    ).resolves.toBe('committed');
    await settle();

    expect(later).toHaveBeenCalledTimes(1);
  });
});
