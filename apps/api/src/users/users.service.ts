import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Role } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { UpdateMeDto } from './dto/update-me.dto';
import { User } from './entities/user.entity';

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
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findWithPasswordHash(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.department', 'department')
      .leftJoinAndSelect('user.location', 'location')
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({
      where: { id },
      relations: { department: true, location: true },
    });
    if (!user) throw new DomainError('not_found', `No person with id ${id}.`);
    return user;
  }

  /** Changes a person's own name and preferred language: the one place both routes use. */
  async updateProfile(
    id: string,
    changes: UpdateMeDto,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    const update: Partial<User> = {};
    if (changes.name !== undefined) update.name = changes.name;
    if (changes.language !== undefined) update.language = changes.language;
    if (Object.keys(update).length > 0) await manager.update(User, { id }, update);
  }

  async recordSignIn(id: string): Promise<void> {
    await this.users.update({ id }, { lastSignInAt: () => 'now()' });
  }

  /** True when the person can sign in with a password (not only through single sign-on). */
  async hasPassword(id: string, manager = this.users.manager): Promise<boolean> {
    const row = await manager
      .createQueryBuilder(User, 'user')
      .select('user.password_hash IS NOT NULL', 'has')
      .where('user.id = :id', { id })
      .getRawOne<{ has: boolean }>();
    return row?.has ?? false;
  }

  count(): Promise<number> {
    return this.users.count();
  }

  async create(user: NewUser): Promise<User> {
    const email = normalizeEmail(user.email);
    if (await this.users.existsBy({ email })) {
      throw new DomainError('conflict', `Someone with the email address ${email} already exists.`);
    }
    return this.users.save(this.users.create({ ...user, email }));
  }
}
