import { randomUUID } from 'node:crypto';
import { nameKey } from '../../common/name-key';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { renderMessage, type GroupKind } from '@chorus/core';
import { AccountsService } from '../../accounts/accounts.service';
import { AuditActor, AuditService, NewAuditEntry } from '../../audit/audit.service';
import { DomainError } from '../../common/domain-error';
import { Transactions } from '../../database/transactions';
import { GroupsService } from '../../groups/groups.service';
import { assertAnAdministratorRemains, lockAdministrators } from '../../users/admin-guard';
import { ImportOptionsDto, ImportReportDto } from './dto/import.dto';
import { GroupChoice, GroupLookup, ImportPlan, PlannedChange, planImport } from './import-plan';
import { ImportNotifier } from './import-notifier';
import { ImportedPerson, PeopleImportRepository } from './people-import.repository';
import { parsePeopleCsv, PeopleCsvFileError } from './people-csv';

/** How many planned changes the report lists (the counts cover all of them). */
const PREVIEW_LIMIT = 200;

/**
 * The bulk import: an idempotent upsert of people keyed by email. A dry run reports what would
 * happen; applying does it in one transaction, or refuses and writes nothing. Invitations are
 * mailed after the commit, one by one, so a slow or failing mail server never holds the import.
 */
@Injectable()
export class PeopleImportService {
  private readonly logger = new Logger(PeopleImportService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly people: PeopleImportRepository,
    private readonly groups: GroupsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly notifier: ImportNotifier,
  ) {}

  /** Imports (or previews) `file`; each problem's `message` is said in `language`. */
  async run(
    file: Buffer,
    options: ImportOptionsDto,
    actor: AuditActor,
    language = 'en',
  ): Promise<ImportReportDto> {
    const parsed = this.parse(file);
    // Rows the parser refused are not in parsed.rows; each has one or more problems on its line.
    const totalRows =
      parsed.rows.length + new Set(parsed.problems.map((problem) => problem.line)).size;
    if (options.dryRun) {
      const plan = await this.plan(parsed, options);
      return this.report(plan, options, totalRows, { applied: false }, language);
    }
    // Names this import, so that its notification is written once however often this runs.
    const importId = randomUUID();
    const { plan, createdIds } = await this.transactions.run(async (manager) => {
      await lockAdministrators(manager);
      const plan = await this.plan(parsed, options, manager);
      if (plan.problems.length > 0) {
        const report = this.report(plan, options, totalRows, { applied: false }, language);
        throw new DomainError(
          'import_invalid',
          'errors:import.problems',
          { count: plan.problems.length },
          { details: { ...report } },
        );
      }
      const createdIds = await this.apply(manager, plan, options, actor);
      await assertAnAdministratorRemains(manager);
      const updated = plan.changes.filter((change) => change.action === 'update').length;
      const counts = { created: createdIds.length, updated };
      await this.notifier.finished(actor.id, importId, counts, manager);
      return { plan, createdIds };
    });
    const invitations = options.invite
      ? await this.invite(createdIds, actor)
      : { invited: 0, invitationFailures: 0 };
    return this.report(plan, options, totalRows, { applied: true, ...invitations }, language);
  }

  private parse(file: Buffer) {
    try {
      return parsePeopleCsv(file);
    } catch (error) {
      if (error instanceof PeopleCsvFileError) {
        throw new DomainError('invalid_file', error.key, error.params);
      }
      throw error;
    }
  }

  /** What the import would do; inside the caller's transaction when given `manager`. */
  private async plan(
    parsed: ReturnType<typeof parsePeopleCsv>,
    options: ImportOptionsDto,
    manager?: EntityManager,
  ): Promise<ImportPlan> {
    // One after the other: inside a transaction these share one connection.
    const existing = await this.people.findByEmails(
      parsed.rows.map((row) => row.email),
      manager,
    );
    const groups = await this.groupLookup(manager);
    const admins = await this.people.activeAdminIds(manager);
    const plan = planImport(
      parsed.rows,
      new Map(existing.map((person) => [person.email, person])),
      groups,
      options.unknownGroups,
      admins,
    );
    plan.problems = [...parsed.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    return plan;
  }

  private async groupLookup(manager?: EntityManager): Promise<GroupLookup> {
    const all = await this.groups.all(manager);
    const byKind = (kind: GroupKind) =>
      new Map(all.filter((group) => group.kind === kind).map((group) => [group.nameKey, group.id]));
    return { departments: byKind('department'), locations: byKind('location') };
  }

  /** Writes the plan and its audit entries; returns the ids of the people it created. */
  private async apply(
    manager: EntityManager,
    plan: ImportPlan,
    options: ImportOptionsDto,
    actor: AuditActor,
  ): Promise<string[]> {
    const created = {
      department: await this.groups.createMissing('department', plan.newDepartments, manager),
      location: await this.groups.createMissing('location', plan.newLocations, manager),
    };
    const groupId = (kind: GroupKind, choice: GroupChoice): string | null => {
      if (choice === null) return null;
      if ('id' in choice) return choice.id;
      return created[kind].find((group) => group.nameKey === nameKey(choice.newName))!.id;
    };
    const values = (change: PlannedChange): ImportedPerson => ({
      name: change.row.name,
      roles: change.row.roles,
      language: change.row.language,
      departmentId: groupId('department', change.row.department),
      locationId: groupId('location', change.row.location),
    });

    const toCreate = plan.changes.filter((change) => change.action === 'create');
    const toUpdate = plan.changes.filter((change) => change.action === 'update');
    const createdIds = await this.people.insert(
      toCreate.map((change) => ({ email: change.row.email, ...values(change) })),
      manager,
    );
    await this.people.update(
      toUpdate.map((change) => ({ id: change.existing!.id, ...values(change) })),
      manager,
    );

    const importRoles = (
      id: string,
      email: string,
      before: string[],
      after: string[],
    ): NewAuditEntry => ({
      actor,
      action: 'person.roles_changed',
      target: { type: 'person', id, label: email },
      summary: { before: { roles: before }, after: { roles: after }, by: 'import' },
    });
    const entries: NewAuditEntry[] = [
      // New people given more than the employee role: every such grant is traceable.
      ...toCreate.flatMap((change) =>
        change.row.roles.some((role) => role !== 'employee')
          ? [importRoles(createdIds.get(change.row.email)!, change.row.email, [], change.row.roles)]
          : [],
      ),
      ...toUpdate
        .filter((change) => change.fields.includes('roles'))
        .map((change) =>
          importRoles(
            change.existing!.id,
            change.row.email,
            change.existing!.roles,
            change.row.roles,
          ),
        ),
      {
        actor,
        action: 'people.imported',
        target: { type: 'import' },
        summary: {
          created: toCreate.length,
          updated: toUpdate.length,
          unchanged: plan.changes.length - toCreate.length - toUpdate.length,
          invitations: options.invite,
          newDepartments: plan.newDepartments,
          newLocations: plan.newLocations,
        },
      },
    ];
    await this.audit.recordMany(entries, manager);
    return [...createdIds.values()];
  }

  /** Mails each new person their link, each in its own transaction; counts what failed. */
  private async invite(
    ids: string[],
    actor: AuditActor,
  ): Promise<{ invited: number; invitationFailures: number }> {
    let invited = 0;
    let invitationFailures = 0;
    for (const id of ids) {
      try {
        await this.transactions.run(async (manager) => {
          const person = await this.people.getPerson(id, manager);
          await this.accounts.sendInvitation(person, actor, manager, 'bulk');
        });
        invited += 1;
      } catch (error) {
        invitationFailures += 1;
        this.logger.warn(`Invitation after import failed for ${id}: ${(error as Error).message}`);
      }
    }
    return { invited, invitationFailures };
  }

  private report(
    plan: ImportPlan,
    options: ImportOptionsDto,
    totalRows: number,
    outcome: { applied: boolean; invited?: number; invitationFailures?: number },
    language: string,
  ): ImportReportDto {
    const count = (action: string) => plan.changes.filter((c) => c.action === action).length;
    return {
      dryRun: options.dryRun,
      applied: outcome.applied,
      rows: totalRows,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      invited: outcome.invited ?? 0,
      invitationFailures: outcome.invitationFailures ?? 0,
      newDepartments: plan.newDepartments,
      newLocations: plan.newLocations,
      problems: plan.problems.map((problem) => ({
        ...problem,
        message: renderMessage(language, problem.key, problem.params),
      })),
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
