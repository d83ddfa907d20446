import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@chorus/core';
import { User } from '../../users/entities/user.entity';
import type { ExistingPerson } from './import-plan';

/** A person as the import writes them; roles as a PostgreSQL array literal. */
export interface ImportedPerson {
  name: string;
  roles: Role[];
  language: string;
  departmentId: string | null;
  locationId: string | null;
}

/** How many rows go into one INSERT or UPDATE statement. */
const BATCH = 2_000;

/** The import's set-based SQL: one statement per few thousand rows, not one per person. */
@Injectable()
export class PeopleImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByEmails(
    emails: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExistingPerson[]> {
    const rows = await manager.query<(Omit<ExistingPerson, 'roles'> & { roles: unknown })[]>(
      `SELECT id, email, name, roles, status, language,
              department_id AS "departmentId", location_id AS "locationId"
         FROM users WHERE email = ANY($1::varchar[])`,
      [emails],
    );
    return rows.map((row) => ({ ...row, roles: parseRoles(row.roles) }));
  }

  async activeAdminIds(manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE 'admin' = ANY(roles) AND status = 'active'`,
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Creates people as invited; returns their ids by email. */
  async insert(
    people: (ImportedPerson & { email: string })[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const batch of chunks(people, BATCH)) {
      const inserted = await manager.query<{ id: string; email: string }[]>(
        `INSERT INTO users (email, name, roles, language, department_id, location_id, status)
         SELECT t.email, t.name, t.roles::user_role[], t.language, t.department_id, t.location_id, 'invited'
           FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[], $5::uuid[], $6::uuid[])
             AS t(email, name, roles, language, department_id, location_id)
         RETURNING id, email`,
        columns(batch, ['email', 'name', 'roles', 'language', 'departmentId', 'locationId']),
      );
      for (const row of inserted) ids.set(row.email, row.id);
    }
    return ids;
  }

  async update(
    people: (ImportedPerson & { id: string })[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    for (const batch of chunks(people, BATCH)) {
      await manager.query(
        `UPDATE users AS u
            SET name = t.name, roles = t.roles::user_role[], language = t.language,
                department_id = t.department_id, location_id = t.location_id, updated_at = now()
           FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::varchar[], $5::uuid[], $6::uuid[])
             AS t(id, name, roles, language, department_id, location_id)
          WHERE u.id = t.id`,
        columns(batch, ['id', 'name', 'roles', 'language', 'departmentId', 'locationId']),
      );
    }
  }

  /** One person; fails when there is none. */
  getPerson(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    return manager.findOneByOrFail(User, { id });
  }
}

/** PostgreSQL hands back enum arrays as '{a,b}' text through raw queries. */
function parseRoles(roles: unknown): Role[] {
  if (Array.isArray(roles)) return roles as Role[];
  return String(roles).replace(/[{}]/g, '').split(',').filter(Boolean) as Role[];
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/** One array per column, the shape unnest() takes; roles become array literals. */
function columns<T extends ImportedPerson>(rows: T[], keys: (keyof T)[]): unknown[][] {
  return keys.map((key) =>
    rows.map((row) => (key === 'roles' ? `{${row.roles.join(',')}}` : row[key])),
  );
}
