import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@chorus/core';
import { EntityManager, Repository } from 'typeorm';
import { User } from './entities/user.entity';

/** The people who use Chorus: look-ups by id and address, and the changes users make. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The person with this (normalised) address, with their password hash and groups. */
  findByEmailWithPasswordHash(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.department', 'department')
      .leftJoinAndSelect('user.location', 'location')
      .where('user.email = :email', { email })
      .getOne();
  }

  /** The ids of the active people who hold `role`, e.g. the administrators to tell of something. */
  async findActiveIdsWithRole(
    role: Role,
    manager: EntityManager = this.users.manager,
  ): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(User, 'user')
      .select('user.id', 'id')
      .where(':role = ANY(user.roles)', { role })
      .andWhere("user.status = 'active'")
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** The language a person prefers, or null when there is no such person. */
  async languageOf(id: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { id }, select: { language: true } });
    return user?.language ?? null;
  }

  /** The person with this id, with their department and location. */
  findByIdWithGroups(
    id: string,
    manager: EntityManager = this.users.manager,
  ): Promise<User | null> {
    return manager.findOne(User, {
      where: { id },
      relations: { department: true, location: true },
    });
  }

  /** The person with this id, with their password hash (to tell whether they ever chose one). */
  findByIdWithPasswordHash(
    id: string,
    manager: EntityManager = this.users.manager,
  ): Promise<User | null> {
    return manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id })
      .getOne();
  }

  /** Whether the person has a password (and so need not sign in through single sign-on). */
  async hasPassword(id: string, manager: EntityManager = this.users.manager): Promise<boolean> {
    const row = await manager
      .createQueryBuilder(User, 'user')
      .select('user.password_hash IS NOT NULL', 'has')
      .where('user.id = :id', { id })
      .getRawOne<{ has: boolean }>();
    return row?.has ?? false;
  }

  /** The person with this (normalised) address. */
  findByEmail(email: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOneBy(User, { email });
  }

  /** The person the identity provider knows by this subject. */
  findBySsoSubject(
    subject: string,
    manager: EntityManager = this.users.manager,
  ): Promise<User | null> {
    return manager.findOneBy(User, { ssoSubject: subject });
  }

  count(manager: EntityManager = this.users.manager): Promise<number> {
    return manager.count(User);
  }

  /** Whether someone already has this (normalised) address. */
  existsWithEmail(email: string, manager: EntityManager = this.users.manager): Promise<boolean> {
    return manager.existsBy(User, { email });
  }

  insert(user: Partial<User>, manager: EntityManager = this.users.manager): Promise<User> {
    return manager.save(manager.create(User, user));
  }

  async update(
    id: string,
    changes: Partial<User>,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    await manager.update(User, { id }, changes);
  }

  /** Active people holding any of `roles`, with their roles: who may be told of an event. */
  activeWithAnyRole(
    roles: readonly Role[],
    manager: EntityManager = this.users.manager,
  ): Promise<Pick<User, 'id' | 'roles'>[]> {
    return manager
      .createQueryBuilder(User, 'person')
      .select(['person.id', 'person.roles'])
      .where("person.status = 'active'")
      .andWhere('person.roles && :roles::user_role[]', { roles })
      .getMany();
  }

  /** The ids of every active person. */
  async activeIds(manager: EntityManager = this.users.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE status = 'active'`,
    );
    return rows.map((row) => row.id);
  }

  /** Notes that the person signed in now, by the database's clock. */
  async touchLastSignIn(id: string): Promise<void> {
    await this.users.update({ id }, { lastSignInAt: () => 'now()' });
  }
}

/**
 * How many active administrators there are, counted in the caller's transaction (see
 * admin-guard.ts, whose checks run inside other modules' transactions).
 */
export async function countActiveAdministrators(manager: EntityManager): Promise<number> {
  const [{ count }] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM users WHERE 'admin' = ANY(roles) AND status = 'active'`,
  );
  return count;
}
