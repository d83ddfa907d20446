import { Injectable } from '@nestjs/common';
import { normalizeEmail } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { verifyPassword } from './passwords';

/** Where a sign-in attempt comes from. */
export interface SignInClient {
  address: string;
  /** The browser's device cookie, when it has one. */
  deviceToken?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async verifyCredentials(email: string, password: string, client: SignInClient): Promise<User> {
    const normalized = normalizeEmail(email);
    const attempt = await this.throttle.begin(
      normalized,
      this.throttle.clientKey(client.address),
      client.deviceToken,
    );

    let candidate: Awaited<ReturnType<UsersService['findWithPasswordHash']>>;
    let valid: boolean;
    try {
      candidate = await this.users.findWithPasswordHash(normalized);
      valid = await verifyPassword(candidate?.passwordHash, password);
    } catch (error) {
      // The check never ran, so the attempt does not count; the error that stopped it is the
      // one to report, even if forgetting the attempt fails too.
      await this.throttle.abandoned(attempt).catch(() => undefined);
      throw error;
    }
    if (!candidate || !valid) {
      await this.throttle.failed(attempt);
      throw new DomainError('invalid_credentials', 'errors:auth.invalidCredentials');
    }
    await this.throttle.succeeded(attempt);
    if (candidate.status !== 'active') {
      throw new DomainError('account_deactivated', 'errors:auth.accountDeactivated');
    }
    return candidate;
  }
}
