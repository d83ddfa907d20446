import type { Translations } from '@chorus/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A subject curators tag content with and employees follow. */
@Entity('topics')
@Check('topics_names_object', `jsonb_typeof("names") = 'object'`)
export class Topic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** The name lower-cased: "AI" and "ai" are one topic. */
  @Index('topics_name_key_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  nameKey: string;

  /** The name in other UI languages; a language without one reads `name`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  names: Translations;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
