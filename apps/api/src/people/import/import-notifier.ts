import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../../notifications/notifications.service';

/** Where an administrator sees the people an import made. */
export const PEOPLE_LINK = '/people';

/** Tells the administrator who ran an import that it finished, in the import's transaction. */
@Injectable()
export class ImportNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  /** The import `importId` by `adminId` created and updated this many people. */
  async finished(
    adminId: string,
    importId: string,
    counts: { created: number; updated: number },
    manager: EntityManager,
  ): Promise<void> {
    await this.notifications.notify(
      {
        kind: 'import.finished',
        recipients: [adminId],
        params: counts,
        link: PEOPLE_LINK,
        key: `import.finished:${importId}`,
      },
      manager,
    );
  }
}
