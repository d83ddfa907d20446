import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { UpdateMeDto } from './dto/update-me.dto';
import { User } from './entities/user.entity';
import { UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  language?: string;
  passwordHash: string | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findWithPasswordHash(email: string): Promise<User | null> {
    return this.users.findByEmailWithPasswordHash(normalizeEmail(email));
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findByIdWithGroups(id);
    if (!user) throw new DomainError('not_found', `No person with id ${id}.`);
    return user;
  }

  /** Changes a person's own name and preferred language: the one place both routes use. */
  async updateProfile(id: string, changes: UpdateMeDto, manager?: EntityManager): Promise<void> {
    const update: Partial<User> = {};
    if (changes.name !== undefined) update.name = changes.name;
    if (changes.language !== undefined) update.language = changes.language;
    if (Object.keys(update).length > 0) await this.users.update(id, update, manager);
  }

  async recordSignIn(id: string): Promise<void> {
    await this.users.touchLastSignIn(id);
  }

  /** True when the person can sign in with a password (not only through single sign-on). */
  hasPassword(id: string, manager?: EntityManager): Promise<boolean> {
    return this.users.hasPassword(id, manager);
  }

  count(): Promise<number> {
    return this.users.count();
  }

  async create(user: NewUser): Promise<User> {
    const email = normalizeEmail(user.email);
    if (await this.users.existsWithEmail(email)) {
      throw new DomainError('conflict', `Someone with the email address ${email} already exists.`);
    }
    return this.users.insert({ ...user, email });
  }
}
