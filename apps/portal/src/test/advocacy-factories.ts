import type { components } from '../api/schema';

/** Factories for the advocacy programme, the policy and the training, as the API answers them. */

type Schemas = components['schemas'];
type AdvocacyStatus = Schemas['AdvocacyStatusDto'];
type ShareBlocker = Schemas['ShareBlocker'];
type CurrentPolicy = Schemas['CurrentPolicyDto'];
type PolicyStanding = Schemas['PolicyStandingDto'];
type AttemptResult = Schemas['AttemptResultDto'];
type Lesson = Schemas['LessonToReadDto'];
type Quiz = Schemas['QuizDto'];
type QuizQuestion = Schemas['QuizQuestionDto'];
type StageProgress = Schemas['StageProgressDto'];
type TrainingOverview = Schemas['TrainingOverviewDto'];

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export const SIGNED_AT = '2024-03-15T09:30:00.000Z';

export function makeAcknowledgment(
  overrides: Partial<Schemas['AcknowledgmentDto']> = {},
): Schemas['AcknowledgmentDto'] {
  return {
    version: 1,
    language: 'en',
    typedName: 'Ada Lovelace',
    acknowledgedAt: SIGNED_AT,
    ...overrides,
  };
}

/** Not signed yet, by default. */
export function makeStanding(overrides: Partial<PolicyStanding> = {}): PolicyStanding {
  return { upToDate: false, requiredVersion: 1, acknowledged: null, ...overrides };
}

/**
 * Not enrolled, the policy not signed, stage 1 needed to share and 2 to edit. Unless given, the
 * blockers, `mayShare` and `mayEditText` follow from the rest, as the API works them out.
 */
export function makeAdvocacyStatus(overrides: Partial<AdvocacyStatus> = {}): AdvocacyStatus {
  const status = {
    enrolled: false,
    enrolledAt: null,
    shownOnLeaderboards: false,
    policyVersion: 1,
    policy: makeStanding(),
    reachedStage: 0,
    requiredToShare: 1,
    requiredToEdit: 2,
    ...overrides,
  };
  const blockers: ShareBlocker[] = overrides.blockers ?? [
    ...(status.enrolled ? [] : (['not_enrolled'] as const)),
    ...(status.policy.upToDate ? [] : (['policy_not_acknowledged'] as const)),
    ...(status.reachedStage >= status.requiredToShare ? [] : (['training_required'] as const)),
  ];
  return {
    ...status,
    blockers,
    mayShare: overrides.mayShare ?? blockers.length === 0,
    mayEditText: overrides.mayEditText ?? status.reachedStage >= status.requiredToEdit,
  };
}

/** Someone who joined, signed the policy in force and passed what sharing needs. */
export function makeReadyStatus(overrides: Partial<AdvocacyStatus> = {}): AdvocacyStatus {
  return makeAdvocacyStatus({
    enrolled: true,
    enrolledAt: SIGNED_AT,
    policy: makeStanding({ upToDate: true, acknowledged: makeAcknowledgment() }),
    reachedStage: 1,
    ...overrides,
  });
}

/** Version 1 in English, its only language, read by someone who reads English. */
export function makeCurrentPolicy(overrides: Partial<CurrentPolicy> = {}): CurrentPolicy {
  return {
    version: 1,
    language: 'en',
    requestedLanguage: 'en',
    fellBack: false,
    mainLanguage: 'en',
    languages: ['en'],
    title: 'Social media policy',
    body: '## Be yourself\n\nSpeak for yourself, not for the company.',
    changeSummary: '',
    requiresAcknowledgment: true,
    publishedAt: '2024-03-01T09:00:00.000Z',
    standing: makeStanding(),
    ...overrides,
  };
}

export function makeLessonSummary(
  overrides: Partial<Schemas['LessonSummaryDto']> = {},
): Schemas['LessonSummaryDto'] {
  const id = nextId('c100');
  return { id, title: `Lesson ${sequence}`, position: 1, read: false, ...overrides };
}

/** Stage 1, unlocked, with no lessons, three questions and no attempt yet. */
export function makeStageProgress(overrides: Partial<StageProgress> = {}): StageProgress {
  return {
    stage: 1,
    title: 'Foundations',
    summary: 'What sharing for work means.',
    passMark: 80,
    language: 'en',
    requestedLanguage: 'en',
    lessons: [],
    questionCount: 3,
    unlocked: true,
    passed: false,
    passedAt: null,
    bestScore: null,
    attempts: 0,
    ...overrides,
  };
}

export function makeTrainingOverview(overrides: Partial<TrainingOverview> = {}): TrainingOverview {
  return {
    reachedStage: 0,
    requiredToShare: 1,
    requiredToEdit: 2,
    stages: [makeStageProgress()],
    ...overrides,
  };
}

export function makeLesson(overrides: Partial<Lesson> = {}): Lesson {
  const id = nextId('c200');
  return {
    id,
    stage: 1,
    position: 1,
    title: `Lesson ${sequence}`,
    body: 'Read this first.',
    read: false,
    language: 'en',
    requestedLanguage: 'en',
    ...overrides,
  };
}

export function makeQuizQuestion(overrides: Partial<QuizQuestion> = {}): QuizQuestion {
  const id = nextId('c300');
  return {
    id,
    position: 1,
    prompt: `Question ${sequence}?`,
    options: ['Yes', 'No'],
    ...overrides,
  };
}

export function makeQuiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    stage: 1,
    language: 'en',
    requestedLanguage: 'en',
    questions: [makeQuizQuestion()],
    ...overrides,
  };
}

/** The result of answering `quiz`, one answer per question in order; passed at the pass mark. */
export function makeAttemptResult(
  quiz: Quiz,
  answers: {
    chosen?: number;
    correct: boolean;
    correctOption?: number | null;
    explanation?: string;
  }[],
  overrides: Partial<AttemptResult> = {},
): AttemptResult {
  const right = answers.filter((answer) => answer.correct).length;
  const score = Math.round((100 * right) / quiz.questions.length);
  const passMark = overrides.passMark ?? 80;
  return {
    stage: quiz.stage,
    score,
    passMark,
    language: quiz.language,
    passed: score >= passMark,
    reachedStage: score >= passMark ? quiz.stage : quiz.stage - 1,
    results: quiz.questions.map((question, index) => {
      const answer = answers[index] ?? { correct: false };
      return {
        questionId: question.id,
        chosen: answer.chosen ?? 0,
        correct: answer.correct,
        correctOption: answer.correctOption ?? null,
        explanation: answer.explanation ?? `Why question ${question.position} is so.`,
      };
    }),
    ...overrides,
  };
}
