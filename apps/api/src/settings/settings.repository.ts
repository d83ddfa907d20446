import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { Setting } from './entities/setting.entity';

/** The settings an admin has changed, one row each. */
@Injectable()
export class SettingsRepository {
  constructor(@InjectRepository(Setting) private readonly settings: Repository<Setting>) {}

  /** Every stored setting row, whether or not the setting still exists. */
  findAll(manager: EntityManager = this.settings.manager): Promise<Setting[]> {
    return manager.find(Setting);
  }

  /** Waits for any other change of the settings to end: held until the transaction ends. */
  lockForChange(manager: EntityManager): Promise<void> {
    return lockForTransaction(manager, LOCKS.settings);
  }

  /** Whether PostgreSQL knows a time zone by this name. */
  async knowsTimeZone(
    name: string,
    manager: EntityManager = this.settings.manager,
  ): Promise<boolean> {
    const [known] = await manager.query<{ name: string }[]>(
      'SELECT name FROM pg_timezone_names WHERE name = $1',
      [name],
    );
    return Boolean(known);
  }

  /** Stores these values, replacing the rows of the same keys. */
  async saveValues(
    values: Pick<Setting, 'key' | 'value'>[],
    manager: EntityManager = this.settings.manager,
  ): Promise<void> {
    await manager.save(Setting, values);
  }
}
