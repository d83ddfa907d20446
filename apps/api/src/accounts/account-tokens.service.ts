import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MessageKey } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountToken, TokenPurpose } from './entities/account-token.entity';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 3_600_000,
  password_reset: 60 * 60_000,
};

/** What to say about a link that cannot be used, by purpose: each says how to get a new one. */
const REFUSALS = {
  invitation: {
    invalid: 'errors:link.invitationInvalid',
    used: 'errors:link.invitationUsed',
    expired: 'errors:link.invitationExpired',
  },
  password_reset: {
    invalid: 'errors:link.passwordResetInvalid',
    used: 'errors:link.passwordResetUsed',
    expired: 'errors:link.passwordResetExpired',
  },
} as const satisfies Record<TokenPurpose, Record<'invalid' | 'used' | 'expired', MessageKey>>;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Single-use, expiring secrets sent by mail to invite people and to reset passwords. */
@Injectable()
export class AccountTokensService {
  constructor(private readonly tokens: AccountTokensRepository) {}

  /** Forgets links that expired more than `days` ago, used or not (housekeeping). */
  pruneExpired(days: number): Promise<number> {
    return this.tokens.deleteExpiredBefore(new Date(Date.now() - days * 86_400_000));
  }

  /** The links mailed to a person, oldest first (part of their data; never the secrets). */
  history(userId: string): Promise<AccountToken[]> {
    return this.tokens.findIssuedTo(userId);
  }

  /**
   * Makes a new secret for a person and purpose, and says until when it works. Any earlier
   * unused one for the same purpose stops working, so only the latest mail's link is valid.
   */
  async issue(
    userId: string,
    purpose: TokenPurpose,
    manager: EntityManager,
  ): Promise<{ id: string; secret: string; expiresAt: Date }> {
    await this.tokens.deleteUnused(userId, purpose, manager);
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]);
    const id = await this.tokens.insert(
      { userId, purpose, secretHash: hashSecret(secret), expiresAt, usedAt: null },
      manager,
    );
    return { id, secret, expiresAt };
  }

  /** True when a still-unused secret for this purpose was issued within the last `ms`. */
  async issuedWithin(
    userId: string,
    purpose: TokenPurpose,
    ms: number,
    manager: EntityManager,
  ): Promise<boolean> {
    return this.tokens.existsUnusedIssuedAfter(userId, purpose, new Date(Date.now() - ms), manager);
  }

  /** The token behind a secret, if it can still be used; a clear error otherwise. */
  async find(
    secret: string,
    purpose: TokenPurpose,
    manager?: EntityManager,
  ): Promise<AccountToken> {
    const token = await this.tokens.findBySecretHash(hashSecret(secret), purpose, manager);
    if (!token) {
      throw new DomainError('link_invalid', REFUSALS[purpose].invalid);
    }
    if (token.usedAt) {
      throw new DomainError('link_used', REFUSALS[purpose].used);
    }
    if (token.expiresAt.getTime() <= Date.now()) {
      throw new DomainError('link_expired', REFUSALS[purpose].expired, {
        expiredAt: token.expiresAt.toISOString().slice(0, 16).replace('T', ' '),
      });
    }
    return token;
  }

  /** Uses up a token inside the caller's transaction; the same secret fails from now on. */
  async redeem(
    secret: string,
    purpose: TokenPurpose,
    manager: EntityManager,
  ): Promise<AccountToken> {
    const token = await this.find(secret, purpose, manager);
    await this.tokens.markUsed(token.id, new Date(), manager);
    return token;
  }
}
