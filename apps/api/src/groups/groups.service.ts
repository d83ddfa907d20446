import { nameKey } from '../common/name-key';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { GroupKind } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { OrgGroup } from './entities/org-group.entity';

export interface GroupWithCount {
  group: OrgGroup;
  memberCount: number;
}

const KIND_LABEL: Record<GroupKind, string> = { department: 'department', location: 'location' };

/** The managed lists of departments and locations. */
@Injectable()
export class GroupsService {
  constructor(
    @InjectRepository(OrgGroup) private readonly groups: Repository<OrgGroup>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every group of a kind, by name, with how many people are in it. */
  async list(kind: GroupKind): Promise<GroupWithCount[]> {
    const column = kind === 'department' ? 'department_id' : 'location_id';
    const { entities, raw } = await this.groups
      .createQueryBuilder('group')
      .addSelect(
        (count) =>
          count
            .select('count(*)::int')
            .from('users', 'member')
            .where(`member.${column} = group.id`),
        'member_count',
      )
      .where('group.kind = :kind', { kind })
      .orderBy('group.name_key', 'ASC')
      .getRawAndEntities<{ member_count: number }>();
    return entities.map((group, index) => ({ group, memberCount: raw[index].member_count }));
  }

  async get(kind: GroupKind, id: string): Promise<OrgGroup> {
    const group = await this.groups.findOneBy({ kind, id });
    if (!group) throw new DomainError('not_found', `No ${KIND_LABEL[kind]} with id ${id}.`);
    return group;
  }

  async create(kind: GroupKind, name: string, actor: AuditActor): Promise<OrgGroup> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, kind, name);
      const group = await manager.save(
        manager.create(OrgGroup, { kind, name: name.trim(), nameKey: nameKey(name) }),
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
    return this.dataSource.transaction(async (manager) => {
      const group = await this.get(kind, id);
      const before = group.name;
      if (nameKey(name) !== group.nameKey) await this.assertNameFree(manager, kind, name);
      group.name = name.trim();
      group.nameKey = nameKey(name);
      await manager.save(group);
      await this.audit.record(
        {
          actor,
          action: 'group.renamed',
          target: this.target(group),
          summary: { kind, before: { name: before }, after: { name: group.name } },
        },
        manager,
      );
      return { group, memberCount: await this.countMembers(manager, kind, id) };
    });
  }

  /** Deletes a group; its members simply have no department (or location) afterwards. */
  async remove(kind: GroupKind, id: string, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const group = await this.get(kind, id);
      const members = await this.countMembers(manager, kind, id);
      await manager.delete(OrgGroup, { id });
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
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup[]> {
    if (ids.length === 0) return [];
    const found = await manager.findBy(OrgGroup, { kind, id: In([...ids]) });
    const missing = ids.find((id) => !found.some((group) => group.id === id));
    if (missing) {
      throw new DomainError('invalid_input', `There is no ${KIND_LABEL[kind]} with id ${missing}.`);
    }
    return found;
  }

  /** Every department and location (a few hundred at most). */
  all(manager: EntityManager = this.groups.manager): Promise<OrgGroup[]> {
    return manager.find(OrgGroup);
  }

  /** The department named `name` (case-insensitive), if it exists. */
  findDepartment(name: string, manager: EntityManager = this.groups.manager) {
    return manager.findOneBy(OrgGroup, { kind: 'department', nameKey: nameKey(name) });
  }

  /** The groups of a kind with these names (case-insensitive), keyed by lower-cased name. */
  async findByNames(
    kind: GroupKind,
    names: readonly string[],
    manager: EntityManager = this.groups.manager,
  ): Promise<Map<string, OrgGroup>> {
    const keys = [...new Set(names.map(nameKey))];
    if (keys.length === 0) return new Map();
    const found = await manager.findBy(OrgGroup, { kind, nameKey: In(keys) });
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
    await manager.createQueryBuilder().insert().into(OrgGroup).values(rows).orIgnore().execute();
    return manager.findBy(OrgGroup, { kind, nameKey: In([...byKey.keys()]) });
  }

  private async assertNameFree(
    manager: EntityManager,
    kind: GroupKind,
    name: string,
  ): Promise<void> {
    if (await manager.existsBy(OrgGroup, { kind, nameKey: nameKey(name) })) {
      throw new DomainError(
        'conflict',
        `A ${KIND_LABEL[kind]} called "${name.trim()}" already exists.`,
      );
    }
  }

  private async countMembers(manager: EntityManager, kind: GroupKind, id: string): Promise<number> {
    const column = kind === 'department' ? 'department_id' : 'location_id';
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM users WHERE ${column} = $1`,
      [id],
    );
    return count;
  }

  private target(group: OrgGroup) {
    return { type: 'group' as const, id: group.id, label: group.name };
  }
}
