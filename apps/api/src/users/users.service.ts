import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { Role } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { PeopleQueryDto } from './dto/people-query.dto';
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
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new DomainError('not_found', `No person with id ${id}.`);
    return user;
  }

  async updateProfile(id: string, changes: UpdateMeDto): Promise<User> {
    const user = await this.get(id);
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.language !== undefined) user.language = changes.language;
    return this.users.save(user);
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

  /** One page of people, sorted by name, filtered by text, role and status. */
  async listPeople(query: PeopleQueryDto): Promise<{ items: User[]; total: number }> {
    const builder = this.users.createQueryBuilder('user');
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where.where('user.name ILIKE :pattern', { pattern }).orWhere('user.email ILIKE :pattern'),
        ),
      );
    }
    if (query.role) builder.andWhere(':role = ANY(user.roles)', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    const [items, total] = await builder
      .orderBy('lower(user.name)', 'ASC')
      .addOrderBy('user.email', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
