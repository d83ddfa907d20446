import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { GroupKind } from '@chorus/core';
import { AccountsService } from '../../accounts/accounts.service';
import { AuditActor, AuditService, NewAuditEntry } from '../../audit/audit.service';
import { DomainError } from '../../common/domain-error';
import { groupNameKey, OrgGroup } from '../../groups/entities/org-group.entity';
import { GroupsService } from '../../groups/groups.service';
import { User } from '../../users/entities/user.entity';
import { assertAnAdministratorRemains, lockAdministrators } from '../admin-guard';
import { ImportOptionsDto, ImportReportDto } from './dto/import.dto';
import { ExistingPerson, GroupChoice, GroupLookup, ImportPlan, planImport } from './import-plan';
import { parsePeopleCsv, PeopleCsvFileError } from './people-csv';

/** How many rows go into one INSERT or UPDATE statement. */
const BATCH = 2_000;
/** How many planned changes the report lists (the counts cover all of them). */
const PREVIEW_LIMIT = 200;

/**
 * The bulk import: an idempotent upsert of people keyed by email. A dry run reports what would
 * happen; applying does it in one transaction, or refuses and writes nothing.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  async run(
    file: Buffer,
    options: ImportOptionsDto,
    actor: AuditActor,
    baseUrl: string,
  ): Promise<ImportReportDto> {
    const parsed = this.parse(file);
    // Rows the parser refused are not in parsed.rows; each has one or more problems on its line.
    const totalRows =
      parsed.rows.length + new Set(parsed.problems.map((problem) => problem.line)).size;
    if (options.dryRun) {
      const plan = await this.plan(this.dataSource.manager, parsed, options);
      return this.report(plan, options, totalRows, false, 0);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockAdministrators(manager);
      const plan = await this.plan(manager, parsed, options);
      if (plan.problems.length > 0) {
        const report = this.report(plan, options, totalRows, false, 0);
        throw new DomainError(
          'import_invalid',
          `The file has ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}; nothing was imported. Fix them and upload the file again.`,
          {},
          report,
        );
      }
      const invited = await this.apply(manager, plan, options, actor, baseUrl);
      await assertAnAdministratorRemains(manager);
      return this.report(plan, options, totalRows, true, invited);
    });
  }

  private parse(file: Buffer) {
    try {
      return parsePeopleCsv(file);
    } catch (error) {
      if (error instanceof PeopleCsvFileError) throw new DomainError('invalid_file', error.message);
      throw error;
    }
  }

  private async plan(
    manager: EntityManager,
    parsed: ReturnType<typeof parsePeopleCsv>,
    options: ImportOptionsDto,
  ): Promise<ImportPlan> {
    const emails = parsed.rows.map((row) => row.email);
    // One after the other: inside a transaction these share one connection.
    const existing = await manager.query<ExistingPerson[]>(
      `SELECT id, email, name, roles, status, language,
              department_id AS "departmentId", location_id AS "locationId"
         FROM users WHERE email = ANY($1::varchar[])`,
      [emails],
    );
    const groups = await this.groupLookup(manager);
    const admins = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE 'admin' = ANY(roles) AND status = 'active'`,
    );
    const plan = planImport(
      parsed.rows,
      new Map(
        existing.map((person) => [person.email, { ...person, roles: parseRoles(person.roles) }]),
      ),
      groups,
      options.unknownGroups,
      new Set(admins.map((admin) => admin.id)),
    );
    plan.problems = [...parsed.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    return plan;
  }

  private async groupLookup(manager: EntityManager): Promise<GroupLookup> {
    const all = await manager.find(OrgGroup);
    const byKind = (kind: GroupKind) =>
      new Map(all.filter((group) => group.kind === kind).map((group) => [group.nameKey, group.id]));
    return { departments: byKind('department'), locations: byKind('location') };
  }

  /** Writes the plan; returns how many invitations were sent. */
  private async apply(
    manager: EntityManager,
    plan: ImportPlan,
    options: ImportOptionsDto,
    actor: AuditActor,
    baseUrl: string,
  ): Promise<number> {
    const created = {
      department: await this.groups.createMissing('department', plan.newDepartments, manager),
      location: await this.groups.createMissing('location', plan.newLocations, manager),
    };
    const groupId = (kind: GroupKind, choice: GroupChoice): string | null => {
      if (choice === null) return null;
      if ('id' in choice) return choice.id;
      return created[kind].find((group) => group.nameKey === groupNameKey(choice.newName))!.id;
    };
    const values = (change: ImportPlan['changes'][number]) => ({
      name: change.row.name,
      roles: `{${change.row.roles.join(',')}}`,
      language: change.row.language,
      departmentId: groupId('department', change.row.department),
      locationId: groupId('location', change.row.location),
    });

    const toCreate = plan.changes.filter((change) => change.action === 'create');
    const toUpdate = plan.changes.filter((change) => change.action === 'update');
    const createdIds: string[] = [];
    for (const batch of chunks(toCreate, BATCH)) {
      const rows = batch.map((change) => ({ email: change.row.email, ...values(change) }));
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO users (email, name, roles, language, department_id, location_id, status)
         SELECT t.email, t.name, t.roles::user_role[], t.language, t.department_id, t.location_id, 'invited'
           FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[], $5::uuid[], $6::uuid[])
             AS t(email, name, roles, language, department_id, location_id)
         RETURNING id`,
        columns(rows, ['email', 'name', 'roles', 'language', 'departmentId', 'locationId']),
      );
      createdIds.push(...inserted.map((row) => row.id));
    }
    for (const batch of chunks(toUpdate, BATCH)) {
      const rows = batch.map((change) => ({ id: change.existing!.id, ...values(change) }));
      await manager.query(
        `UPDATE users AS u
            SET name = t.name, roles = t.roles::user_role[], language = t.language,
                department_id = t.department_id, location_id = t.location_id, updated_at = now()
           FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::varchar[], $5::uuid[], $6::uuid[])
             AS t(id, name, roles, language, department_id, location_id)
          WHERE u.id = t.id`,
        columns(rows, ['id', 'name', 'roles', 'language', 'departmentId', 'locationId']),
      );
    }

    let invited = 0;
    if (options.invite && createdIds.length > 0) {
      const people = await manager.findBy(User, { id: In(createdIds) });
      for (const person of people) {
        await this.accounts.sendInvitation(person, actor, baseUrl, manager);
        invited += 1;
      }
    }

    const entries: NewAuditEntry[] = toUpdate
      .filter((change) => change.fields.includes('roles'))
      .map((change) => ({
        actor,
        action: 'person.roles_changed',
        target: { type: 'person', id: change.existing!.id, label: change.row.email },
        summary: {
          before: { roles: change.existing!.roles },
          after: { roles: change.row.roles },
          by: 'import',
        },
      }));
    entries.push({
      actor,
      action: 'people.imported',
      target: { type: 'import' },
      summary: {
        created: toCreate.length,
        updated: toUpdate.length,
        unchanged: plan.changes.length - toCreate.length - toUpdate.length,
        invited,
        newDepartments: plan.newDepartments,
        newLocations: plan.newLocations,
      },
    });
    await this.audit.recordMany(entries, manager);
    return invited;
  }

  private report(
    plan: ImportPlan,
    options: ImportOptionsDto,
    totalRows: number,
    applied: boolean,
    invited: number,
  ): ImportReportDto {
    const count = (action: string) => plan.changes.filter((c) => c.action === action).length;
    return {
      dryRun: options.dryRun,
      applied,
      rows: totalRows,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      invited,
      newDepartments: plan.newDepartments,
      newLocations: plan.newLocations,
      problems: plan.problems,
      changes: plan.changes.slice(0, PREVIEW_LIMIT).map((change) => ({
        line: change.row.line,
        email: change.row.email,
        name: change.row.name,
        action: change.action,
        fields: change.fields,
      })),
    };
  }
}

/** PostgreSQL hands back enum arrays as '{a,b}' text through raw queries. */
function parseRoles(roles: unknown): ExistingPerson['roles'] {
  if (Array.isArray(roles)) return roles as ExistingPerson['roles'];
  return String(roles).replace(/[{}]/g, '').split(',').filter(Boolean) as ExistingPerson['roles'];
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

/** Turns rows into one array per column, the shape unnest() takes. */
function columns<T extends object>(rows: T[], keys: (keyof T)[]): unknown[][] {
  return keys.map((key) => rows.map((row) => row[key]));
}
