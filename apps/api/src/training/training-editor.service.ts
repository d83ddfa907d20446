import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import { Ordered, TrainingRepository } from './training.repository';

export type StageChanges = Partial<Pick<TrainingStage, 'title' | 'summary' | 'passMark'>>;
export type LessonFields = Pick<TrainingLesson, 'title' | 'body'>;
export type QuestionFields = Pick<
  QuizQuestion,
  'prompt' | 'options' | 'correctOption' | 'explanation'
>;

/** How curators and admins write the training: stage details, lessons and quiz questions. */
@Injectable()
export class TrainingEditorService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: TrainingRepository,
    private readonly audit: AuditService,
  ) {}

  /** A stage with its lessons and its questions, answers included. */
  async stage(stage: StageNumber) {
    const [details, lessons, questions] = await Promise.all([
      this.repository.getStage(stage),
      this.repository.lessonsOf(stage),
      this.repository.questionsOf(stage),
    ]);
    return { details, lessons, questions };
  }

  async updateStage(stage: StageNumber, changes: StageChanges, actor: AuditActor) {
    return this.transactions.run(async (manager) => {
      const details = await this.repository.getStageForUpdate(stage, manager);
      const before = { ...details };
      Object.assign(details, changes);
      await this.repository.save(details, manager);
      await this.record(manager, actor, 'training.stage_updated', stage, details.title, {
        before: { title: before.title, summary: before.summary, passMark: before.passMark },
        after: { title: details.title, summary: details.summary, passMark: details.passMark },
      });
      return details;
    });
  }

  async createLesson(stage: StageNumber, fields: LessonFields, actor: AuditActor) {
    return this.transactions.run(async (manager) => {
      const position = await this.nextPosition(manager, TrainingLesson, stage);
      const lesson = await this.repository.insert(
        TrainingLesson,
        { ...fields, stage, position },
        manager,
      );
      await this.record(manager, actor, 'training.lesson_created', stage, lesson.title);
      return lesson;
    });
  }

  async updateLesson(
    id: string,
    changes: Partial<LessonFields> & { position?: number },
    actor: AuditActor,
  ) {
    return this.transactions.run(async (manager) => {
      const lesson = await this.find(manager, TrainingLesson, id, 'errors:training.lessonNotFound');
      const { position, ...fields } = changes;
      Object.assign(lesson, fields);
      await this.repository.save(lesson, manager);
      if (position !== undefined) await this.move(manager, TrainingLesson, lesson, position);
      await this.record(manager, actor, 'training.lesson_updated', lesson.stage, lesson.title);
      return this.repository.getOrdered(TrainingLesson, id, manager);
    });
  }

  async deleteLesson(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const lesson = await this.find(manager, TrainingLesson, id, 'errors:training.lessonNotFound');
      await this.repository.deleteOrdered(TrainingLesson, id, manager);
      await this.renumber(manager, TrainingLesson, lesson.stage);
      await this.record(manager, actor, 'training.lesson_deleted', lesson.stage, lesson.title);
    });
  }

  async createQuestion(stage: StageNumber, fields: QuestionFields, actor: AuditActor) {
    this.assertAnswerable(fields);
    return this.transactions.run(async (manager) => {
      const position = await this.nextPosition(manager, QuizQuestion, stage);
      const question = await this.repository.insert(
        QuizQuestion,
        { ...fields, stage, position },
        manager,
      );
      await this.record(manager, actor, 'training.question_created', stage, question.prompt);
      return question;
    });
  }

  async updateQuestion(
    id: string,
    changes: Partial<QuestionFields> & { position?: number },
    actor: AuditActor,
  ) {
    return this.transactions.run(async (manager) => {
      const question = await this.find(
        manager,
        QuizQuestion,
        id,
        'errors:training.questionNotFound',
      );
      const { position, ...fields } = changes;
      Object.assign(question, fields);
      this.assertAnswerable(question);
      await this.repository.save(question, manager);
      if (position !== undefined) await this.move(manager, QuizQuestion, question, position);
      await this.record(
        manager,
        actor,
        'training.question_updated',
        question.stage,
        question.prompt,
      );
      return this.repository.getOrdered(QuizQuestion, id, manager);
    });
  }

  async deleteQuestion(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const question = await this.find(
        manager,
        QuizQuestion,
        id,
        'errors:training.questionNotFound',
      );
      await this.repository.deleteOrdered(QuizQuestion, id, manager);
      await this.renumber(manager, QuizQuestion, question.stage);
      await this.record(
        manager,
        actor,
        'training.question_deleted',
        question.stage,
        question.prompt,
      );
    });
  }

  /** A question needs distinct options and a right answer among them. */
  private assertAnswerable(question: QuestionFields): void {
    const keys = question.options.map((option) => option.trim().toLowerCase());
    if (new Set(keys).size !== keys.length) {
      throw new DomainError('invalid_input', 'errors:training.optionsRepeated');
    }
    if (question.correctOption >= question.options.length) {
      throw new DomainError('invalid_input', 'errors:training.correctOptionOutOfRange', {
        count: question.options.length,
        last: question.options.length - 1,
      });
    }
  }

  private async find<T extends Ordered>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    id: string,
    notFound: 'errors:training.lessonNotFound' | 'errors:training.questionNotFound',
  ): Promise<T> {
    const row = await this.repository.findOrdered(entity, id, manager);
    if (!row) throw new DomainError('not_found', notFound, { id });
    // The stage first, then the row: every writer of a stage's order takes them in this order.
    await this.repository.lockStage(row.stage, manager);
    return this.repository.getOrderedForUpdate(entity, id, manager);
  }

  private async nextPosition(
    manager: EntityManager,
    entity: EntityTarget<Ordered>,
    stage: StageNumber,
  ): Promise<number> {
    await this.repository.lockStage(stage, manager);
    return (await this.repository.countInStage(entity, stage, manager)) + 1;
  }

  /** Moves a lesson or question to `position` (1 is first) and renumbers the others. */
  private async move<T extends Ordered>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    row: T,
    position: number,
  ): Promise<void> {
    await this.repository.lockStage(row.stage, manager);
    const rows = await this.repository.orderedInStage(entity, row.stage, manager);
    const others = rows.filter((other) => other.id !== row.id);
    const index = Math.min(Math.max(position, 1), others.length + 1) - 1;
    others.splice(index, 0, row);
    await this.savePositions(manager, entity, others);
  }

  private async renumber(
    manager: EntityManager,
    entity: EntityTarget<Ordered>,
    stage: StageNumber,
  ): Promise<void> {
    await this.repository.lockStage(stage, manager);
    const rows = await this.repository.orderedInStage(entity, stage, manager);
    await this.savePositions(manager, entity, rows);
  }

  private async savePositions(
    manager: EntityManager,
    entity: EntityTarget<Ordered>,
    rows: Ordered[],
  ): Promise<void> {
    for (const [index, row] of rows.entries()) {
      if (row.position !== index + 1) {
        await this.repository.setPosition(entity, row.id, index + 1, manager);
      }
    }
  }

  private async record(
    manager: EntityManager,
    actor: AuditActor,
    action:
      | 'training.stage_updated'
      | 'training.lesson_created'
      | 'training.lesson_updated'
      | 'training.lesson_deleted'
      | 'training.question_created'
      | 'training.question_updated'
      | 'training.question_deleted',
    stage: StageNumber,
    label: string,
    summary?: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
        actor,
        action,
        target: {
          type: 'training',
          id: String(stage),
          label: `Stage ${stage}: ${label}`.slice(0, 300),
        },
        summary,
      },
      manager,
    );
  }
}
