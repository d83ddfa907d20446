import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';
import { QuizQuestion } from './quiz-question.entity';
import { TrainingLesson } from './training-lesson.entity';
import { TrainingStage } from './training-stage.entity';

/** A stage's title and summary in a language other than its main one. */
@Entity('training_stage_translations')
export class TrainingStageTranslation {
  @PrimaryColumn({ type: 'smallint' })
  stage: StageNumber;

  @ManyToOne(() => TrainingStage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage' })
  details?: TrainingStage;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A lesson in a language other than its stage's main one. */
@Entity('training_lesson_translations')
export class TrainingLessonTranslation {
  @PrimaryColumn('uuid')
  lessonId: string;

  @ManyToOne(() => TrainingLesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: TrainingLesson;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A quiz question in a language other than its stage's main one. Its options are the main
 * question's, in the same order and as many: the right answer is one index for every language.
 */
@Entity('quiz_question_translations')
export class QuizQuestionTranslation {
  @PrimaryColumn('uuid')
  questionId: string;

  @ManyToOne(() => QuizQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuizQuestion;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 500 })
  prompt: string;

  @Column({ type: 'jsonb' })
  options: string[];

  @Column({ type: 'varchar', length: 1000, default: '' })
  explanation: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
