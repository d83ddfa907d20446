import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { hashPassword } from '../auth/passwords';
import { RemindersService } from '../reminders/reminders.service';
import { DigestService } from '../digest/digest.service';
import { PointsService } from '../points/points.service';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DemoAdvocacy } from './demo-advocacy';
import { DemoChallenges } from './demo-challenges';
import { DemoChannels } from './demo-channels';
import { DemoCompany } from './demo-company';
import { DemoContent } from './demo-content';
import { DemoNotifications } from './demo-notifications';
import { DemoPoints } from './demo-points';
import { DemoReports } from './demo-reports';
import { DemoSharing } from './demo-sharing';
import { DemoSources } from './demo-sources';

/** Whose digest waits in the Outbox: the demo employee (English) and a Danish colleague. */
const DIGEST_READERS = ['employee@chorus.example', 'sofie.jensen@chorus.example'];

/**
 * Demo mode on an empty database: one account per role, a few colleagues and weeks of their
 * work, written through the repositories the services use, with the services' rules. Replicas
 * starting at once take turns, so only one of them fills the database, in one transaction.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstRun');
  /** The demo sign-ins created by this start, for the start-up banner. */
  seededAccounts: string[] = [];

  constructor(
    private readonly users: UsersService,
    private readonly company: DemoCompany,
    private readonly content: DemoContent,
    private readonly sources: DemoSources,
    private readonly advocacy: DemoAdvocacy,
    private readonly reports: DemoReports,
    private readonly sharing: DemoSharing,
    private readonly notifications: DemoNotifications,
    private readonly reminders: RemindersService,
    private readonly channels: DemoChannels,
    private readonly digests: DigestService,
    private readonly challenges: DemoChallenges,
    private readonly pointRules: DemoPoints,
    private readonly points: PointsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let digestReaders: string[] = [];
    const seeded = await this.users.whenNobodyYet(async (manager) => {
      const people = await this.company.seed(manager, passwordHash);
      digestReaders = DIGEST_READERS.map((email) => people.get(email)!.id);
      const catalogue = await this.content.seed(manager, people);
      await this.sources.seed(manager, catalogue.topics, people, catalogue.items);
      await this.advocacy.seed(manager, people);
      await this.reports.seed(manager, people);
      await this.sharing.seed(manager, people, catalogue);
      await this.notifications.seed(manager, people, catalogue);
      await this.channels.seed(manager, people, catalogue.topics);
      await this.challenges.seed(manager, people, catalogue);
      await this.pointRules.seed(manager, people);
    });
    if (!seeded) return;
    // Points are derived from what the demo wrote: counted once it is committed.
    await this.points.recountEveryone();
    // What the hourly reminder job finds in the demo's history, sent now rather than within the hour.
    await this.reminders.run(Date.now());
    // The digest reads what the demo wrote once it is committed, as the weekly job would.
    await this.digests.queueNow(digestReaders);
    this.seededAccounts = DEMO_ACCOUNTS.map((account) => account.email);
    this.logger.log(
      `Demo data created. Sign in as ${this.seededAccounts.join(', ')} with the password "${DEMO_PASSWORD}".`,
    );
  }
}
