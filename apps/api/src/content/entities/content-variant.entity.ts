import { VARIANT_NETWORKS, type VariantNetwork } from '@chorus/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ContentItem } from './content-item.entity';

/** Suggested post text for one network (or any) in one language. */
@Entity('content_variants')
@Index('content_variants_item_network_language_key', ['itemId', 'network', 'language'], {
  unique: true,
})
export class ContentVariant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, (item) => item.variants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  // Relation<> keeps the decorator metadata from touching ContentItem while the two files load.
  item?: Relation<ContentItem>;

  @Column({ type: 'enum', enum: VARIANT_NETWORKS, enumName: 'variant_network' })
  network: VariantNetwork;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 5000 })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
