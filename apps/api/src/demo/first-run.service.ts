import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { hashPassword } from '../auth/passwords';
import { ThumbnailsService } from '../content/thumbnails/thumbnails.service';
import { APP_CONFIG } from '../config/config.module';
import { LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import type { AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoAdvocacy } from './demo-advocacy';
import { seedDemoContent } from './demo-content';
import { seedDemoSharing } from './demo-sharing';
import { seedDemoCompany } from './demo-seed';

export class NoAdministratorError extends Error {
  constructor() {
    super(
      'The database has no users and demo mode is off: set CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD to create the first administrator.',
    );
    this.name = 'NoAdministratorError';
  }
}

/**
 * On an empty database: demo mode seeds one account per role (and a few colleagues); otherwise
 * the first administrator comes from CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD. Replicas
 * starting at once take turns, so only one of them fills an empty database.
 */
@Injectable()
export class FirstRunService implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstRun');
  /** The demo sign-ins created by this start, for the start-up banner. */
  seededDemoAccounts: string[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await withAdvisoryLock(this.dataSource, LOCKS.firstRun, async () => {
      if ((await this.users.count()) > 0) return;
      if (this.config.demo) await this.seedDemo();
      else if (this.config.firstAdmin) await this.createFirstAdmin(this.config.firstAdmin);
      else throw new NoAdministratorError();
    });
  }

  private async seedDemo(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      await seedDemoCompany(manager, this.accounts, passwordHash);
      await seedDemoContent(manager, this.thumbnails);
      await seedDemoAdvocacy(manager);
      await seedDemoSharing(manager);
    });
    this.seededDemoAccounts = DEMO_ACCOUNTS.map((account) => account.email);
    this.logger.log(
      `Demo data created. Sign in as ${this.seededDemoAccounts.join(', ')} with the password "${DEMO_PASSWORD}".`,
    );
  }

  private async createFirstAdmin(admin: { email: string; password: string }): Promise<void> {
    await this.users.create({
      email: admin.email,
      name: admin.email.split('@')[0],
      roles: ['admin', 'employee'],
      passwordHash: await hashPassword(admin.password),
    });
    this.logger.log(`First administrator created: ${admin.email}`);
  }
}
