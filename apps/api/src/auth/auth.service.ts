import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { User } from '../users/entities/user.entity';
import { normalizeEmail, UsersService } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { verifyPassword } from './passwords';

/** The same message for an unknown email and a wrong password: nothing to learn from it. */
export const INVALID_CREDENTIALS = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async verifyCredentials(email: string, password: string, clientAddress: string): Promise<User> {
    const normalized = normalizeEmail(email);
    const client = this.throttle.clientKey(clientAddress);
    await this.throttle.assertAllowed(normalized, client);

    const candidate = await this.users.findWithPasswordHash(normalized);
    const valid = await verifyPassword(candidate?.passwordHash, password);
    if (!candidate || !valid) {
      await this.throttle.recordFailure(normalized, client);
      throw new DomainError('invalid_credentials', INVALID_CREDENTIALS);
    }
    if (candidate.status !== 'active') {
      throw new DomainError(
        'account_deactivated',
        'Your account is deactivated. Ask an administrator to reactivate it.',
      );
    }
    await this.throttle.clear(normalized, client);
    return candidate;
  }
}
