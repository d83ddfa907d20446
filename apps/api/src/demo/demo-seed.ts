import { nameKey } from '../common/name-key';
import type { EntityManager } from 'typeorm';
import type { AccountsService } from '../accounts/accounts.service';
import { OrgGroup } from '../groups/entities/org-group.entity';
import { SocialProfile } from '../profile/entities/social-profile.entity';
import { User } from '../users/entities/user.entity';
import { DEMO_ACCOUNTS, DEMO_COLLEAGUES, DEMO_DEPARTMENTS, DEMO_LOCATIONS } from './demo-accounts';

const DAY = 86_400_000;

/**
 * Fills an empty database with a small company: groups, people in every state, their social
 * profiles, invitation mails waiting in the outbox and a few weeks of audit history.
 */
export async function seedDemoCompany(
  manager: EntityManager,
  accounts: AccountsService,
  passwordHash: string,
): Promise<void> {
  const groups = await manager.save(
    OrgGroup,
    [
      ...DEMO_DEPARTMENTS.map((name) => ({ kind: 'department' as const, name })),
      ...DEMO_LOCATIONS.map((name) => ({ kind: 'location' as const, name })),
    ].map((group) => manager.create(OrgGroup, { ...group, nameKey: nameKey(group.name) })),
  );
  const groupId = (kind: OrgGroup['kind'], name: string) =>
    groups.find((group) => group.kind === kind && group.name === name)!.id;

  const people = [...DEMO_ACCOUNTS, ...DEMO_COLLEAGUES];
  const admin = { id: '', label: DEMO_ACCOUNTS[0].email };
  for (const [index, person] of people.entries()) {
    const joined = new Date(Date.now() - (60 - index) * DAY);
    const user = await manager.save(
      manager.create(User, {
        email: person.email,
        name: person.name,
        roles: person.roles,
        language: person.language,
        status: person.status,
        departmentId: groupId('department', person.department),
        locationId: groupId('location', person.location),
        passwordHash: person.status === 'invited' ? null : passwordHash,
        lastSignInAt: person.status === 'active' ? new Date(Date.now() - (index % 9) * DAY) : null,
        createdAt: joined,
      }),
    );
    if (index === 0) admin.id = user.id;
    if (person.social.length > 0) {
      await manager.insert(
        SocialProfile,
        person.social.map((profile) => ({ userId: user.id, ...profile })),
      );
    }
    if (person.status === 'invited') await accounts.sendInvitation(user, admin, manager);
    await history(manager, admin, user, person.status, joined);
  }
}

/** The audit entries an admin's work on this person would have left. */
async function history(
  manager: EntityManager,
  admin: { id: string; label: string },
  user: User,
  status: string,
  joined: Date,
): Promise<void> {
  const entries: [string, Date, Record<string, unknown> | null][] = [
    ['person.invited', joined, { roles: user.roles }],
  ];
  if (status !== 'invited') {
    entries.push(['person.invitation_accepted', new Date(joined.getTime() + DAY / 3), null]);
  }
  if (user.roles.length > 1) {
    entries.push([
      'person.roles_changed',
      new Date(joined.getTime() + DAY),
      { before: { roles: ['employee'] }, after: { roles: user.roles } },
    ]);
  }
  if (status === 'deactivated') {
    entries.push([
      'person.deactivated',
      new Date(Date.now() - 5 * DAY),
      { before: { status: 'active' }, after: { status: 'deactivated' } },
    ]);
  }
  for (const [action, at, summary] of entries) {
    const accepted = action === 'person.invitation_accepted';
    await manager.query(
      `INSERT INTO audit_entries (at, actor_id, actor_label, action, target_type, target_id, target_label, summary)
       VALUES ($1, $2, $3, $4, 'person', $5, $6, $7)`,
      [
        at,
        accepted ? user.id : admin.id,
        accepted ? user.email : admin.label,
        action,
        user.id,
        user.email,
        summary,
      ],
    );
  }
}
