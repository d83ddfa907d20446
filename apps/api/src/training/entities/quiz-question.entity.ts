import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TrainingStage } from '@chorus/core';

/** A multiple-choice question of a stage's quiz, with the one right option. */
@Entity('quiz_questions')
@Index(['stage', 'position'])
export class QuizQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'smallint' })
  stage: TrainingStage;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 500 })
  prompt: string;

  @Column({ type: 'jsonb' })
  options: string[];

  /** Index into `options` of the right answer. */
  @Column({ type: 'smallint' })
  correctOption: number;

  /** Why the right answer is right, shown after an attempt. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  explanation: string;
}
