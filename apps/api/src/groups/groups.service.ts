import { nameKey } from '../common/name-key';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GroupKind } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { OrgGroup } from './entities/org-group.entity';
import { GroupsRepository, type GroupWithCount } from './groups.repository';

/** The managed lists of departments and locations. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every group of a kind, by name, with how many people are in it. */
  list(kind: GroupKind): Promise<GroupWithCount[]> {
    return this.groups.listWithMemberCounts(kind);
  }

  async get(kind: GroupKind, id: string): Promise<OrgGroup> {
    const group = await this.groups.findById(kind, id);
    if (!group) throw new DomainError('not_found', 'errors:groups.notFound', { kind, id });
    return group;
  }

  async create(kind: GroupKind, name: string, actor: AuditActor): Promise<OrgGroup> {
    return this.transactions.run(async (manager) => {
      await this.assertNameFree(manager, kind, name);
      const group = await this.groups.insert(
        { kind, name: name.trim(), nameKey: nameKey(name) },
        manager,
      );
      await this.audit.record(
        { actor, action: 'group.created', target: this.target(group), summary: { kind } },
        manager,
      );
      return group;
    });
  }

  async rename(
    kind: GroupKind,
    id: string,
    name: string,
    actor: AuditActor,
  ): Promise<GroupWithCount> {
    return this.transactions.run(async (manager) => {
      const group = await this.get(kind, id);
      const before = group.name;
      if (nameKey(name) !== group.nameKey) await this.assertNameFree(manager, kind, name);
      group.name = name.trim();
      group.nameKey = nameKey(name);
      await this.groups.save(group, manager);
      await this.audit.record(
        {
          actor,
          action: 'group.renamed',
          target: this.target(group),
          summary: { kind, before: { name: before }, after: { name: group.name } },
        },
        manager,
      );
      return { group, memberCount: await this.groups.countMembers(kind, id, manager) };
    });
  }

  /** Deletes a group; its members simply have no department (or location) afterwards. */
  async remove(kind: GroupKind, id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const group = await this.get(kind, id);
      const members = await this.groups.countMembers(kind, id, manager);
      await this.groups.delete(id, manager);
      await this.audit.record(
        { actor, action: 'group.deleted', target: this.target(group), summary: { kind, members } },
        manager,
      );
    });
  }

  /** The groups of a kind with these ids; an unknown id is a clear 400. */
  async findByIds(
    kind: GroupKind,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<OrgGroup[]> {
    if (ids.length === 0) return [];
    const found = await this.groups.findByIds(kind, [...ids], manager);
    const missing = ids.find((id) => !found.some((group) => group.id === id));
    if (missing) {
      throw new DomainError('invalid_input', 'errors:groups.unknown', { kind, id: missing });
    }
    return found;
  }

  /** Every department and location (a few hundred at most). */
  all(manager?: EntityManager): Promise<OrgGroup[]> {
    return this.groups.findAll(manager);
  }

  /** The department named `name` (case-insensitive), if it exists. */
  findDepartment(name: string, manager?: EntityManager): Promise<OrgGroup | null> {
    return this.groups.findByNameKey('department', nameKey(name), manager);
  }

  /** The groups of a kind with these names (case-insensitive), keyed by lower-cased name. */
  async findByNames(
    kind: GroupKind,
    names: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, OrgGroup>> {
    const keys = [...new Set(names.map(nameKey))];
    if (keys.length === 0) return new Map();
    const found = await this.groups.findByNameKeys(kind, keys, manager);
    return new Map(found.map((group) => [group.nameKey, group]));
  }

  /** Creates the groups of a kind that do not exist yet (used by the import, in its transaction). */
  async createMissing(
    kind: GroupKind,
    names: readonly string[],
    manager: EntityManager,
  ): Promise<OrgGroup[]> {
    const existing = await this.findByNames(kind, names, manager);
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = nameKey(name);
      if (!existing.has(key) && !byKey.has(key)) byKey.set(key, name.trim());
    }
    if (byKey.size === 0) return [];
    const rows = [...byKey].map(([nameKey, name]) => ({ kind, name, nameKey }));
    await this.groups.insertIgnoringExisting(rows, manager);
    return this.groups.findByNameKeys(kind, [...byKey.keys()], manager);
  }

  private async assertNameFree(
    manager: EntityManager,
    kind: GroupKind,
    name: string,
  ): Promise<void> {
    if (await this.groups.existsWithNameKey(kind, nameKey(name), manager)) {
      throw new DomainError('conflict', 'errors:groups.nameTaken', { kind, name: name.trim() });
    }
  }

  private target(group: OrgGroup) {
    return { type: 'group' as const, id: group.id, label: group.name };
  }
}
