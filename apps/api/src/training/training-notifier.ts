import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { SettingsService, type SettingsChange } from '../settings/settings.service';
import { TrainingRepository } from './training.repository';

/** Where a person takes the training. */
export const TRAINING_LINK = '/training';

/**
 * Tells enrolled people when an administrator raises the training stage required to share and
 * they have not passed it: from now on they cannot share until they do.
 */
@Injectable()
export class TrainingNotifier implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly settings: SettingsService,
    private readonly training: TrainingRepository,
  ) {}

  onModuleInit(): void {
    this.settings.onChange((change, manager) => this.settingsChanged(change, manager));
  }

  async settingsChanged(
    { before, after, at }: SettingsChange,
    manager: EntityManager,
  ): Promise<void> {
    const stage = after.shareRequiresStage;
    if (stage <= before.shareRequiresStage) return;
    await this.notifications.notify(
      {
        kind: 'training.required',
        recipients: await this.training.enrolledBelowStage(stage, manager),
        params: { stage },
        link: TRAINING_LINK,
        key: `training.required:${stage}:${at.toISOString()}`,
      },
      manager,
    );
  }
}
