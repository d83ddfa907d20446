import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TrainingStage as StageNumber } from '@chorus/core';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { QuizAttempt } from './entities/quiz-attempt.entity';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import { DistributionRow, StageResult, TrainingRepository } from './training.repository';

export interface StageProgress {
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

  /** Every stage with its lessons, what the person read and how their quizzes went. */
  private async progress(
    userId: string,
  ): Promise<{ reachedStage: number; stages: StageProgress[] }> {
    const [stages, lessons, questionCounts, read, results] = await Promise.all([
      this.repository.stages(),
      this.repository.lessons(),
      this.repository.questionCounts(),
      this.repository.lessonsReadBy(userId),
      this.repository.resultsOf(userId),
    ]);
    const reachedStage = Math.max(0, ...results.filter((r) => r.passedAt).map((r) => r.stage));
    return {
      reachedStage,
      stages: stages.map((stage) => ({
        stage,
        lessons: lessons
          .filter((lesson) => lesson.stage === stage.stage)
          .map((lesson) => ({ lesson, read: read.has(lesson.id) })),
        questionCount: questionCounts.find((row) => row.stage === stage.stage)?.count ?? 0,
        unlocked: stage.stage <= reachedStage + 1,
        result: results.find((result) => result.stage === stage.stage) ?? null,
      })),
    };
  }

  async lesson(id: string, userId: string): Promise<{ lesson: TrainingLesson; read: boolean }> {
    const lesson = await this.repository.findLesson(id);
    if (!lesson) throw new DomainError('not_found', 'errors:training.lessonNotFound', { id });
    const read = await this.repository.hasRead(id, userId);
    return { lesson, read };
  }

  async markRead(id: string, userId: string): Promise<void> {
    await this.lesson(id, userId);
    await this.repository.markRead(id, userId);
  }

  /** A stage's questions, without their answers, once the stage before it is passed. */
  async quiz(stage: StageNumber, userId: string): Promise<QuizQuestion[]> {
    await this.assertUnlocked(stage, userId);
    const questions = await this.repository.questionsOf(stage);
    if (questions.length === 0) {
      throw new DomainError('conflict', 'errors:training.noQuiz', { stage });
    }
    return questions;
  }

  /**
   * Scores one attempt. Every question must be answered once; the attempt passes at the stage's
   * pass mark. Passing a stage is for good: later attempts only add to the history.
   */
  async attempt(
    stage: StageNumber,
    userId: string,
    answers: QuizAnswer[],
  ): Promise<AttemptOutcome> {
    return this.transactions.run(async (manager) => {
      await this.repository.lockQuizzesOf(userId, manager);
      await this.assertUnlocked(stage, userId, manager);
      const questions = await this.repository.questionsOf(stage, manager);
      if (questions.length === 0) {
        throw new DomainError('conflict', 'errors:training.noQuiz', { stage });
      }
      const chosen = this.answerSheet(questions, answers);
      const results = questions.map((question) => ({
        question,
        chosen: chosen.get(question.id) as number,
        correct: chosen.get(question.id) === question.correctOption,
      }));
      const settings = await this.repository.getStage(stage, manager);
      const right = results.filter((result) => result.correct).length;
      const score = Math.round((100 * right) / questions.length);
      const attempt = await this.repository.insertAttempt(
        {
          userId,
          stage,
          score,
          passed: score >= settings.passMark,
          answers: Object.fromEntries(chosen),
        },
        manager,
      );
      return {
        attempt,
        passMark: settings.passMark,
        results,
        reachedStage: await this.repository.reachedStage(userId, manager),
      };
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
