import { randomUUID } from 'node:crypto';
import type {
  ContentKind,
  ContentStatus,
  GroupKind,
  ShareNetwork,
  ShareSource,
  TrainingStage,
  VisitKind,
} from '@chorus/core';
import { EnrollmentService } from '../../apps/api/src/advocacy/enrollment.service';
import { CampaignsService } from '../../apps/api/src/campaigns/campaigns.service';
import type { CreateCampaignDto } from '../../apps/api/src/campaigns/dto/campaign.dto';
import { ContentVariantsRepository } from '../../apps/api/src/content/content-variants.repository';
import { ContentVariantsService } from '../../apps/api/src/content/content-variants.service';
import { ContentWorkflowService } from '../../apps/api/src/content/content-workflow.service';
import { ContentRepository } from '../../apps/api/src/content/content.repository';
import { ContentService } from '../../apps/api/src/content/content.service';
import type { ContentVariant } from '../../apps/api/src/content/entities/content-variant.entity';
import { GroupsService } from '../../apps/api/src/groups/groups.service';
import type { OrgGroup } from '../../apps/api/src/groups/entities/org-group.entity';
import { PeopleService } from '../../apps/api/src/people/people.service';
import { PolicyService, type PolicyTextInput } from '../../apps/api/src/policy/policy.service';
import type { OrgSettings } from '../../apps/api/src/settings/org-settings';
import { SettingsService } from '../../apps/api/src/settings/settings.service';
import { SharesRepository } from '../../apps/api/src/sharing/shares.repository';
import { newTrackedCode } from '../../apps/api/src/sharing/tracked-code';
import type { Topic } from '../../apps/api/src/topics/entities/topic.entity';
import { TopicsService } from '../../apps/api/src/topics/topics.service';
import { TrainingEditorService } from '../../apps/api/src/training/training-editor.service';
import { TrainingService } from '../../apps/api/src/training/training.service';
import { ClickStorage } from '../../apps/api/src/tracking/click-storage';
import { ClickWriter } from '../../apps/api/src/tracking/click-writer';
import type { User } from '../../apps/api/src/users/entities/user.entity';
import type { MadeUser, TestApp } from './test-app';

/**
 * Named factories for API tests: each makes data the product could have made, through the
 * app's own services (with their rules and audit entries) or, where a service would need a
 * background job or a past the product cannot make on request, through its repositories. Who
 * acts is always given (`by`): a factory never adds people of its own that a count would see.
 */

const actor = (user: Pick<User, 'id' | 'email'>) => ({ id: user.id, label: user.email });
const workflowActor = (user: Pick<User, 'id' | 'email' | 'roles'>) => ({
  ...actor(user),
  roles: user.roles,
});

const DAY_MS = 86_400_000;

// -- Organisation -------------------------------------------------------------------------

/** A department or location, created by `by` (an admin) as the groups page does. */
export function makeGroup(t: TestApp, by: MadeUser, kind: GroupKind, name: string) {
  return t.app.get(GroupsService).create(kind, name, actor(by));
}

/** Puts a person in a department and/or location (null: none), as an admin editing them. */
export async function placeInGroups(
  t: TestApp,
  by: MadeUser,
  person: Pick<User, 'id'>,
  groups: { departmentId?: string | null; locationId?: string | null },
): Promise<void> {
  await t.app.get(PeopleService).update(person.id, groups, actor(by));
}

/** Deactivates a person, as an admin does: sign-in refused and every session ended. */
export async function deactivate(
  t: TestApp,
  by: MadeUser,
  person: Pick<User, 'id'>,
): Promise<void> {
  await t.app.get(PeopleService).deactivate(person.id, actor(by));
}

/** Stores organisation settings, as an admin saving the settings page. */
export function saveSettings(t: TestApp, by: MadeUser, changes: Partial<OrgSettings>) {
  return t.app.get(SettingsService).update(changes, actor(by));
}

// -- The advocacy programme ----------------------------------------------------------------

/** The person joins the advocacy programme themselves. */
export async function enroll(t: TestApp, person: MadeUser): Promise<void> {
  await t.app.get(EnrollmentService).join(person.id, actor(person));
}

/** The person leaves the advocacy programme themselves. */
export async function leaveProgramme(t: TestApp, person: MadeUser): Promise<void> {
  await t.app.get(EnrollmentService).leave(person.id, actor(person));
}

/** The person signs the current policy version with their full name. */
export async function acknowledgePolicy(t: TestApp, person: Pick<User, 'id' | 'name'>) {
  return t.app.get(PolicyService).acknowledge(person.id, person.name);
}

/**
 * Publishes a policy version by `admin`, through the service: in English unless `texts` says
 * otherwise (the first text's language is the main one).
 */
export function publishPolicy(
  t: TestApp,
  admin: MadeUser,
  overrides: Partial<{
    title: string;
    body: string;
    requiresAcknowledgment: boolean;
    texts: PolicyTextInput[];
  }> = {},
) {
  const texts = overrides.texts ?? [
    {
      language: 'en',
      title: overrides.title ?? 'Social media policy',
      body: overrides.body ?? '## Be kind\n\nNo confidential information, no profanity.',
      changeSummary: '',
    },
  ];
  return t.app.get(PolicyService).publish(
    {
      mainLanguage: texts[0].language,
      texts,
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
  const { questions } = await training.quiz(stage, user.id);
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

// -- Content -------------------------------------------------------------------------------

/** A topic, added by `by` (a curator or admin). */
export function makeTopic(t: TestApp, by: MadeUser, name: string): Promise<Topic> {
  return t.app.get(TopicsService).create({ name }, actor(by));
}

/** A campaign, added by `by` (a curator or admin); the slug follows from the name unless given. */
export function makeCampaign(t: TestApp, by: MadeUser, input: CreateCampaignDto) {
  return t.app.get(CampaignsService).create(input, actor(by));
}

export interface ItemOptions {
  title?: string | null;
  /** The address as added; a fragment is kept apart, as the API keeps it. */
  url?: string;
  kind?: ContentKind;
  status?: ContentStatus;
  pinned?: boolean;
  /** Suggested posts: [network, language, text]. */
  variants?: [ContentVariant['network'], string, string][];
  /** Department or location group ids. */
  targets?: string[];
  /** Preferred languages it is meant for; empty: everyone. */
  languages?: string[];
  /** The page's language, as read when it was unfurled. */
  language?: string | null;
  topicIds?: string[];
  campaignId?: string | null;
  publishAt?: Date | null;
  expiresAt?: Date | null;
  /** When it was approved (approved items only): `publishAt` unless given. */
  approvedAt?: Date | null;
}

/**
 * A content item as it stands after curators worked on it, through the content repositories:
 * no page is fetched (content has its own tests for adding and reading pages), no audit entry is
 * written. A draft by default, with no title, language or suggested posts.
 */
export async function makeItem(t: TestApp, options: ItemOptions = {}): Promise<string> {
  const address = options.url ?? `https://news.example.com/${randomUUID()}`;
  const hashAt = address.indexOf('#');
  const status = options.status ?? 'draft';
  const publishAt = options.publishAt ?? null;
  const item = await t.app.get(ContentRepository).insert({
    url: hashAt === -1 ? address : address.slice(0, hashAt),
    urlFragment: hashAt === -1 ? null : address.slice(hashAt),
    kind: options.kind ?? 'company_news',
    status,
    title: options.title ?? null,
    language: options.language ?? null,
    pinned: options.pinned ?? false,
    targetLanguages: options.languages ?? [],
    publishAt,
    expiresAt: options.expiresAt ?? null,
    approvedAt:
      options.approvedAt !== undefined
        ? options.approvedAt
        : status === 'approved' || status === 'archived'
          ? publishAt
          : null,
    campaignId: options.campaignId ?? null,
    topics: (options.topicIds ?? []).map((id) => ({ id }) as Topic),
    targetGroups: (options.targets ?? []).map((id) => ({ id }) as OrgGroup),
  });
  const variants = t.app.get(ContentVariantsRepository);
  for (const [network, language, text] of options.variants ?? []) {
    await variants.insert({ itemId: item.id, network, language, text });
  }
  return item.id;
}

/**
 * An approved item live since yesterday (unless `publishAt` says otherwise), titled, in
 * English, with a suggested post for any network unless `variants` are given.
 */
export function makeLiveItem(t: TestApp, options: ItemOptions = {}): Promise<string> {
  return makeItem(t, {
    title: 'Our new office',
    language: 'en',
    status: 'approved',
    variants: [['any', 'en', 'Have a look!']],
    ...options,
    publishAt: options.publishAt ?? new Date(Date.now() - DAY_MS),
  });
}

/**
 * Takes a draft through review as curators do: `author` gives it a suggested post if it has
 * none and submits it, and `reviewer` (another curator: four-eyes approval is on by default)
 * approves it.
 */
export async function approveItem(
  t: TestApp,
  itemId: string,
  by: { author: MadeUser; reviewer: MadeUser },
): Promise<void> {
  const item = await t.app.get(ContentService).get(itemId);
  if (!item.variants?.length) {
    await t.app
      .get(ContentVariantsService)
      .add(itemId, { network: 'any', language: 'en', text: 'Have a look!' }, actor(by.author));
  }
  const workflow = t.app.get(ContentWorkflowService);
  await workflow.act(itemId, 'submit', workflowActor(by.author));
  await workflow.act(itemId, 'approve', workflowActor(by.reviewer));
}

/** Archives an approved item, as a curator (`by`) does. */
export async function archiveItem(t: TestApp, by: MadeUser, itemId: string): Promise<void> {
  await t.app.get(ContentWorkflowService).act(itemId, 'archive', workflowActor(by));
}

/** Archives every approved item, as a curator (`by`) does: a feed with nothing in it. */
export async function archiveApprovedItems(t: TestApp, by: MadeUser): Promise<void> {
  const content = t.app.get(ContentService);
  for (;;) {
    const { items } = await content.search({ status: 'approved', page: 1, pageSize: 100 });
    if (items.length === 0) return;
    for (const item of items) await archiveItem(t, by, item.id);
  }
}

// -- Shares and clicks ---------------------------------------------------------------------

export interface ShareOptions {
  network: ShareNetwork;
  /** Where it was started: the feed unless given. */
  source?: ShareSource;
  text?: string;
  declaredAudience?: number | null;
  /** The tracked code; a new random one unless given. */
  code?: string;
  /** When it was shared: now unless given; the database works out its calendar day. */
  at?: Date;
  /** When its link was first fetched or clicked, as the click writer records it; unverified unless given. */
  verifiedAt?: Date;
}

/**
 * A share of `item` by `person` as the share flow records it, through the shares repository
 * and the click storage: the share gates are not asked (share-gates has their tests), so a
 * share can be dated in the past (`at`) and made by someone who has since left the programme.
 */
export async function makeShare(
  t: TestApp,
  person: Pick<User, 'id'>,
  itemId: string,
  options: ShareOptions,
): Promise<string> {
  const fields = {
    userId: person.id,
    itemId,
    network: options.network,
    source: options.source ?? 'feed',
    variantId: null,
    text: options.text ?? 'Have a look!',
    edited: false,
    declaredAudience: options.declaredAudience ?? null,
    code: options.code ?? newTrackedCode(),
    // The product leaves the time to the database; a share from the past is given its time.
    ...(options.at ? { createdAt: options.at } : {}),
  };
  const share = await t.app.get(SharesRepository).insert(fields);
  if (options.verifiedAt) {
    await t.app.get(ClickStorage).markVerified(new Map([[share.id, options.verifiedAt.getTime()]]));
  }
  return share.id;
}

export interface Visit {
  shareId: string;
  /** The organisation's calendar day it is counted on (YYYY-MM-DD); the visit is at noon UTC. */
  day: string;
  kind?: VisitKind;
  /** The visitor's hash; none for crawlers, bots and HEAD requests. */
  visitor?: string | null;
}

/**
 * Visits of tracked links, through the real click writer, written in one flush: a visitor
 * already counted by an earlier call is not counted again.
 */
export async function makeClicks(t: TestApp, visits: Visit[]): Promise<void> {
  const writer = t.app.get(ClickWriter);
  for (const { shareId, day, kind = 'click', visitor = null } of visits) {
    writer.record({
      shareId,
      day,
      at: Date.parse(`${day}T12:00:00Z`),
      kind,
      crawler: kind === 'preview' ? 'linkedin' : null,
      visitor,
    });
  }
  await writer.flush();
}
