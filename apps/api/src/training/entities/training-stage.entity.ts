import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';

/** One of the three stages: its title, what it covers and the quiz score that passes it. */
@Entity('training_stages')
export class TrainingStage {
  @PrimaryColumn({ type: 'smallint' })
  stage: StageNumber;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  /** The share of questions, in percent, a quiz attempt must answer right. */
  @Column({ type: 'smallint', default: 80 })
  passMark: number;

  /** The language its title, summary, lessons and questions are written in; others are translations. */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language: string;
}
