import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TrainingStage } from '@chorus/core';
import { EnrollmentService } from '../../apps/api/src/advocacy/enrollment.service';
import { PolicyService } from '../../apps/api/src/policy/policy.service';
import { TrainingEditorService } from '../../apps/api/src/training/training-editor.service';
import { TrainingService } from '../../apps/api/src/training/training.service';
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
  await t.app.get(EnrollmentService).join(user.id, actor(user));
  await t.app.get(PolicyService).acknowledge(user.id, user.name);
  await passStage(t, user, 1);
  return user;
}

/**
 * An approved item live since yesterday, with suggested posts, written directly: content has
 * its own tests. `targets` are department or location group ids.
 */
export async function makeLiveItem(
  t: TestApp,
  options: {
    title?: string;
    url?: string;
    kind?: string;
    pinned?: boolean;
    variants?: [string, string, string][];
    targets?: string[];
    languages?: string[];
    publishAt?: Date;
    expiresAt?: Date | null;
    status?: string;
  } = {},
): Promise<string> {
  const db = t.app.get(DataSource);
  // Stored as the API stores it: the fragment apart from the address.
  const address = options.url ?? `https://news.example.com/${randomUUID()}`;
  const hashAt = address.indexOf('#');
  const url = hashAt === -1 ? address : address.slice(0, hashAt);
  const fragment = hashAt === -1 ? null : address.slice(hashAt);
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO content_items (url, url_fragment, kind, status, title, language, pinned,
                                target_languages, publish_at, expires_at, approved_at)
     VALUES ($1, $9, $2, $3, $4, 'en', $5, $6, $7, $8, $7) RETURNING id`,
    [
      url,
      options.kind ?? 'company_news',
      options.status ?? 'approved',
      options.title ?? 'Our new office',
      options.pinned ?? false,
      options.languages ?? [],
      options.publishAt ?? new Date(Date.now() - 86_400_000),
      options.expiresAt ?? null,
      fragment,
    ],
  );
  for (const [network, language, text] of options.variants ?? [['any', 'en', 'Have a look!']]) {
    await db.query(
      'INSERT INTO content_variants (item_id, network, language, text) VALUES ($1, $2, $3, $4)',
      [id, network, language, text],
    );
  }
  for (const group of options.targets ?? []) {
    await db.query('INSERT INTO content_item_groups (item_id, group_id) VALUES ($1, $2)', [
      id,
      group,
    ]);
  }
  return id;
}
