import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GroupKind } from '@chorus/core';
import { AccountsService } from '../accounts/accounts.service';
import { AuditActor, AuditService, type NewAuditEntry } from '../audit/audit.service';
import { GroupsService } from '../groups/groups.service';
import { ProfileRepository } from '../profile/profile.repository';
import type { OrgSettings } from '../settings/org-settings';
import { SettingsRepository } from '../settings/settings.repository';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import {
  DEMO_ACCOUNTS,
  DEMO_COLLEAGUES,
  DEMO_DEPARTMENTS,
  DEMO_LOCATIONS,
  DEMO_ORGANISATION_NAME,
  DEMO_TIME_ZONE,
  type DemoPerson,
} from './demo-accounts';

const DAY = 86_400_000;

/** The demo's people by email address. */
export type DemoPeople = Map<string, User>;

/**
 * A small company: groups, people in every state, their social profiles, invitation mails
 * waiting in the outbox and a few weeks of audit history.
 */
@Injectable()
export class DemoCompany {
  constructor(
    private readonly groups: GroupsService,
    private readonly users: UsersService,
    private readonly profiles: ProfileRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly settings: SettingsRepository,
  ) {}

  async seed(manager: EntityManager, passwordHash: string): Promise<DemoPeople> {
    // Named and placed first: the invitation mails below name the company and date in its zone.
    const organisation: Pick<OrgSettings, 'organisationName' | 'timeZone'> = {
      organisationName: DEMO_ORGANISATION_NAME,
      timeZone: DEMO_TIME_ZONE,
    };
    await this.settings.saveValues(
      Object.entries(organisation).map(([key, value]) => ({ key, value })),
      manager,
    );
    const groupIds = new Map<string, string>();
    for (const [kind, names] of [
      ['department', DEMO_DEPARTMENTS],
      ['location', DEMO_LOCATIONS],
    ] as [GroupKind, string[]][]) {
      for (const group of await this.groups.createMissing(kind, names, manager)) {
        groupIds.set(`${kind}:${group.name}`, group.id);
      }
    }

    const people: DemoPeople = new Map();
    const admin: AuditActor = { id: '', label: DEMO_ACCOUNTS[0].email };
    for (const [index, person] of [...DEMO_ACCOUNTS, ...DEMO_COLLEAGUES].entries()) {
      const joined = new Date(Date.now() - (60 - index) * DAY);
      const user = await this.users.create(
        {
          email: person.email,
          name: person.name,
          roles: person.roles,
          language: person.language,
          status: person.status,
          departmentId: groupIds.get(`department:${person.department}`),
          locationId: groupIds.get(`location:${person.location}`),
          passwordHash: person.status === 'invited' ? null : passwordHash,
          lastSignInAt:
            person.status === 'active' ? new Date(Date.now() - (index % 9) * DAY) : null,
          createdAt: joined,
        },
        manager,
      );
      if (index === 0) admin.id = user.id;
      people.set(user.email, user);
      await this.profiles.replaceSocialProfiles(user.id, person.social, manager);
      if (person.status === 'invited')
        await this.accounts.sendInvitation(user, admin, manager, 'bulk');
      await this.audit.recordMany(history(admin, user, person, joined), manager);
    }
    return people;
  }
}

/** The audit entries an admin's work on this person would have left, dated when it happened. */
function history(admin: AuditActor, user: User, person: DemoPerson, joined: Date): NewAuditEntry[] {
  const target = { type: 'person' as const, id: user.id, label: user.email };
  const entries: NewAuditEntry[] = [
    {
      actor: admin,
      action: 'person.invited',
      target,
      summary: { roles: user.roles },
      at: joined,
    },
  ];
  if (person.status !== 'invited') {
    entries.push({
      actor: { id: user.id, label: user.email },
      action: 'person.invitation_accepted',
      target,
      at: new Date(joined.getTime() + DAY / 3),
    });
  }
  if (user.roles.length > 1) {
    entries.push({
      actor: admin,
      action: 'person.roles_changed',
      target,
      summary: { before: { roles: ['employee'] }, after: { roles: user.roles } },
      at: new Date(joined.getTime() + DAY),
    });
  }
  if (person.status === 'deactivated') {
    entries.push({
      actor: admin,
      action: 'person.deactivated',
      target,
      summary: { before: { status: 'active' }, after: { status: 'deactivated' } },
      at: new Date(Date.now() - 5 * DAY),
    });
  }
  return entries;
}
