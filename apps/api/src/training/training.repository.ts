import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, EntityTarget, In } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';
import { LOCKS, lockKeyedBy } from '../database/advisory-lock';
import { LessonRead } from './entities/lesson-read.entity';
import { QuizAttempt } from './entities/quiz-attempt.entity';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import {
  QuizQuestionTranslation,
  TrainingLessonTranslation,
  TrainingStageTranslation,
} from './entities/training-translations.entity';

/** What a stage holds in order: its lessons and its quiz questions. */
export type Ordered = TrainingLesson | QuizQuestion;

/** A stage's title, lessons and questions in one language other than its main one. */
export interface TranslationsIn {
  stages: TrainingStageTranslation[];
  lessons: TrainingLessonTranslation[];
  questions: QuizQuestionTranslation[];
}

/** What can be translated, and the translation's row type. */
export type Translation =
  TrainingStageTranslation | TrainingLessonTranslation | QuizQuestionTranslation;

export interface StageResult {
  stage: number;
  attempts: number;
  bestScore: number;
  passedAt: Date | null;
}

export interface DistributionRow {
  departmentId: string | null;
  department: string | null;
  people: number;
  enrolled: number;
  /** People by the stage they reached: index 0 is "not started", 1–3 the stages. */
  byStage: number[];
}

/** The training figures: one person's results, and how far each department has come. */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises a person's quiz attempts until the caller's transaction ends, so that two
   * attempts at once score against the same stage reached.
   */
  lockQuizzesOf(userId: string, manager: EntityManager): Promise<void> {
    return lockKeyedBy(manager, LOCKS.quizAttempts, userId);
  }

  /** Serialises changes to a stage's order of lessons and questions until the transaction ends. */
  lockStage(stage: StageNumber, manager: EntityManager): Promise<void> {
    return lockKeyedBy(manager, LOCKS.trainingStage, String(stage));
  }

  /** Every stage, in order. */
  stages(): Promise<TrainingStage[]> {
    return this.dataSource.manager.find(TrainingStage, { order: { stage: 'ASC' } });
  }

  /** One stage's details; throws when the stage does not exist. */
  getStage(stage: StageNumber, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneByOrFail(TrainingStage, { stage });
  }

  /** One stage's details, locked until the caller's transaction ends. */
  getStageForUpdate(stage: StageNumber, manager: EntityManager) {
    return manager.findOneOrFail(TrainingStage, {
      where: { stage },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Every quiz question, answers included, by stage and position. */
  questions(): Promise<QuizQuestion[]> {
    return this.dataSource.manager.find(QuizQuestion, {
      order: { stage: 'ASC', position: 'ASC' },
    });
  }

  /** The person's preferred language (ISO 639-1). */
  async preferredLanguageOf(userId: string, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<{ language: string }[]>(
      'SELECT language FROM users WHERE id = $1',
      [userId],
    );
    return row?.language ?? 'en';
  }

  /**
   * The translations into `language` of the given stages, lessons and questions (all of them
   * when no ids are given for that kind).
   */
  async translationsIn(
    language: string,
    of: { stages: number[]; lessonIds: string[]; questionIds: string[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TranslationsIn> {
    // One after the other: `manager` may be a transaction's, which runs one query at a time.
    const stages =
      of.stages.length === 0
        ? []
        : await manager.findBy(TrainingStageTranslation, {
            language,
            stage: In(of.stages as StageNumber[]),
          });
    const lessons =
      of.lessonIds.length === 0
        ? []
        : await manager.findBy(TrainingLessonTranslation, {
            language,
            lessonId: In(of.lessonIds),
          });
    const questions =
      of.questionIds.length === 0
        ? []
        : await manager.findBy(QuizQuestionTranslation, {
            language,
            questionId: In(of.questionIds),
          });
    return { stages, lessons, questions };
  }

  /** Every translation of a stage, its lessons and its questions, by language. */
  async translationsOfStage(
    stage: StageNumber,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TranslationsIn> {
    const stages = await manager.find(TrainingStageTranslation, {
      where: { stage },
      order: { language: 'ASC' },
    });
    const lessons = await manager
      .createQueryBuilder(TrainingLessonTranslation, 'translation')
      .innerJoin('translation.lesson', 'lesson')
      .where('lesson.stage = :stage', { stage })
      .orderBy('translation.language', 'ASC')
      .getMany();
    const questions = await manager
      .createQueryBuilder(QuizQuestionTranslation, 'translation')
      .innerJoin('translation.question', 'question')
      .where('question.stage = :stage', { stage })
      .orderBy('translation.language', 'ASC')
      .getMany();
    return { stages, lessons, questions };
  }

  /** The languages a question is translated into, with the translations locked. */
  questionTranslationsForUpdate(questionId: string, manager: EntityManager) {
    return manager.find(QuizQuestionTranslation, {
      where: { questionId },
      order: { language: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts or replaces one translation (keyed by what it translates and its language). */
  async saveTranslation<T extends Translation>(
    entity: EntityTarget<T>,
    fields: DeepPartial<T>,
    manager: EntityManager,
  ): Promise<T> {
    return manager.save(manager.create(entity, fields));
  }

  findTranslation<T extends Translation>(
    entity: EntityTarget<T>,
    key: Partial<Record<'stage' | 'lessonId' | 'questionId' | 'language', unknown>>,
    manager: EntityManager,
  ): Promise<T | null> {
    return manager.findOneBy(entity, key as never);
  }

  async deleteTranslation<T extends Translation>(
    entity: EntityTarget<T>,
    key: Partial<Record<'stage' | 'lessonId' | 'questionId' | 'language', unknown>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(entity, key as never);
  }

  /** Every lesson, by stage and position. */
  lessons(): Promise<TrainingLesson[]> {
    return this.dataSource.manager.find(TrainingLesson, {
      order: { stage: 'ASC', position: 'ASC' },
    });
  }

  findLesson(id: string): Promise<TrainingLesson | null> {
    return this.dataSource.manager.findOneBy(TrainingLesson, { id });
  }

  /** A stage's lessons, in order. */
  lessonsOf(stage: StageNumber, manager: EntityManager = this.dataSource.manager) {
    return manager.find(TrainingLesson, { where: { stage }, order: { position: 'ASC' } });
  }

  /** A stage's quiz questions, answers included, in order. */
  questionsOf(stage: StageNumber, manager: EntityManager = this.dataSource.manager) {
    return manager.find(QuizQuestion, { where: { stage }, order: { position: 'ASC' } });
  }

  hasRead(lessonId: string, userId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(LessonRead, { lessonId, userId });
  }

  /**
   * Records that the person read the lesson; reading it again changes nothing. They read it now,
   * unless `readAt` says when (history such as the demo's).
   */
  async markRead(
    lessonId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    readAt?: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(LessonRead)
      .values(readAt ? { userId, lessonId, readAt } : { userId, lessonId })
      .orIgnore()
      .execute();
  }

  insertAttempt(fields: DeepPartial<QuizAttempt>, manager: EntityManager): Promise<QuizAttempt> {
    return manager.save(manager.create(QuizAttempt, fields));
  }

  /** Inserts a lesson or a question. */
  insert<T extends Ordered>(
    entity: EntityTarget<T>,
    fields: DeepPartial<T>,
    manager: EntityManager,
  ): Promise<T> {
    return manager.save(manager.create(entity, fields));
  }

  save<T extends TrainingStage | Ordered>(row: T, manager: EntityManager): Promise<T> {
    return manager.save(row);
  }

  /** A lesson or a question, or null. */
  findOrdered<T extends Ordered>(
    entity: EntityTarget<T>,
    id: string,
    manager: EntityManager,
  ): Promise<T | null> {
    return manager.findOne(entity, { where: { id } as never });
  }

  /** A lesson or a question; throws when there is none. */
  getOrdered<T extends Ordered>(entity: EntityTarget<T>, id: string, manager: EntityManager) {
    return manager.findOneByOrFail(entity, { id } as never);
  }

  /** A lesson or a question, locked until the caller's transaction ends. */
  getOrderedForUpdate<T extends Ordered>(
    entity: EntityTarget<T>,
    id: string,
    manager: EntityManager,
  ): Promise<T> {
    return manager.findOneOrFail(entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** How many lessons (or questions) the stage has. */
  countInStage(
    entity: EntityTarget<Ordered>,
    stage: StageNumber,
    manager: EntityManager,
  ): Promise<number> {
    return manager.countBy(entity, { stage });
  }

  /** A stage's lessons (or questions), in their order. */
  async orderedInStage(
    entity: EntityTarget<Ordered>,
    stage: StageNumber,
    manager: EntityManager,
  ): Promise<Ordered[]> {
    return (await manager.find(entity, {
      where: { stage } as never,
      order: { position: 'ASC' } as never,
    })) as Ordered[];
  }

  async setPosition(
    entity: EntityTarget<Ordered>,
    id: string,
    position: number,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(entity, { id }, { position });
  }

  async deleteOrdered(
    entity: EntityTarget<Ordered>,
    id: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(entity, { id });
  }

  /** The highest stage the person passed: stages are taken in order, so that is their level. */
  async reachedStage(userId: string, manager: EntityManager = this.dataSource.manager) {
    const [{ stage }] = await manager.query<{ stage: number }[]>(
      `SELECT coalesce(max(stage), 0)::int AS stage
         FROM quiz_attempts WHERE user_id = $1 AND passed`,
      [userId],
    );
    return stage;
  }

  async resultsOf(userId: string): Promise<StageResult[]> {
    return this.dataSource.query<StageResult[]>(
      `SELECT stage::int, count(*)::int AS attempts, max(score)::int AS "bestScore",
              min(created_at) FILTER (WHERE passed) AS "passedAt"
         FROM quiz_attempts WHERE user_id = $1
        GROUP BY stage`,
      [userId],
    );
  }

  async lessonsReadBy(userId: string): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ lesson_id: string }[]>(
      'SELECT lesson_id FROM lesson_reads WHERE user_id = $1',
      [userId],
    );
    return new Set(rows.map((row) => row.lesson_id));
  }

  /** The person's quiz attempts and the lessons they read, for their data export. */
  async historyOf(userId: string) {
    const [attempts, lessonsRead] = await Promise.all([
      this.dataSource.query<
        { stage: number; score: number; passed: boolean; language: string; at: Date }[]
      >(
        `SELECT stage::int, score::int, passed, language, created_at AS at
           FROM quiz_attempts WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query<{ stage: number; lesson: string; readAt: Date }[]>(
        `SELECT lesson.stage::int, lesson.title AS lesson, reading.read_at AS "readAt"
           FROM lesson_reads reading JOIN training_lessons lesson ON lesson.id = reading.lesson_id
          WHERE reading.user_id = $1 ORDER BY reading.read_at`,
        [userId],
      ),
    ]);
    return { attempts, lessonsRead };
  }

  /** Active enrolled people who have not passed `stage` yet. */
  async enrolledBelowStage(stage: number, manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT person.id
         FROM users person
         JOIN enrollments enrollment ON enrollment.user_id = person.id
         LEFT JOIN training_stages_reached reached ON reached.user_id = person.id
        WHERE person.status = 'active' AND coalesce(reached.stage, 0) < $1`,
      [stage],
    );
    return rows.map((row) => row.id);
  }

  /** Active people per department by the stage they reached. */
  async distributionByDepartment(): Promise<DistributionRow[]> {
    const rows = await this.dataSource.query<
      (Omit<DistributionRow, 'byStage'> & Record<`stage${0 | 1 | 2 | 3}`, number>)[]
    >(`
      SELECT department.id AS "departmentId", department.name AS "department",
             count(*)::int AS "people",
             count(enrollment.user_id)::int AS "enrolled",
             count(*) FILTER (WHERE coalesce(reached.stage, 0) = 0)::int AS "stage0",
             count(*) FILTER (WHERE reached.stage = 1)::int AS "stage1",
             count(*) FILTER (WHERE reached.stage = 2)::int AS "stage2",
             count(*) FILTER (WHERE reached.stage = 3)::int AS "stage3"
        FROM users person
        LEFT JOIN org_groups department ON department.id = person.department_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
        LEFT JOIN training_stages_reached reached ON reached.user_id = person.id
       WHERE person.status = 'active'
       GROUP BY department.id, department.name
       ORDER BY department.name NULLS LAST`);
    return rows.map(({ stage0, stage1, stage2, stage3, ...row }) => ({
      ...row,
      byStage: [stage0, stage1, stage2, stage3],
    }));
  }
}
