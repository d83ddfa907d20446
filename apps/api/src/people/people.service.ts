import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { normalizeEmail, type AuditDetails, type GroupKind } from '@chorus/core';
import { AccountsService } from '../accounts/accounts.service';
import { AuditActor, AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GroupsRepository } from '../groups/groups.repository';
import { User } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { assertAnAdministratorRemains, lockAdministrators } from '../users/admin-guard';
import { PeopleQueryDto } from './dto/people-query.dto';
import { InvitePersonDto, UpdatePersonDto } from './dto/person-changes.dto';
import { PeopleRepository } from './people.repository';

/** What the audit log shows of a person before and after an edit. */
function snapshot(user: User) {
  return {
    name: user.name,
    roles: user.roles,
    department: user.department?.name ?? null,
    location: user.location?.name ?? null,
    language: user.language,
  } satisfies AuditDetails;
}

function personTarget(user: User) {
  return { type: 'person' as const, id: user.id, label: user.email };
}

/** The admin's side of people: search, invite, edit, deactivate and reactivate. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly transactions: Transactions,
    private readonly people: PeopleRepository,
    private readonly userRecords: UsersRepository,
    private readonly groups: GroupsRepository,
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  search(query: PeopleQueryDto): Promise<{ items: User[]; total: number }> {
    return this.people.search(query);
  }

  get(id: string): Promise<User> {
    return this.users.get(id);
  }

  async invite(invitation: InvitePersonDto, actor: AuditActor): Promise<User> {
    const email = normalizeEmail(invitation.email);
    const id = await this.transactions.run(async (manager) => {
      if (await this.userRecords.existsWithEmail(email, manager)) {
        throw new DomainError('conflict', 'errors:people.emailTaken', { email });
      }
      const user = await this.userRecords.insert(
        {
          email,
          name: invitation.name,
          roles: invitation.roles ?? ['employee'],
          language: invitation.language ?? 'en',
          status: 'invited',
          departmentId: await this.groupId(manager, 'department', invitation.departmentId),
          locationId: await this.groupId(manager, 'location', invitation.locationId),
          passwordHash: null,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'person.invited',
          target: personTarget(user),
          summary: { roles: user.roles },
        },
        manager,
      );
      await this.accounts.sendInvitation(user, actor, manager);
      return user.id;
    });
    return this.users.get(id);
  }

  /** Sends a fresh link to someone who has not accepted their invitation yet. */
  async resendInvitation(id: string, actor: AuditActor): Promise<User> {
    await this.transactions.run(async (manager) => {
      const user = await this.users.get(id);
      if (user.status !== 'invited') {
        throw new DomainError('conflict', 'errors:people.alreadyJoined', {
          name: user.name,
          status: user.status,
        });
      }
      await this.audit.record(
        { actor, action: 'person.invited', target: personTarget(user), summary: { resent: true } },
        manager,
      );
      await this.accounts.sendInvitation(user, actor, manager);
    });
    return this.users.get(id);
  }

  async update(id: string, changes: UpdatePersonDto, actor: AuditActor): Promise<User> {
    await this.transactions.run(async (manager) => {
      if (changes.roles) await lockAdministrators(manager);
      const before = await this.users.get(id);
      const update: Partial<User> = {};
      if (changes.name !== undefined) update.name = changes.name;
      if (changes.language !== undefined) update.language = changes.language;
      if (changes.roles !== undefined) update.roles = changes.roles;
      if (changes.departmentId !== undefined) {
        update.departmentId = await this.groupId(manager, 'department', changes.departmentId);
      }
      if (changes.locationId !== undefined) {
        update.locationId = await this.groupId(manager, 'location', changes.locationId);
      }
      if (Object.keys(update).length === 0) return;
      await this.userRecords.update(id, update, manager);
      const after = await this.userRecords.findByIdWithGroups(id, manager);
      if (!after) throw new DomainError('not_found', 'errors:people.notFound', { id });
      await this.recordEdit(manager, actor, before, after);
      if (changes.roles) await assertAnAdministratorRemains(manager);
    });
    return this.users.get(id);
  }

  /** Refuses sign-in from now on and ends every session at once. */
  async deactivate(id: string, actor: AuditActor): Promise<User> {
    if (id === actor.id) {
      throw new DomainError('conflict', 'errors:people.selfDeactivation');
    }
    await this.transactions.run(async (manager) => {
      await lockAdministrators(manager);
      const user = await this.users.get(id);
      if (user.status === 'deactivated') return;
      await this.userRecords.update(id, { status: 'deactivated' }, manager);
      await this.sessions.revokeAll(id, manager);
      await this.audit.record(
        {
          actor,
          action: 'person.deactivated',
          target: personTarget(user),
          summary: { before: { status: user.status }, after: { status: 'deactivated' } },
        },
        manager,
      );
      await assertAnAdministratorRemains(manager);
    });
    return this.users.get(id);
  }

  /** Lets a person sign in again; someone who never chose a password is back to "invited". */
  async reactivate(id: string, actor: AuditActor): Promise<User> {
    await this.transactions.run(async (manager) => {
      const user = await this.userRecords.findByIdWithPasswordHash(id, manager);
      if (!user) throw new DomainError('not_found', 'errors:people.notFound', { id });
      if (user.status !== 'deactivated') return;
      const status = user.passwordHash || user.ssoSubject ? 'active' : 'invited';
      await this.userRecords.update(id, { status }, manager);
      await this.audit.record(
        {
          actor,
          action: 'person.reactivated',
          target: personTarget(user),
          summary: { before: { status: 'deactivated' }, after: { status } },
        },
        manager,
      );
    });
    return this.users.get(id);
  }

  /** A role change is its own kind of entry; any other change is one "updated" entry. */
  private async recordEdit(
    manager: EntityManager,
    actor: AuditActor,
    before: User,
    after: User,
  ): Promise<void> {
    const was = snapshot(before);
    const now = snapshot(after);
    const rolesChanged = was.roles.join() !== now.roles.join();
    if (rolesChanged) {
      await this.audit.record(
        {
          actor,
          action: 'person.roles_changed',
          target: personTarget(after),
          summary: { before: { roles: was.roles }, after: { roles: now.roles } },
        },
        manager,
      );
    }
    const changed = (Object.keys(was) as (keyof typeof was)[]).filter(
      (key) => key !== 'roles' && JSON.stringify(was[key]) !== JSON.stringify(now[key]),
    );
    if (changed.length > 0) {
      await this.audit.record(
        {
          actor,
          action: 'person.updated',
          target: personTarget(after),
          summary: {
            before: Object.fromEntries(changed.map((key) => [key, was[key]])),
            after: Object.fromEntries(changed.map((key) => [key, now[key]])),
          },
        },
        manager,
      );
    }
  }

  /** Checks that an id names a group of the right kind; null clears the group. */
  private async groupId(
    manager: EntityManager,
    kind: GroupKind,
    id: string | null | undefined,
  ): Promise<string | null> {
    if (id === undefined || id === null) return null;
    if (!(await this.groups.findById(kind, id, manager))) {
      throw new DomainError('invalid_input', 'errors:groups.unknown', { kind, id });
    }
    return id;
  }
}
