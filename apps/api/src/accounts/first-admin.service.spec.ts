import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verifyPassword } from '../auth/passwords';
import type { AppConfig } from '../config/app-config';
import type { NewUser, UsersService } from '../users/users.service';
import { FirstAdminService, NoAdministratorError } from './first-admin.service';

/** A users service over a database that holds `people` people; it keeps who was created. */
function usersWith(people: number) {
  const created: NewUser[] = [];
  const manager = {} as EntityManager;
  const users = {
    async whenNobodyYet(work: (manager: EntityManager) => Promise<void>) {
      if (people > 0) return false;
      await work(manager);
      return true;
    },
    async create(user: NewUser, given?: EntityManager) {
      expect(given).toBe(manager);
      created.push(user);
      return user;
    },
  };
  return { users: users as unknown as UsersService, created };
}

function firstRun(config: Partial<AppConfig>, people: number) {
  const { users, created } = usersWith(people);
  const service = new FirstAdminService({ demo: false, ...config } as AppConfig, users);
  return { start: () => service.onApplicationBootstrap(), created };
}

describe('the first administrator', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const firstAdmin = { email: 'Boss@Company.Example', password: 'a-long-admin-password' };

  it('is created from the environment when the database is empty', async () => {
    const { start, created } = firstRun({ firstAdmin }, 0);
    await start();
    expect(created).toEqual([
      {
        email: 'Boss@Company.Example',
        name: 'Boss',
        roles: ['admin', 'employee'],
        passwordHash: expect.any(String),
      },
    ]);
    expect(await verifyPassword(created[0].passwordHash!, firstAdmin.password)).toBe(true);
  });

  it('is not created when people already use Chorus', async () => {
    const { start, created } = firstRun({ firstAdmin }, 3);
    await start();
    expect(created).toEqual([]);
    await expect(firstRun({}, 3).start()).resolves.toBeUndefined();
  });

  it('is required on an empty database: without one Chorus refuses to start', async () => {
    const { start, created } = firstRun({}, 0);
    await expect(start()).rejects.toThrow(NoAdministratorError);
    await expect(start()).rejects.toThrow('set CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD');
    expect(created).toEqual([]);
  });

  it('is left to the demo in demo mode', async () => {
    const { start, created } = firstRun({ demo: true, firstAdmin }, 0);
    await start();
    expect(created).toEqual([]);
  });
});
