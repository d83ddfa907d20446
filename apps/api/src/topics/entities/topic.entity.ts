import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A subject curators tag content with and employees follow. */
@Entity('topics')
export class Topic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** The name lower-cased: "AI" and "ai" are one topic. */
  @Index('topics_name_key_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  nameKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
