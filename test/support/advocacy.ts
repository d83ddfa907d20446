import type { TrainingStage } from '@chorus/core';
import { PolicyService } from '../../apps/api/src/policy/policy.service';
import { TrainingEditorService } from '../../apps/api/src/training/training-editor.service';
import { TrainingService } from '../../apps/api/src/training/training.service';
import { acknowledgePolicy, enroll } from './factories';
import type { MadeUser, TestApp } from './test-app';

const actor = (user: MadeUser) => ({ id: user.id, label: user.email });

/** Publishes a policy version by `admin`, through the service. */
export function publishPolicy(
  t: TestApp,
  admin: MadeUser,
  overrides: Partial<{ title: string; body: string; requiresAcknowledgment: boolean }> = {},
) {
  return t.app.get(PolicyService).publish(
    {
      title: overrides.title ?? 'Social media policy',
      body: overrides.body ?? '## Be kind\n\nNo confidential information, no profanity.',
      changeSummary: '',
      requiresAcknowledgment: overrides.requiresAcknowledgment ?? true,
    },
    actor(admin),
  );
}

/** Gives a stage a quiz of `count` questions whose right answer is always option 1. */
export async function makeQuiz(t: TestApp, author: MadeUser, stage: TrainingStage, count = 3) {
  const editor = t.app.get(TrainingEditorService);
  const questions = [];
  for (let index = 0; index < count; index += 1) {
    questions.push(
      await editor.createQuestion(
        stage,
        {
          prompt: `Stage ${stage}, question ${index + 1}?`,
          options: ['No', 'Yes', 'Maybe'],
          correctOption: 1,
          explanation: 'Because the lesson says so.',
        },
        actor(author),
      ),
    );
  }
  return questions;
}

/** Answers every question of a stage right. */
export async function passStage(t: TestApp, user: MadeUser, stage: TrainingStage) {
  const training = t.app.get(TrainingService);
  const questions = await training.quiz(stage, user.id);
  return training.attempt(
    stage,
    user.id,
    questions.map((question) => ({ questionId: question.id, option: question.correctOption })),
  );
}

/** Enrolled, the current policy signed, stage 1 passed: someone who may share. */
export async function makeReady(t: TestApp, user: MadeUser): Promise<MadeUser> {
  await enroll(t, user);
  await acknowledgePolicy(t, user);
  await passStage(t, user, 1);
  return user;
}
