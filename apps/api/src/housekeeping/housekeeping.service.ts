import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionsService } from '../auth/sessions.service';
import { JobsService } from '../jobs/jobs.service';
import { VisitorHasher } from '../tracking/visitor-hasher';

export const HOUSEKEEPING_QUEUE = 'housekeeping';
/** Ended sessions and expired links are kept this long (they show in "Download my data"). */
export const KEEP_ENDED_DAYS = 30;

/**
 * Every hour, forgets what Chorus no longer needs: old failed sign-ins, sessions and links, and
 * the visitor salts of past days.
 */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingService.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccountTokensService,
    private readonly visitors: VisitorHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(HOUSEKEEPING_QUEUE, '17 * * * *', () => this.run().then(() => {}));
  }

  async run(): Promise<{
    failedSignIns: number;
    sessions: number;
    links: number;
    visitorSalts: number;
  }> {
    const removed = {
      failedSignIns: await this.throttle.pruneExpired(),
      sessions: await this.sessions.pruneEnded(KEEP_ENDED_DAYS),
      links: await this.tokens.pruneExpired(KEEP_ENDED_DAYS),
      visitorSalts: await this.visitors.forgetPastSalts(),
    };
    this.logger.log(
      `Housekeeping removed ${removed.failedSignIns} failed sign-ins, ${removed.sessions} sessions, ${removed.links} links and ${removed.visitorSalts} visitor salts of past days`,
    );
    return removed;
  }
}
