import { GROUP_KINDS, GroupKind } from '@chorus/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A department or a location: the managed lists that targeting and analytics group people by. */
@Entity('org_groups')
@Index('org_groups_kind_name_key', ['kind', 'nameKey'], { unique: true })
export class OrgGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: GROUP_KINDS, enumName: 'group_kind' })
  kind: GroupKind;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The name lower-cased: "Sales" and "sales" are the same group. */
  @Column({ type: 'varchar', length: 120 })
  nameKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
