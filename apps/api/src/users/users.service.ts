import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { normalizeEmail, type Role } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { Transactions } from '../database/transactions';
import { UpdateMeDto } from './dto/update-me.dto';
import { User } from './entities/user.entity';
import { UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  language?: string;
  passwordHash: string | null;
  /** Active unless said otherwise; an invited person has no password yet. */
  status?: User['status'];
  departmentId?: string | null;
  locationId?: string | null;
  /** When they joined, if not now (the demo's people joined weeks ago). */
  createdAt?: Date;
  lastSignInAt?: Date | null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
  ) {}

  findWithPasswordHash(email: string): Promise<User | null> {
    return this.users.findByEmailWithPasswordHash(normalizeEmail(email));
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findByIdWithGroups(id);
    if (!user) throw new DomainError('not_found', 'errors:people.notFound', { id });
    return user;
  }

  /** Changes a person's own name and preferred language: the one place both routes use. */
  async updateProfile(id: string, changes: UpdateMeDto, manager?: EntityManager): Promise<void> {
    const update: Partial<User> = {};
    if (changes.name !== undefined) update.name = changes.name;
    if (changes.language !== undefined) {
      update.language = changes.language;
      update.languageChosenAt = new Date();
    }
    if (Object.keys(update).length > 0) await this.users.update(id, update, manager);
  }

  async recordSignIn(id: string): Promise<void> {
    await this.users.touchLastSignIn(id);
  }

  /** True when the person can sign in with a password (not only through single sign-on). */
  hasPassword(id: string, manager?: EntityManager): Promise<boolean> {
    return this.users.hasPassword(id, manager);
  }

  /**
   * Runs `work` in one transaction when nobody uses Chorus yet, and tells whether it ran.
   * Replicas starting at once take turns (LOCKS.firstRun), so only one of them fills an empty
   * database; when `work` throws, the database stays empty.
   */
  whenNobodyYet(work: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      await lockForTransaction(manager, LOCKS.firstRun);
      if ((await this.users.count(manager)) > 0) return false;
      await work(manager);
      return true;
    });
  }

  async create(user: NewUser, manager?: EntityManager): Promise<User> {
    const email = normalizeEmail(user.email);
    if (await this.users.existsWithEmail(email, manager)) {
      throw new DomainError('conflict', 'errors:people.emailTaken', { email });
    }
    return this.users.insert({ ...user, email }, manager);
  }
}
