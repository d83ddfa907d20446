import { Injectable } from '@nestjs/common';
import { containsPattern } from '../common/search-pattern';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { OrgGroup } from '../groups/entities/org-group.entity';
import { User } from '../users/entities/user.entity';
import type { GroupKind, PeopleSort, UserStatus } from '@chorus/core';
import { PeopleQueryDto } from './dto/people-query.dto';

const SORT_COLUMNS: Record<PeopleSort, string> = {
  name: 'lower(user.name)',
  email: 'user.email',
  status: 'user.status',
  department: 'lower(department.name)',
  location: 'lower(location.name)',
  createdAt: 'user.created_at',
  lastSignInAt: 'user.last_sign_in_at',
};

@Injectable()
export class PeopleRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** One page of people matching text, role, status and group filters, in the chosen order. */
  async search(query: PeopleQueryDto): Promise<{ items: User[]; total: number }> {
    const builder = this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.department', 'department')
      .leftJoinAndSelect('user.location', 'location');
    const search = query.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      builder.andWhere(
        new Brackets((where) =>
          where.where('user.name ILIKE :pattern', { pattern }).orWhere('user.email ILIKE :pattern'),
        ),
      );
    }
    if (query.role) builder.andWhere(':role = ANY(user.roles)', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    if (query.departmentId) {
      builder.andWhere('user.department_id = :departmentId', { departmentId: query.departmentId });
    }
    if (query.locationId) {
      builder.andWhere('user.location_id = :locationId', { locationId: query.locationId });
    }
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    // Blanks (never signed in, no department) come last whichever way the list is sorted.
    const [items, total] = await builder
      .orderBy(SORT_COLUMNS[query.sort], direction, 'NULLS LAST')
      .addOrderBy('user.email', 'ASC')
      // Each person joins at most one department and location, so plain OFFSET/LIMIT is exact.
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Whether someone already has this (normalized) email address. */
  emailTaken(email: string, manager: EntityManager = this.users.manager): Promise<boolean> {
    return manager.existsBy(User, { email });
  }

  /** Saves a new person and returns them, id included. */
  insert(person: Partial<User>, manager: EntityManager = this.users.manager): Promise<User> {
    return manager.save(manager.create(User, person));
  }

  async update(
    id: string,
    changes: Partial<User>,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    await manager.update(User, { id }, changes);
  }

  async setStatus(
    id: string,
    status: UserStatus,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    await manager.update(User, { id }, { status });
  }

  /** One person with their department and location; fails when there is none. */
  getWithGroups(id: string, manager: EntityManager = this.users.manager): Promise<User> {
    return manager.findOneOrFail(User, {
      where: { id },
      relations: { department: true, location: true },
    });
  }

  /** One person with their password hash (to tell whether they ever chose one), or null. */
  findWithPasswordHash(
    id: string,
    manager: EntityManager = this.users.manager,
  ): Promise<User | null> {
    return manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id })
      .getOne();
  }

  /** Whether a group of this kind has this id. */
  groupExists(
    id: string,
    kind: GroupKind,
    manager: EntityManager = this.users.manager,
  ): Promise<boolean> {
    return manager.existsBy(OrgGroup, { id, kind });
  }
}
