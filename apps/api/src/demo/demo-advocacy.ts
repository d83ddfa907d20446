import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { policyVersionLabel, type TrainingStage as StageNumber } from '@chorus/core';
import { termKey, type RestrictedTermCategory, type Severity } from '@chorus/guardrails';
import { EnrollmentRepository } from '../advocacy/enrollment.repository';
import { AuditService } from '../audit/audit.service';
import { RestrictedTermsRepository } from '../guardrails/restricted-terms.repository';
import { PolicyVersion } from '../policy/entities/policy-version.entity';
import { PolicyRepository } from '../policy/policy.repository';
import { QuizAttempt } from '../training/entities/quiz-attempt.entity';
import { QuizQuestion } from '../training/entities/quiz-question.entity';
import { TrainingLesson } from '../training/entities/training-lesson.entity';
import {
  QuizQuestionTranslation,
  TrainingLessonTranslation,
  TrainingStageTranslation,
} from '../training/entities/training-translations.entity';
import { TrainingRepository } from '../training/training.repository';
import { User } from '../users/entities/user.entity';
import type { DemoPeople } from './demo-company';
import { DEMO_POLICY_TEXTS } from './demo-policy-texts';
import { DEMO_TERM_NOTES } from './demo-term-notes';
import { DEMO_TRAINING } from './demo-training';
import { DEMO_TRAINING_TRANSLATIONS } from './demo-training-translations';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

const TERMS: [string, RestrictedTermCategory, Severity, string][] = [
  ['Falcon', 'confidential', 'block', 'Falcon is not announced yet: do not mention it.'],
  [
    'Project Nimbus',
    'confidential',
    'block',
    'Nimbus is our unreleased analytics product; its launch date is under embargo.',
  ],
  [
    'Q4 results',
    'confidential',
    'block',
    'Quarterly results are public only once the press release is out.',
  ],
  [
    'Amplifio',
    'competitor',
    'warn',
    'A competitor: do not compare us with them or comment on their products.',
  ],
  ['Brightwave', 'competitor', 'warn', 'A competitor: leave comparisons to the press office.'],
  [
    'layoffs',
    'taboo',
    'warn',
    'Staffing news comes from HR and the press office, never from posts.',
  ],
  [
    'acquisition',
    'taboo',
    'warn',
    'Mergers and acquisitions are announced by the press office only.',
  ],
];

interface Advocate {
  email: string;
  /** Days ago they joined; null: not enrolled. */
  enrolled: number | null;
  /** Days ago they left the programme again (they drop out of every leaderboard). */
  left?: number;
  /** Days ago they chose to be shown on leaderboards; unset: not shown (the default). */
  shown?: number;
  acknowledged?: number;
  /** Days ago each stage was passed, stage 1 first. */
  passed?: number[];
  /** Failed the first stage once before passing it. */
  failedFirst?: boolean;
}

/**
 * Who takes part: the demo employee and curator are ready to share; colleagues are at every
 * point of the way, so coverage and training figures have something to show. The demo admin
 * and analyst have not joined. Some chose to be shown on leaderboards, across departments and
 * languages; the demo employee did not, and still sees their own rank.
 */
const ADVOCATES: Advocate[] = [
  { email: 'employee@chorus.example', enrolled: 40, acknowledged: 40, passed: [39] },
  { email: 'curator@chorus.example', enrolled: 44, shown: 40, acknowledged: 44, passed: [43, 30] },
  {
    email: 'lotte.bakker@chorus.example',
    enrolled: 43,
    shown: 30,
    acknowledged: 43,
    passed: [42, 35, 20],
  },
  {
    email: 'jan.devries@chorus.example',
    enrolled: 38,
    left: 5,
    acknowledged: 37,
    passed: [36],
    failedFirst: true,
  },
  {
    email: 'sofie.jensen@chorus.example',
    enrolled: 30,
    shown: 28,
    acknowledged: 30,
    passed: [29, 12],
  },
  { email: 'lars.andersson@chorus.example', enrolled: 25, acknowledged: 24 },
  {
    email: 'eleni.papadopoulou@chorus.example',
    enrolled: 21,
    shown: 19,
    acknowledged: 21,
    passed: [20],
  },
  {
    email: 'marc.dubois@chorus.example',
    enrolled: 14,
    shown: 10,
    acknowledged: 14,
    passed: [13],
    failedFirst: true,
  },
  {
    email: 'astrid.nilsson@chorus.example',
    enrolled: 33,
    shown: 31,
    acknowledged: 33,
    passed: [32, 18],
  },
  { email: 'katharina.weber@chorus.example', enrolled: 27, acknowledged: 26, passed: [24] },
  {
    email: 'maria.konstantinou@chorus.example',
    enrolled: 36,
    acknowledged: 35,
    passed: [34, 22],
  },
  {
    email: 'camille.laurent@chorus.example',
    enrolled: 19,
    shown: 15,
    acknowledged: 19,
    passed: [17],
    failedFirst: true,
  },
  { email: 'henrik.berg@chorus.example', enrolled: 16, acknowledged: 16, passed: [15] },
  { email: 'priya.nair@chorus.example', enrolled: 6 },
  { email: 'jonas.schmidt@chorus.example', enrolled: null },
  {
    email: 'pieter.jansen@chorus.example',
    enrolled: 50,
    shown: 45,
    acknowledged: 50,
    passed: [49],
  },
];

/** A stage's lessons and quiz questions, as the demo wrote them. */
interface StageContent {
  lessons: TrainingLesson[];
  questions: QuizQuestion[];
}

/**
 * The policy, the training, the restricted terms, and who joined the programme and how far they
 * got.
 */
@Injectable()
export class DemoAdvocacy {
  constructor(
    private readonly terms: RestrictedTermsRepository,
    private readonly policies: PolicyRepository,
    private readonly audit: AuditService,
    private readonly training: TrainingRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople): Promise<void> {
    const person = (email: string) => people.get(email) as User;
    const admin = person('admin@chorus.example');

    for (const [term, category, severity, note] of TERMS) {
      await this.terms.insert(
        {
          term,
          termKey: termKey(term),
          category,
          severity,
          note,
          notes: DEMO_TERM_NOTES[term] ?? {},
          createdById: admin.id,
          createdAt: daysAgo(50),
          updatedAt: daysAgo(50),
        },
        manager,
      );
    }

    const policy = await this.publishPolicy(manager, admin);
    const stages = await this.seedTraining(manager);

    for (const advocate of ADVOCATES) {
      const user = person(advocate.email);
      if (advocate.enrolled !== null && advocate.left === undefined) {
        await this.enrollments.insertIfAbsent(user.id, manager, daysAgo(advocate.enrolled));
        if (advocate.shown !== undefined) {
          await this.enrollments.setShownOnLeaderboards(
            user.id,
            true,
            manager,
            daysAgo(advocate.shown),
          );
        }
      }
      if (advocate.acknowledged !== undefined) {
        await this.policies.acknowledgeOnce(
          {
            userId: user.id,
            policyVersionId: policy.id,
            // Each signed the text in their own language, where the demo has one.
            language: DEMO_POLICY_TEXTS.some((text) => text.language === user.language)
              ? user.language
              : policy.mainLanguage,
            typedName: user.name,
            acknowledgedAt: daysAgo(advocate.acknowledged),
          },
          manager,
        );
      }
      for (const [index, passedDaysAgo] of (advocate.passed ?? []).entries()) {
        const stage = (index + 1) as StageNumber;
        await this.takeStage(
          manager,
          user,
          stage,
          stages.get(stage) as StageContent,
          passedDaysAgo,
          Boolean(advocate.failedFirst && index === 0),
        );
      }
    }
  }

  /**
   * Version 1 of the policy, published by the admin 52 days ago in English with its
   * translations, as the audit log shows.
   */
  private async publishPolicy(manager: EntityManager, admin: User): Promise<PolicyVersion> {
    const publishedAt = daysAgo(52);
    const [main] = DEMO_POLICY_TEXTS;
    const policy = await this.policies.insertVersion(
      {
        version: 1,
        mainLanguage: main.language,
        // The first version always needs acknowledging.
        requiresAcknowledgment: true,
        publishedById: admin.id,
        publishedAt,
      },
      manager,
    );
    for (const text of DEMO_POLICY_TEXTS) {
      await this.policies.saveText(
        {
          ...text,
          policyVersionId: policy.id,
          changeSummary: '',
          addedById: admin.id,
          addedAt: publishedAt,
          updatedById: admin.id,
          updatedAt: publishedAt,
        },
        manager,
      );
    }
    await this.audit.record(
      {
        actor: { id: admin.id, label: admin.email },
        action: 'policy.published',
        target: { type: 'policy', id: policy.id, label: policyVersionLabel(1) },
        summary: {
          after: {
            version: 1,
            title: main.title,
            requiresAcknowledgment: true,
            mainLanguage: main.language,
            languages: DEMO_POLICY_TEXTS.map((text) => text.language).sort(),
          },
        },
        at: publishedAt,
      },
      manager,
    );
    return policy;
  }

  /** The three stages with their lessons and quizzes, in order. */
  private async seedTraining(manager: EntityManager): Promise<Map<number, StageContent>> {
    const stages = new Map<number, StageContent>();
    for (const stage of DEMO_TRAINING) {
      const details = await this.training.getStageForUpdate(stage.stage, manager);
      Object.assign(details, {
        title: stage.title,
        summary: stage.summary,
        passMark: stage.passMark,
      });
      await this.training.save(details, manager);
      const content: StageContent = { lessons: [], questions: [] };
      for (const [index, lesson] of stage.lessons.entries()) {
        content.lessons.push(
          await this.training.insert(
            TrainingLesson,
            { ...lesson, stage: stage.stage, position: index + 1 },
            manager,
          ),
        );
      }
      for (const [index, question] of stage.questions.entries()) {
        content.questions.push(
          await this.training.insert(
            QuizQuestion,
            { ...question, stage: stage.stage, position: index + 1 },
            manager,
          ),
        );
      }
      stages.set(stage.stage, content);
    }
    await this.seedTranslations(manager, stages);
    return stages;
  }

  /** The three stages in the colleagues' languages, text by text in the English order. */
  private async seedTranslations(
    manager: EntityManager,
    stages: Map<number, StageContent>,
  ): Promise<void> {
    for (const [language, translated] of Object.entries(DEMO_TRAINING_TRANSLATIONS)) {
      for (const stage of translated) {
        const { lessons, questions } = stages.get(stage.stage) as StageContent;
        await this.training.saveTranslation(
          TrainingStageTranslation,
          { stage: stage.stage, language, title: stage.title, summary: stage.summary },
          manager,
        );
        for (const [index, lesson] of stage.lessons.entries()) {
          await this.training.saveTranslation(
            TrainingLessonTranslation,
            { lessonId: lessons[index]!.id, language, ...lesson },
            manager,
          );
        }
        for (const [index, question] of stage.questions.entries()) {
          await this.training.saveTranslation(
            QuizQuestionTranslation,
            { questionId: questions[index]!.id, language, ...question },
            manager,
          );
        }
      }
    }
  }

  /** The language a colleague took the demo training in: theirs where it is translated. */
  private trainingLanguageOf(user: User): string {
    return user.language in DEMO_TRAINING_TRANSLATIONS ? user.language : 'en';
  }

  /** Reads a stage's lessons and passes its quiz, after one failed try when `failedFirst`. */
  private async takeStage(
    manager: EntityManager,
    user: User,
    stage: StageNumber,
    { lessons, questions }: StageContent,
    passedDaysAgo: number,
    failedFirst: boolean,
  ): Promise<void> {
    for (const lesson of lessons) {
      await this.training.markRead(lesson.id, user.id, manager, daysAgo(passedDaysAgo + 0.1));
    }
    const right = Object.fromEntries(
      questions.map((question) => [question.id, question.correctOption]),
    );
    const attempts: Partial<QuizAttempt>[] = [];
    if (failedFirst) {
      const wrong = { ...right };
      for (const question of questions.slice(0, 2)) {
        wrong[question.id] = (question.correctOption + 1) % question.options.length;
      }
      attempts.push({
        score: Math.round((100 * (questions.length - 2)) / questions.length),
        passed: false,
        answers: wrong,
        createdAt: daysAgo(passedDaysAgo + 0.05),
      });
    }
    attempts.push({ score: 100, passed: true, answers: right, createdAt: daysAgo(passedDaysAgo) });
    for (const attempt of attempts) {
      await this.training.insertAttempt(
        { ...attempt, userId: user.id, stage, language: this.trainingLanguageOf(user) },
        manager,
      );
    }
  }
}
