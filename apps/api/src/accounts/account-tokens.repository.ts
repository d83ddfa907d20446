import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, LessThan, MoreThan, Repository } from 'typeorm';
import { AccountToken, TokenPurpose } from './entities/account-token.entity';

/** The mailed links' tokens (by the hash of their secret, never the secret itself). */
@Injectable()
export class AccountTokensRepository {
  constructor(@InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>) {}

  /** Deletes the tokens that expired before `cutoff`, used or not; returns how many. */
  async deleteExpiredBefore(cutoff: Date): Promise<number> {
    const result = await this.tokens.delete({ expiresAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  /** The tokens issued to a person, oldest first. */
  findIssuedTo(userId: string): Promise<AccountToken[]> {
    return this.tokens.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** The person's unused tokens for this purpose stop existing. */
  async deleteUnused(
    userId: string,
    purpose: TokenPurpose,
    manager: EntityManager = this.tokens.manager,
  ): Promise<void> {
    await manager.delete(AccountToken, { userId, purpose, usedAt: IsNull() });
  }

  async insert(
    token: Pick<AccountToken, 'userId' | 'purpose' | 'secretHash' | 'expiresAt' | 'usedAt'>,
    manager: EntityManager = this.tokens.manager,
  ): Promise<string> {
    const result = await manager.insert(AccountToken, token);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Whether the person has an unused token for this purpose issued after `since`. */
  existsUnusedIssuedAfter(
    userId: string,
    purpose: TokenPurpose,
    since: Date,
    manager: EntityManager = this.tokens.manager,
  ): Promise<boolean> {
    return manager.existsBy(AccountToken, {
      userId,
      purpose,
      usedAt: IsNull(),
      createdAt: MoreThan(since),
    });
  }

  /**
   * The token with this secret hash and purpose, with its person. Inside a transaction the
   * token's row stays locked until it ends, so one secret is redeemed once.
   */
  findBySecretHash(
    secretHash: string,
    purpose: TokenPurpose,
    manager: EntityManager = this.tokens.manager,
  ): Promise<AccountToken | null> {
    return manager.findOne(AccountToken, {
      where: { secretHash, purpose },
      relations: { user: true },
      lock: manager.queryRunner?.isTransactionActive
        ? { mode: 'pessimistic_write', tables: ['account_tokens'] }
        : undefined,
    });
  }

  async markUsed(
    id: string,
    usedAt: Date,
    manager: EntityManager = this.tokens.manager,
  ): Promise<void> {
    await manager.update(AccountToken, { id }, { usedAt });
  }
}
