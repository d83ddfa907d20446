import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { GroupKind } from '@chorus/core';
import { OrgGroup } from './entities/org-group.entity';

export interface GroupWithCount {
  group: OrgGroup;
  memberCount: number;
}

/** The column of users that points at a group of this kind. */
const MEMBER_COLUMN: Record<GroupKind, string> = {
  department: 'department_id',
  location: 'location_id',
};

/** The departments and locations, and who is in each. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectRepository(OrgGroup) private readonly groups: Repository<OrgGroup>) {}

  /** Every group of a kind, by name, with how many people are in it. */
  async listWithMemberCounts(kind: GroupKind): Promise<GroupWithCount[]> {
    const column = MEMBER_COLUMN[kind];
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

  findById(
    kind: GroupKind,
    id: string,
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup | null> {
    return manager.findOneBy(OrgGroup, { kind, id });
  }

  /** The groups of a kind among these ids that exist. */
  findByIds(
    kind: GroupKind,
    ids: string[],
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup[]> {
    return manager.findBy(OrgGroup, { kind, id: In(ids) });
  }

  /** Every department and location. */
  findAll(manager: EntityManager = this.groups.manager): Promise<OrgGroup[]> {
    return manager.find(OrgGroup);
  }

  findByNameKey(
    kind: GroupKind,
    key: string,
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup | null> {
    return manager.findOneBy(OrgGroup, { kind, nameKey: key });
  }

  /** The groups of a kind among these name keys that exist. */
  findByNameKeys(
    kind: GroupKind,
    keys: string[],
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup[]> {
    return manager.findBy(OrgGroup, { kind, nameKey: In(keys) });
  }

  /** Whether a group of this kind already has this name key (the name, whatever its case). */
  existsWithNameKey(
    kind: GroupKind,
    key: string,
    manager: EntityManager = this.groups.manager,
  ): Promise<boolean> {
    return manager.existsBy(OrgGroup, { kind, nameKey: key });
  }

  /** How many people are in the group. */
  async countMembers(
    kind: GroupKind,
    id: string,
    manager: EntityManager = this.groups.manager,
  ): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM users WHERE ${MEMBER_COLUMN[kind]} = $1`,
      [id],
    );
    return count;
  }

  insert(
    fields: Pick<OrgGroup, 'kind' | 'name' | 'nameKey'>,
    manager: EntityManager = this.groups.manager,
  ): Promise<OrgGroup> {
    return manager.save(manager.create(OrgGroup, fields));
  }

  /** Inserts these groups, skipping any that another transaction inserted first. */
  async insertIgnoringExisting(
    rows: Pick<OrgGroup, 'kind' | 'name' | 'nameKey'>[],
    manager: EntityManager = this.groups.manager,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(OrgGroup).values(rows).orIgnore().execute();
  }

  save(group: OrgGroup, manager: EntityManager = this.groups.manager): Promise<OrgGroup> {
    return manager.save(group);
  }

  async delete(id: string, manager: EntityManager = this.groups.manager): Promise<void> {
    await manager.delete(OrgGroup, { id });
  }
}
