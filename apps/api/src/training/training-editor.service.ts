import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget } from 'typeorm';
import { trainingLabel, type TrainingStage as StageNumber, type UiLanguage } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import {
  QuizQuestionTranslation,
  TrainingLessonTranslation,
  TrainingStageTranslation,
} from './entities/training-translations.entity';
import { availableLanguages } from './training-languages';
import { Ordered, TrainingRepository } from './training.repository';

export type StageChanges = Partial<
  Pick<TrainingStage, 'title' | 'summary' | 'passMark'> & { language: UiLanguage }
>;
export type StageTranslationFields = Pick<TrainingStageTranslation, 'title' | 'summary'>;
export type LessonTranslationFields = Pick<TrainingLessonTranslation, 'title' | 'body'>;
export type QuestionTranslationFields = Pick<
  QuizQuestionTranslation,
  'prompt' | 'options' | 'explanation'
>;
/** What a translation translates: a stage's title and summary, a lesson or a quiz question. */
export type TranslatedItem = 'stage' | 'lesson' | 'question';
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

  /**
   * A stage with its lessons and its questions, answers included, each with its translations,
   * and the languages the stage can be taken in (its main one and every complete translation).
   */
  async stage(stage: StageNumber) {
    const [details, lessons, questions, translations] = await Promise.all([
      this.repository.getStage(stage),
      this.repository.lessonsOf(stage),
      this.repository.questionsOf(stage),
      this.repository.translationsOfStage(stage),
    ]);
    const availableIn = availableLanguages({ details, lessons, questions }, translations);
    return { details, lessons, questions, translations, availableIn };
  }

  async updateStage(stage: StageNumber, changes: StageChanges, actor: AuditActor) {
    return this.transactions.run(async (manager) => {
      await this.repository.lockStage(stage, manager);
      const details = await this.repository.getStageForUpdate(stage, manager);
      if (changes.language !== undefined && changes.language !== details.language) {
        await this.assertNotTranslatedInto(stage, changes.language, manager);
      }
      const before = { ...details };
      Object.assign(details, changes);
      await this.repository.save(details, manager);
      await this.record(manager, actor, 'training.stage_updated', stage, details.title, {
        before: {
          title: before.title,
          summary: before.summary,
          passMark: before.passMark,
          language: before.language,
        },
        after: {
          title: details.title,
          summary: details.summary,
          passMark: details.passMark,
          language: details.language,
        },
      });
      return details;
    });
  }

  /** Adds or replaces a stage's title and summary in `language`. */
  async saveStageTranslation(
    stage: StageNumber,
    language: UiLanguage,
    fields: StageTranslationFields,
    actor: AuditActor,
  ) {
    return this.transactions.run(async (manager) => {
      await this.repository.lockStage(stage, manager);
      const details = await this.repository.getStage(stage, manager);
      this.assertNotMainLanguage(details, language);
      const translation = await this.repository.saveTranslation(
        TrainingStageTranslation,
        { stage, language, ...fields },
        manager,
      );
      await this.record(manager, actor, 'training.translation_saved', stage, details.title, {
        after: { language, title: fields.title },
      });
      return translation;
    });
  }

  /** Adds or replaces a lesson's title and text in `language`. */
  async saveLessonTranslation(
    id: string,
    language: UiLanguage,
    fields: LessonTranslationFields,
    actor: AuditActor,
  ) {
    return this.transactions.run(async (manager) => {
      const lesson = await this.find(manager, TrainingLesson, id, 'errors:training.lessonNotFound');
      const details = await this.repository.getStage(lesson.stage, manager);
      this.assertNotMainLanguage(details, language);
      const translation = await this.repository.saveTranslation(
        TrainingLessonTranslation,
        { lessonId: id, language, ...fields },
        manager,
      );
      await this.record(manager, actor, 'training.translation_saved', lesson.stage, lesson.title, {
        after: { language, title: fields.title },
      });
      return translation;
    });
  }

  /**
   * Adds or replaces a quiz question in `language`. Its options translate the main question's
   * one by one, in the same order: exactly as many, so the right answer is the same index.
   */
  async saveQuestionTranslation(
    id: string,
    language: UiLanguage,
    fields: QuestionTranslationFields,
    actor: AuditActor,
  ) {
    return this.transactions.run(async (manager) => {
      const question = await this.find(
        manager,
        QuizQuestion,
        id,
        'errors:training.questionNotFound',
      );
      const details = await this.repository.getStage(question.stage, manager);
      this.assertNotMainLanguage(details, language);
      if (fields.options.length !== question.options.length) {
        throw new DomainError('unprocessable', 'errors:training.translationOptionCount', {
          count: question.options.length,
          language: details.language,
        });
      }
      this.assertDistinct(fields.options);
      const translation = await this.repository.saveTranslation(
        QuizQuestionTranslation,
        { questionId: id, language, ...fields },
        manager,
      );
      await this.record(
        manager,
        actor,
        'training.translation_saved',
        question.stage,
        question.prompt,
        { after: { language, text: fields.prompt } },
      );
      return translation;
    });
  }

  /** Removes one translation; the stage is then taken in its main language by those who read it. */
  async deleteTranslation(
    item: TranslatedItem,
    key: StageNumber | string,
    language: UiLanguage,
    actor: AuditActor,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      const { entity, where, stage, label } = await this.translated(item, key, manager);
      const existing = await this.repository.findTranslation(
        entity,
        { ...where, language },
        manager,
      );
      if (!existing) {
        throw new DomainError('not_found', 'errors:training.noTranslation', { language });
      }
      await this.repository.deleteTranslation(entity, { ...where, language }, manager);
      await this.record(manager, actor, 'training.translation_deleted', stage, label, {
        before: { language },
      });
    });
  }

  /** The translation table and key of a stage, lesson or question, locked, with its audit label. */
  private async translated(
    item: TranslatedItem,
    key: StageNumber | string,
    manager: EntityManager,
  ) {
    if (item === 'stage') {
      const stage = key as StageNumber;
      await this.repository.lockStage(stage, manager);
      const details = await this.repository.getStage(stage, manager);
      return { entity: TrainingStageTranslation, where: { stage }, stage, label: details.title };
    }
    if (item === 'lesson') {
      const lesson = await this.find(
        manager,
        TrainingLesson,
        key as string,
        'errors:training.lessonNotFound',
      );
      return {
        entity: TrainingLessonTranslation,
        where: { lessonId: lesson.id },
        stage: lesson.stage,
        label: lesson.title,
      };
    }
    const question = await this.find(
      manager,
      QuizQuestion,
      key as string,
      'errors:training.questionNotFound',
    );
    return {
      entity: QuizQuestionTranslation,
      where: { questionId: question.id },
      stage: question.stage,
      label: question.prompt,
    };
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
      if (fields.options && fields.options.length !== question.options.length) {
        await this.assertUntranslated(question, fields.options.length, manager);
      }
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
    this.assertDistinct(question.options);
    if (question.correctOption >= question.options.length) {
      throw new DomainError('invalid_input', 'errors:training.correctOptionOutOfRange', {
        count: question.options.length,
        last: question.options.length - 1,
      });
    }
  }

  private assertDistinct(options: string[]): void {
    const keys = options.map((option) => option.trim().toLowerCase());
    if (new Set(keys).size !== keys.length) {
      throw new DomainError('invalid_input', 'errors:training.optionsRepeated');
    }
  }

  /** A translation into the main language would hide the text it translates. */
  private assertNotMainLanguage(details: TrainingStage, language: string): void {
    if (language === details.language) {
      throw new DomainError('conflict', 'errors:training.translationIntoMain', {
        stage: details.stage,
        language,
      });
    }
  }

  /** A question's options cannot change in number while translations keep the old number. */
  private async assertUntranslated(
    question: QuizQuestion,
    count: number,
    manager: EntityManager,
  ): Promise<void> {
    const translations = await this.repository.questionTranslationsForUpdate(question.id, manager);
    if (translations.length > 0) {
      throw new DomainError('conflict', 'errors:training.optionsTranslated', {
        count: translations.length,
        options: question.options.length,
        wanted: count,
      });
    }
  }

  /** A stage cannot be written in a language it also has a translation into. */
  private async assertNotTranslatedInto(
    stage: StageNumber,
    language: UiLanguage,
    manager: EntityManager,
  ): Promise<void> {
    const translations = await this.repository.translationsOfStage(stage, manager);
    const taken = [translations.stages, translations.lessons, translations.questions].some((rows) =>
      rows.some((row) => row.language === language),
    );
    if (taken) {
      throw new DomainError('conflict', 'errors:training.mainLanguageTranslated', {
        stage,
        language,
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
      | 'training.question_deleted'
      | 'training.translation_saved'
      | 'training.translation_deleted',
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
          label: trainingLabel(stage, label),
        },
        summary,
      },
      manager,
    );
  }
}
