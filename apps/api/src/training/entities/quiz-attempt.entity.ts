import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { TrainingStage } from '@chorus/core';
import { User } from '../../users/entities/user.entity';

/** One try at a stage's quiz. A person has reached the highest stage they passed. */
@Entity('quiz_attempts')
@Index(['userId', 'stage'])
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'smallint' })
  stage: TrainingStage;

  /** Percent of the questions answered right. */
  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'boolean' })
  passed: boolean;

  /** The language the quiz was taken in; grading does not depend on it. */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  /** The option chosen per question id, as answered. */
  @Column({ type: 'jsonb' })
  answers: Record<string, number>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
