import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import type { User } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';

/** Where an administrator finds a person. */
export const personLink = (id: string) => `/people/${id}`;

/** Tells the administrators that someone joined, in the transaction of the acceptance. */
@Injectable()
export class InvitationNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
  ) {}

  /** `person` accepted the invitation `invitationId`: every other active administrator. */
  async accepted(person: User, invitationId: string, manager: EntityManager): Promise<void> {
    const admins = await this.users.activeWithAnyRole(['admin'], manager);
    await this.notifications.notify(
      {
        kind: 'invitation.accepted',
        recipients: admins.map((admin) => admin.id).filter((id) => id !== person.id),
        params: { name: person.name },
        link: personLink(person.id),
        key: `invitation.accepted:${invitationId}`,
      },
      manager,
    );
  }
}
