import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { PointsService } from '../points/points.service';
import { SettingsService } from '../settings/settings.service';
import { QuizAttempt } from './entities/quiz-attempt.entity';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import { isComplete, translate, type StageInLanguage, type StageTexts } from './training-languages';
import { DistributionRow, StageResult, TrainingRepository } from './training.repository';

/** The language a text is shown in, and the one the person asked for (the same unless it fell back). */
export interface ShownIn {
  language: string;
  requestedLanguage: string;
}

export interface StageProgress extends ShownIn {
  stage: TrainingStage;
  lessons: { lesson: TrainingLesson; read: boolean }[];
  questionCount: number;
  unlocked: boolean;
  result: StageResult | null;
}

export interface TrainingOverview {
  reachedStage: number;
  /** The stages the settings require before sharing and before editing a text. */
  requiredToShare: number;
  requiredToEdit: number;
  stages: StageProgress[];
}

export interface QuizAnswer {
  questionId: string;
  option: number;
}

export interface LessonToRead extends ShownIn {
  lesson: TrainingLesson;
  read: boolean;
}

export interface QuizInLanguage extends ShownIn {
  questions: QuizQuestion[];
}

export interface AttemptOutcome {
  attempt: QuizAttempt;
  passMark: number;
  results: { question: QuizQuestion; chosen: number; correct: boolean }[];
  reachedStage: number;
}

/** The training as an employee takes it: lessons to read, and a quiz per stage, in order. */
@Injectable()
export class TrainingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: TrainingRepository,
    private readonly settings: SettingsService,
    private readonly points: PointsService,
  ) {}

  reachedStage(userId: string, manager?: EntityManager): Promise<number> {
    return this.repository.reachedStage(userId, manager);
  }

  historyOf(userId: string) {
    return this.repository.historyOf(userId);
  }

  /** The person's progress, with the stages the settings require to share and to edit. */
  async overview(userId: string): Promise<TrainingOverview> {
    const [progress, settings] = await Promise.all([this.progress(userId), this.settings.get()]);
    return {
      reachedStage: progress.reachedStage,
      requiredToShare: settings.shareRequiresStage,
      requiredToEdit: settings.editRequiresStage,
      stages: progress.stages,
    };
  }

  /** Active people per department by the stage they reached. */
  distribution(): Promise<DistributionRow[]> {
    return this.repository.distributionByDepartment();
  }

  /**
   * Every stage with its lessons, what the person read and how their quizzes went, each stage in
   * the person's language where it is translated, else in its main language.
   */
  private async progress(
    userId: string,
  ): Promise<{ reachedStage: number; stages: StageProgress[] }> {
    const [texts, requested, read, results] = await Promise.all([
      this.allTexts(),
      this.repository.preferredLanguageOf(userId),
      this.repository.lessonsReadBy(userId),
      this.repository.resultsOf(userId),
    ]);
    const shown = await this.inLanguage(texts, requested);
    const reachedStage = Math.max(0, ...results.filter((r) => r.passedAt).map((r) => r.stage));
    return {
      reachedStage,
      stages: shown.map((stage) => ({
        stage: stage.details,
        language: stage.language,
        requestedLanguage: stage.requestedLanguage,
        lessons: stage.lessons.map((lesson) => ({ lesson, read: read.has(lesson.id) })),
        questionCount: stage.questions.length,
        unlocked: stage.details.stage <= reachedStage + 1,
        result: results.find((result) => result.stage === stage.details.stage) ?? null,
      })),
    };
  }

  /** A lesson in the language the person takes its stage in. */
  async lesson(id: string, userId: string): Promise<LessonToRead> {
    const found = await this.repository.findLesson(id);
    if (!found) throw new DomainError('not_found', 'errors:training.lessonNotFound', { id });
    const [stage, read] = await Promise.all([
      this.stageFor(found.stage, userId),
      this.repository.hasRead(id, userId),
    ]);
    const lesson = stage.lessons.find((candidate) => candidate.id === id) ?? found;
    return { lesson, read, language: stage.language, requestedLanguage: stage.requestedLanguage };
  }

  async markRead(id: string, userId: string): Promise<void> {
    if (!(await this.repository.findLesson(id))) {
      throw new DomainError('not_found', 'errors:training.lessonNotFound', { id });
    }
    await this.repository.markRead(id, userId);
  }

  /**
   * A stage's questions, without their answers, once the stage before it is passed: in the
   * person's language when the stage is translated into it, else in the stage's main language.
   */
  async quiz(stage: StageNumber, userId: string): Promise<QuizInLanguage> {
    await this.assertUnlocked(stage, userId);
    const shown = await this.stageFor(stage, userId);
    if (shown.questions.length === 0) {
      throw new DomainError('conflict', 'errors:training.noQuiz', { stage });
    }
    return {
      questions: shown.questions,
      language: shown.language,
      requestedLanguage: shown.requestedLanguage,
    };
  }

  /**
   * Scores one attempt. Every question must be answered once; the attempt passes at the stage's
   * pass mark. Passing a stage is for good: later attempts only add to the history.
   */
  async attempt(
    stage: StageNumber,
    userId: string,
    answers: QuizAnswer[],
    language?: string,
  ): Promise<AttemptOutcome> {
    return this.transactions.run(async (manager) => {
      await this.repository.lockQuizzesOf(userId, manager);
      await this.assertUnlocked(stage, userId, manager);
      const shown =
        language === undefined
          ? await this.stageFor(stage, userId, manager)
          : await this.stageIn(stage, language, manager);
      const { questions } = shown;
      if (questions.length === 0) {
        throw new DomainError('conflict', 'errors:training.noQuiz', { stage });
      }
      const chosen = this.answerSheet(questions, answers);
      const results = questions.map((question) => ({
        question,
        chosen: chosen.get(question.id) as number,
        correct: chosen.get(question.id) === question.correctOption,
      }));
      const { passMark } = shown.details;
      const right = results.filter((result) => result.correct).length;
      const score = Math.round((100 * right) / questions.length);
      const attempt = await this.repository.insertAttempt(
        {
          userId,
          stage,
          score,
          passed: score >= passMark,
          language: shown.language,
          answers: Object.fromEntries(chosen),
        },
        manager,
      );
      if (attempt.passed) await this.points.markStale([userId], manager);
      return {
        attempt,
        passMark,
        results,
        reachedStage: await this.repository.reachedStage(userId, manager),
      };
    });
  }

  /** Every stage as it is written, with its lessons and questions in order. */
  private async allTexts(): Promise<StageTexts[]> {
    const [stages, lessons, questions] = await Promise.all([
      this.repository.stages(),
      this.repository.lessons(),
      this.repository.questions(),
    ]);
    return stages.map((details) => ({
      details,
      lessons: lessons.filter((lesson) => lesson.stage === details.stage),
      questions: questions.filter((question) => question.stage === details.stage),
    }));
  }

  /** One stage as it is written; one query after the other, as a transaction's manager needs. */
  private async textsOf(stage: StageNumber, manager?: EntityManager): Promise<StageTexts> {
    const details = await this.repository.getStage(stage, manager);
    const lessons = await this.repository.lessonsOf(stage, manager);
    const questions = await this.repository.questionsOf(stage, manager);
    return { details, lessons, questions };
  }

  /** One stage in the person's preferred language, or in its main language when not translated. */
  private async stageFor(
    stage: StageNumber,
    userId: string,
    manager?: EntityManager,
  ): Promise<StageInLanguage> {
    const texts = await this.textsOf(stage, manager);
    const requested = await this.repository.preferredLanguageOf(userId, manager);
    const [shown] = await this.inLanguage([texts], requested, manager);
    return shown;
  }

  /** One stage in exactly `language`; refuses a language it is not (completely) translated into. */
  private async stageIn(
    stage: StageNumber,
    language: string,
    manager?: EntityManager,
  ): Promise<StageInLanguage> {
    const [shown] = await this.inLanguage([await this.textsOf(stage, manager)], language, manager);
    if (shown.language !== language) {
      throw new DomainError('unprocessable', 'errors:training.notTranslatedInto', {
        stage,
        language,
      });
    }
    return shown;
  }

  /** Each stage in `requested` where it is wholly translated into it, else in its main language. */
  private async inLanguage(
    texts: StageTexts[],
    requested: string,
    manager?: EntityManager,
  ): Promise<StageInLanguage[]> {
    const toTranslate = texts.filter((stage) => stage.details.language !== requested);
    const translations =
      toTranslate.length === 0
        ? { stages: [], lessons: [], questions: [] }
        : await this.repository.translationsIn(
            requested,
            {
              stages: toTranslate.map((stage) => stage.details.stage),
              lessonIds: toTranslate.flatMap((stage) => stage.lessons.map((lesson) => lesson.id)),
              questionIds: toTranslate.flatMap((stage) =>
                stage.questions.map((question) => question.id),
              ),
            },
            manager,
          );
    return texts.map((stage) => {
      if (stage.details.language === requested) {
        return { ...stage, language: requested, requestedLanguage: requested };
      }
      if (isComplete(stage, translations)) {
        return {
          ...translate(stage, translations),
          language: requested,
          requestedLanguage: requested,
        };
      }
      return { ...stage, language: stage.details.language, requestedLanguage: requested };
    });
  }

  private async assertUnlocked(stage: StageNumber, userId: string, manager?: EntityManager) {
    const reached = await this.repository.reachedStage(userId, manager);
    if (stage > reached + 1) {
      throw new DomainError(
        'conflict',
        reached === 0 ? 'errors:training.stageOrderNone' : 'errors:training.stageOrder',
        { previous: stage - 1, reached },
      );
    }
  }

  /** The option chosen per question; refuses missing, unknown, repeated and impossible answers. */
  private answerSheet(questions: QuizQuestion[], answers: QuizAnswer[]): Map<string, number> {
    const byId = new Map(questions.map((question) => [question.id, question]));
    const chosen = new Map<string, number>();
    for (const answer of answers) {
      const question = byId.get(answer.questionId);
      if (!question) {
        throw new DomainError('unprocessable', 'errors:training.notInQuiz', {
          id: answer.questionId,
        });
      }
      if (chosen.has(answer.questionId)) {
        throw new DomainError('unprocessable', 'errors:training.answeredTwice', {
          position: question.position,
        });
      }
      if (answer.option >= question.options.length) {
        throw new DomainError('unprocessable', 'errors:training.noSuchOption', {
          position: question.position,
          count: question.options.length,
          option: answer.option,
        });
      }
      chosen.set(answer.questionId, answer.option);
    }
    const unanswered = questions.filter((question) => !chosen.has(question.id));
    if (unanswered.length > 0) {
      throw new DomainError(
        'unprocessable',
        'errors:training.unanswered',
        { count: unanswered.length, total: questions.length },
        { details: { unanswered: unanswered.map((question) => question.id) } },
      );
    }
    return chosen;
  }
}
