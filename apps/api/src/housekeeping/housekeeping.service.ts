import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionsService } from '../auth/sessions.service';
import { localDate } from '@chorus/core';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { SettingsService } from '../settings/settings.service';
import { ClickStorage } from '../tracking/click-storage';
import { VisitorHasher } from '../tracking/visitor-hasher';

export const HOUSEKEEPING_QUEUE = 'housekeeping';
/** Ended sessions and expired links are kept this long (they show in "Download my data"). */
export const KEEP_ENDED_DAYS = 30;

/**
 * Every hour, forgets what Chorus no longer needs: old failed sign-ins, sessions and links, mail
 * delivered long ago, the visitor salts and hashes of past days, and months of click events past the retention period;
 * and makes sure next month's click partition exists.
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
    private readonly clicks: ClickStorage,
    private readonly settings: SettingsService,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { timeZone } = await this.settings.get();
    await this.clicks.ensureUpcoming(localDate(Date.now(), timeZone));
    await this.jobs.schedule(HOUSEKEEPING_QUEUE, '17 * * * *', () => this.run().then(() => {}));
  }

  async run(now = Date.now()): Promise<{
    failedSignIns: number;
    sessions: number;
    links: number;
    visitorSalts: number;
    visitorHashes: number;
    clickMonths: string[];
    deliveredMail: number;
  }> {
    const { clickRetentionMonths, timeZone } = await this.settings.get();
    const today = localDate(now, timeZone);
    const removed = {
      failedSignIns: await this.throttle.pruneExpired(),
      sessions: await this.sessions.pruneEnded(KEEP_ENDED_DAYS),
      links: await this.tokens.pruneExpired(KEEP_ENDED_DAYS),
      visitorSalts: await this.visitors.forgetPastSalts(now),
      visitorHashes: await this.clicks.forgetPastVisitors(today),
      clickMonths: await this.clicks.applyRetention(clickRetentionMonths, today),
      deliveredMail: await this.mail.forgetDelivered(KEEP_ENDED_DAYS, now),
    };
    await this.clicks.ensureUpcoming(today);
    this.logger.log(
      `Housekeeping removed ${removed.failedSignIns} failed sign-ins, ${removed.sessions} sessions, ` +
        `${removed.links} links, ${removed.visitorSalts} visitor salts and ${removed.visitorHashes} ` +
        `visitor hashes of past days, ${removed.deliveredMail} mails delivered over ` +
        `${KEEP_ENDED_DAYS} days ago, and ${removed.clickMonths.length} months of click events ` +
        `older than ${clickRetentionMonths} months${removed.clickMonths.length ? ` (${removed.clickMonths.join(', ')})` : ''}`,
    );
    return removed;
  }
}
