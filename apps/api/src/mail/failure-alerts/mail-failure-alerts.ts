import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { NotificationsModule } from '../../notifications/notifications.module';
import { NotificationsService } from '../../notifications/notifications.service';
import { UsersModule } from '../../users/users.module';
import { UsersRepository } from '../../users/users.repository';
import { MailModule } from '../mail.module';
import { MailService, type MailFailure } from '../mail.service';

/**
 * Tells the administrators when mail failed for good (`mail.failed`, at most once an hour,
 * linking to the outbox, where they see every failed mail, why, and can send it again). Notifications mail through the mail queue,
 * so this lives beside both rather than inside mail.
 */
@Injectable()
export class MailFailureAlerts implements OnModuleInit {
  constructor(
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.mail.onFailure((failure, manager) => this.tellAdmins(failure, manager));
  }

  async tellAdmins(failure: MailFailure, manager: EntityManager): Promise<void> {
    await this.notifications.notify(
      {
        kind: 'mail.failed',
        recipients: await this.users.findActiveIdsWithRole('admin', manager),
        params: { recipient: failure.recipient },
        link: '/outbox',
        // At most one an hour: when the mail server is down, every mail fails, and the outbox
        // lists them all. It also keeps a failing notification mail about failed mail from
        // setting off another one at every failure.
        key: `mail.failed:${this.clock.now().toISOString().slice(0, 13)}`,
      },
      manager,
    );
  }
}

@Module({
  imports: [MailModule, NotificationsModule, UsersModule],
  providers: [MailFailureAlerts],
})
export class MailFailureAlertsModule {}
