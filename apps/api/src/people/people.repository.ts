import { Injectable } from '@nestjs/common';
import { containsPattern } from '../common/search-pattern';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { User } from '../users/entities/user.entity';
import type { PeopleSort } from '@chorus/core';
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

/** The people list administrators search, filter and sort; one person's record is the users module's. */
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
}
