import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsModule } from '../../notifications/notifications.module';
import { NotificationsService } from '../../notifications/notifications.service';
import { UsersModule } from '../../users/users.module';
import { UsersRepository } from '../../users/users.repository';
import { MailModule } from '../mail.module';
import { MailService, type MailFailure } from '../mail.service';

/**
 * Tells the administrators of each mail that failed for good (`mail.failed`, linking to the
 * outbox, where they see why and can send it again). Notifications mail through the mail queue,
 * so this lives beside both rather than inside mail.
 */
@Injectable()
export class MailFailureAlerts implements OnModuleInit {
  constructor(
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
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
        // Once per failure: failing again after an admin's retry is news again.
        key: `mail.failed:${failure.deliveryId}:${failure.attempts}`,
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
