import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service';
import { hashPassword } from '../auth/passwords';
import { ThumbnailsService } from '../content/thumbnails/thumbnails.service';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoAdvocacy } from './demo-advocacy';
import { seedDemoContent } from './demo-content';
import { seedDemoSharing } from './demo-sharing';
import { seedDemoCompany } from './demo-seed';

/**
 * Demo mode on an empty database: one account per role, a few colleagues and weeks of their
 * work. Replicas starting at once take turns, so only one of them fills the database.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstRun');
  /** The demo sign-ins created by this start, for the start-up banner. */
  seededAccounts: string[] = [];

  constructor(
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.users.whenNobodyYet(async (manager) => {
      await seedDemoCompany(manager, this.accounts, passwordHash);
      await seedDemoContent(manager, this.thumbnails);
      await seedDemoAdvocacy(manager);
      await seedDemoSharing(manager);
    });
    if (!seeded) return;
    this.seededAccounts = DEMO_ACCOUNTS.map((account) => account.email);
    this.logger.log(
      `Demo data created. Sign in as ${this.seededAccounts.join(', ')} with the password "${DEMO_PASSWORD}".`,
    );
  }
}
