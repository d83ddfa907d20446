import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { normalizeEmail } from '@chorus/core';
import { hashPassword } from '../auth/passwords';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';

export class NoAdministratorError extends Error {
  constructor() {
    super(
      'The database has no users and demo mode is off: set CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD to create the first administrator.',
    );
    this.name = 'NoAdministratorError';
  }
}

/**
 * An empty database gets its first administrator from CHORUS_ADMIN_EMAIL and
 * CHORUS_ADMIN_PASSWORD; without them Chorus refuses to start, since nobody could sign in. In
 * demo mode the demo module fills an empty database instead.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstRun');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demo) return;
    const admin = this.config.firstAdmin;
    const passwordHash = admin ? await hashPassword(admin.password) : null;
    const created = await this.users.whenNobodyYet(async (manager) => {
      if (!admin || !passwordHash) throw new NoAdministratorError();
      await this.users.create(
        {
          email: admin.email,
          name: admin.email.split('@')[0],
          roles: ['admin', 'employee'],
          passwordHash,
        },
        manager,
      );
    });
    if (created) this.logger.log(`First administrator created: ${normalizeEmail(admin!.email)}`);
  }
}
