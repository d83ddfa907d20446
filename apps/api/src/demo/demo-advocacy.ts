import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  EscalationNetwork,
  EscalationStatus,
  TrainingStage as StageNumber,
} from '@chorus/core';
import { termKey, type RestrictedTermCategory, type Severity } from '@chorus/guardrails';
import { EnrollmentRepository } from '../advocacy/enrollment.repository';
import { AuditService } from '../audit/audit.service';
import { EscalationsRepository } from '../escalations/escalations.repository';
import { EscalationEvent } from '../escalations/entities/escalation-event.entity';
import { RestrictedTermsRepository } from '../guardrails/restricted-terms.repository';
import { PolicyVersion } from '../policy/entities/policy-version.entity';
import { PolicyRepository } from '../policy/policy.repository';
import { QuizAttempt } from '../training/entities/quiz-attempt.entity';
import { QuizQuestion } from '../training/entities/quiz-question.entity';
import { TrainingLesson } from '../training/entities/training-lesson.entity';
import { TrainingRepository } from '../training/training.repository';
import { User } from '../users/entities/user.entity';
import type { DemoPeople } from './demo-company';
import { DEMO_POLICY } from './demo-policy';
import { DEMO_TRAINING } from './demo-training';

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
  acknowledged?: number;
  /** Days ago each stage was passed, stage 1 first. */
  passed?: number[];
  /** Failed the first stage once before passing it. */
  failedFirst?: boolean;
}

/**
 * Who takes part: the demo employee and curator are ready to share; colleagues are at every
 * point of the way, so coverage and training figures have something to show. The demo admin
 * and analyst have not joined.
 */
const ADVOCATES: Advocate[] = [
  { email: 'employee@chorus.example', enrolled: 40, acknowledged: 40, passed: [39] },
  { email: 'curator@chorus.example', enrolled: 44, acknowledged: 44, passed: [43, 30] },
  { email: 'lotte.bakker@chorus.example', enrolled: 43, acknowledged: 43, passed: [42, 35, 20] },
  {
    email: 'jan.devries@chorus.example',
    enrolled: 38,
    left: 5,
    acknowledged: 37,
    passed: [36],
    failedFirst: true,
  },
  { email: 'sofie.jensen@chorus.example', enrolled: 30, acknowledged: 30, passed: [29, 12] },
  { email: 'lars.andersson@chorus.example', enrolled: 25, acknowledged: 24 },
  { email: 'eleni.papadopoulou@chorus.example', enrolled: 21, acknowledged: 21, passed: [20] },
  {
    email: 'marc.dubois@chorus.example',
    enrolled: 14,
    acknowledged: 14,
    passed: [13],
    failedFirst: true,
  },
  { email: 'priya.nair@chorus.example', enrolled: 6 },
  { email: 'jonas.schmidt@chorus.example', enrolled: null },
  { email: 'pieter.jansen@chorus.example', enrolled: 50, acknowledged: 50, passed: [49] },
];

interface DemoReport {
  reporter: string;
  network: EscalationNetwork;
  url: string;
  excerpt: string;
  description: string;
  daysAgo: number;
  status: EscalationStatus;
  assignee?: string;
  notes?: [string, string][];
}

const REPORTS: DemoReport[] = [
  {
    reporter: 'jan.devries@chorus.example',
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7261123456789012345/',
    excerpt:
      'Typical Chorus. Big party for a new office while my support ticket has been open for three weeks.',
    description:
      'Under my post about the Athens office. The person seems to be a customer; I did not reply.',
    daysAgo: 3,
    status: 'in_progress',
    assignee: 'curator@chorus.example',
    notes: [
      [
        'curator@chorus.example',
        'Found the ticket (#48213). Asked Support to call the customer today.',
      ],
      ['curator@chorus.example', 'Support called; we will reply publicly once the fix ships.'],
    ],
  },
  {
    reporter: 'employee@chorus.example',
    network: 'x',
    url: 'https://x.com/techgossip/status/1859021234567890123',
    excerpt:
      'Hearing Chorus is about to announce big layoffs. Anyone inside want to confirm? DMs open.',
    description: 'A rumour account tagging several of us. Nobody should answer this one.',
    daysAgo: 1,
    status: 'open',
  },
  {
    reporter: 'sofie.jensen@chorus.example',
    network: 'facebook',
    url: 'https://www.facebook.com/chorus.example/posts/pfbid02abc',
    excerpt: 'Your app deleted my whole schedule. Worst update ever, I want my money back!!',
    description: 'On the company page, under the winter release post.',
    daysAgo: 12,
    status: 'resolved',
    assignee: 'lotte.bakker@chorus.example',
    notes: [
      [
        'lotte.bakker@chorus.example',
        'Replied from the company page and moved it to a private message.',
      ],
      [
        'lotte.bakker@chorus.example',
        'Support restored the schedule from a backup; the customer thanked us.',
      ],
    ],
  },
  {
    reporter: 'eleni.papadopoulou@chorus.example',
    network: 'other',
    url: 'https://forum.example.gr/threads/chorus-athens-hiring.2231/',
    excerpt: 'Heard they pay juniors below the market rate in Athens. Avoid.',
    description: 'A Greek job forum. Not sure if it needs an answer at all.',
    daysAgo: 6,
    status: 'open',
    assignee: 'lotte.bakker@chorus.example',
  },
];

/** A stage's lessons and quiz questions, as the demo wrote them. */
interface StageContent {
  lessons: TrainingLesson[];
  questions: QuizQuestion[];
}

/**
 * The policy, the training, the restricted terms, who joined the programme and how far they got,
 * and a few reported comments in the social media team's inbox.
 */
@Injectable()
export class DemoAdvocacy {
  constructor(
    private readonly terms: RestrictedTermsRepository,
    private readonly policies: PolicyRepository,
    private readonly audit: AuditService,
    private readonly training: TrainingRepository,
    private readonly enrollments: EnrollmentRepository,
    private readonly escalations: EscalationsRepository,
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
      }
      if (advocate.acknowledged !== undefined) {
        await this.policies.acknowledgeOnce(
          {
            userId: user.id,
            policyVersionId: policy.id,
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

    for (const report of REPORTS) await this.seedReport(manager, person, report);
  }

  /** Version 1 of the policy, published by the admin 52 days ago, as the audit log shows. */
  private async publishPolicy(manager: EntityManager, admin: User): Promise<PolicyVersion> {
    const publishedAt = daysAgo(52);
    const policy = await this.policies.insertVersion(
      {
        ...DEMO_POLICY,
        version: 1,
        changeSummary: '',
        // The first version always needs acknowledging.
        requiresAcknowledgment: true,
        publishedById: admin.id,
        publishedAt,
      },
      manager,
    );
    await this.audit.record(
      {
        actor: { id: admin.id, label: admin.email },
        action: 'policy.published',
        target: { type: 'policy', id: policy.id, label: 'Version 1' },
        summary: { after: { version: 1, title: policy.title, requiresAcknowledgment: true } },
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
    return stages;
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
      await this.training.insertAttempt({ ...attempt, userId: user.id, stage }, manager);
    }
  }

  /** A report with the timeline its handling left: assignment, status changes and notes. */
  private async seedReport(
    manager: EntityManager,
    person: (email: string) => User,
    report: DemoReport,
  ): Promise<void> {
    const created = daysAgo(report.daysAgo);
    const assignee = report.assignee ? person(report.assignee) : null;
    const escalationId = await this.escalations.insert(
      {
        reporterId: person(report.reporter).id,
        network: report.network,
        url: report.url,
        excerpt: report.excerpt,
        description: report.description,
        status: report.status,
        assigneeId: assignee?.id ?? null,
        createdAt: created,
        updatedAt: created,
        resolvedAt: report.status === 'resolved' ? daysAgo(report.daysAgo - 2) : null,
      },
      manager,
    );
    const events: Partial<EscalationEvent>[] = [];
    const at = (hours: number) => new Date(created.getTime() + hours * 3_600_000);
    if (assignee) {
      events.push({
        kind: 'assignment',
        authorId: assignee.id,
        assigneeId: assignee.id,
        createdAt: at(1),
      });
    }
    if (report.status !== 'open') {
      events.push({
        kind: 'status',
        authorId: assignee?.id ?? null,
        status: 'in_progress',
        createdAt: at(1.5),
      });
    }
    for (const [index, [author, body]] of (report.notes ?? []).entries()) {
      events.push({
        kind: 'note',
        authorId: person(author).id,
        body,
        createdAt: at(3 + index * 20),
      });
    }
    if (report.status === 'resolved') {
      events.push({
        kind: 'status',
        authorId: assignee?.id ?? null,
        status: 'resolved',
        createdAt: daysAgo(report.daysAgo - 2),
      });
    }
    for (const event of events) {
      await this.escalations.insertEvent({ ...event, escalationId }, manager);
    }
  }
}
