import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import type { PolicyVersion } from './entities/policy-version.entity';

/** Where a person reads and signs the policy. */
export const POLICY_LINK = '/policy';

/** Tells people of a policy version they must sign, in the transaction that publishes it. */
@Injectable()
export class PolicyNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
  ) {}

  /**
   * `version` was just published. When it asks for a signature, every active person must sign
   * it before sharing again: nobody has signed a version published a moment ago.
   */
  async published(version: PolicyVersion, manager: EntityManager): Promise<void> {
    if (!version.requiresAcknowledgment) return;
    await this.notifications.notify(
      {
        kind: 'policy.sign',
        recipients: await this.users.activeIds(manager),
        params: { version: version.version },
        link: POLICY_LINK,
        key: `policy.sign:${version.version}`,
      },
      manager,
    );
  }
}
