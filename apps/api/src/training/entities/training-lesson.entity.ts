import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TrainingStage } from '@chorus/core';

/** A short lesson (markdown) within a stage, shown in `position` order. */
@Entity('training_lessons')
@Index(['stage', 'position'])
export class TrainingLesson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'smallint' })
  stage: TrainingStage;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
