import { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { countActiveAdministrators } from './users.repository';

/** Call first in a transaction that may remove an administrator: such changes take turns. */
export function lockAdministrators(manager: EntityManager): Promise<void> {
  return lockForTransaction(manager, LOCKS.administrators);
}

/** Call last in that transaction: refuses (and so rolls back) a change that left no active admin. */
export async function assertAnAdministratorRemains(manager: EntityManager): Promise<void> {
  if ((await countActiveAdministrators(manager)) === 0) {
    throw new DomainError('last_admin', 'errors:people.lastAdmin');
  }
}
